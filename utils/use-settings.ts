import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyAppearance, systemPrefersDark } from './appearance';
import { loadSettings, updateSettings, watchSettings, type Settings } from './settings';

/**
 * For a page's container: the remembered settings (null until loaded), a
 * setter that remembers changes, and the page painted to match, following
 * the system scheme live when the theme is 'auto'.
 */
export function useSettings(
  /** A load already under way (started before the first render), else one starts here. */
  initial?: Promise<Settings>,
): [Settings | null, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark);

  // Layout effects: subscribed and applied in the task that renders, not a frame later (Preact runs
  // plain effects after the next paint), so settings that are already in show in the first frame.
  useLayoutEffect(() => {
    let live = true;
    void (initial ?? loadSettings()).then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings((changed) => live && setSettings(changed));
    const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    const onScheme = () => setPrefersDark(systemPrefersDark());
    query?.addEventListener('change', onScheme);
    return () => {
      live = false;
      unwatch();
      query?.removeEventListener('change', onScheme);
    };
  }, [initial]);

  useLayoutEffect(() => {
    if (settings) applyAppearance(document.documentElement, settings, prefersDark);
  }, [settings, prefersDark]);

  const change = useCallback((patch: Partial<Settings>) => {
    // Show the change at once; storage confirms it (and tells other open pages).
    setSettings((current) => (current ? { ...current, ...patch } : current));
    void updateSettings(patch);
  }, []);

  return [settings, change];
}

/**
 * Calls the latest `handler` for every key press on the page (removed on
 * unmount). The listener is added once and reads the handler from a ref:
 * effects run after paint, so re-adding it per render would leave a stale
 * handler in place for a key pressed right after the article appears.
 */
export function useKeydown(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/**
 * Marks the moment the article is painted (`performance.mark`), for the
 * click-to-article benchmark: a frame callback runs just before the paint,
 * the task queued from it just after.
 */
export function markPainted(name: string): void {
  afterPaint(() => performance.mark(name));
}

/**
 * Runs `run` just after the next frame is painted. Callbacks run in the order
 * they were asked for, so work queued after markPainted comes after its mark.
 *
 * The task after the frame is a message, not a timer: Chromium holds back
 * timers while a page is still loading (a new popup is, until its first
 * contentful paint), and a trace showed `setTimeout(…, 0)` queued in the frame
 * that painted the article run 16 ms after that paint, the thread idle
 * meanwhile (docs/benchmarks.md).
 */
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      run();
    };
    port2.postMessage(null);
  });
}
