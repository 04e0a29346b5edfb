import type { ExtractResult, InjectTiming } from './extract-result';

/**
 * A read made at the toolbar click, kept in the page for the popup.
 *
 * In Chromium the background handles the click (utils/action-click.ts): it
 * asks for the popup and, while Chromium spends its ~250 ms opening it, runs
 * the injected script in the tab with `early` set. The script keeps its result
 * on the isolated world's global instead of sending it anywhere; the popup's
 * own plain read then finds it there and returns it without running the engine
 * again. The page holds it, not the background: a worker may be stopped at any
 * time, and a new document (navigation, reload) starts with an empty global.
 */
export interface KeptRead {
  /** The document's address when read: a read of another address (a same-document navigation) must not take it. */
  href: string;
  /** When it was kept (Date.now()). */
  at: number;
  result: ExtractResult;
}

/** How long a kept read waits for the popup; past this the popup reads afresh (the page may have changed). */
export const KEPT_MS = 10_000;

/** What the popup or the background ask of one run of the injected script. */
export interface ReadOptions {
  /** "Try anyway": read what the readerable check turned away. Never takes a kept read. */
  lenient?: boolean;
  /** Read now and keep the result for the popup (the background, at the click). */
  early?: boolean;
}

interface Scope {
  __ledeOptions?: ReadOptions;
  __ledeKept?: KeptRead;
}

/** The options left on the isolated world's global for this run (files take no arguments), used once. */
export function takeOptions(scope: object = globalThis): ReadOptions {
  const own = scope as Scope;
  const options = own.__ledeOptions ?? {};
  // Used once: a later plain read of the same page must not inherit "Try anyway" or `early`.
  delete own.__ledeOptions;
  return options;
}

/** Keeps an early read's result for the popup (replacing any older one). */
export function keepRead(result: ExtractResult, href: string, now = Date.now(), scope: object = globalThis): void {
  (scope as Scope).__ledeKept = { href, at: now, result };
}

/**
 * The kept read of this address, if fresh, taken out (a second read reads
 * afresh: "Try again" must look at the page again). An article's timing
 * becomes this run's, with the early read's own under `early`.
 */
export function takeKept(href: string, timing: { start: number; done: number }, now = Date.now(), scope: object = globalThis): ExtractResult | undefined {
  const own = scope as Scope;
  const kept = own.__ledeKept;
  delete own.__ledeKept;
  if (!kept || kept.href !== href || now - kept.at > KEPT_MS || now < kept.at) return undefined;
  if (!kept.result.ok) return kept.result;
  const early: InjectTiming | undefined = kept.result.timing && { start: kept.result.timing.start, done: kept.result.timing.done };
  return { ...kept.result, timing: { ...timing, ...(early && { early }) } };
}
