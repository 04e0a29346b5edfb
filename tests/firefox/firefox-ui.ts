/**
 * What a user does in Firefox's own UI and in a Lede tab, over Marionette:
 * pick a tab, click an element for real, answer Firefox's permission prompt,
 * wait for downloads. Chrome-context scripts reach the browser window; the
 * content context reaches the selected tab (Lede's pages included).
 */
import type { ElementRef, Marionette } from './marionette';

/** How long a wait may take on a loaded machine before it counts as failed. */
const WAIT_MS = 30_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `script` (a function body) in the browser's chrome context; returns its value. */
export async function inChrome<T>(m: Marionette, script: string, args: unknown[] = []): Promise<T> {
  await m.setContext('chrome');
  try {
    return await m.execute<T>(script, args);
  } finally {
    await m.setContext('content');
  }
}

/** Polls `body` in the current tab until it returns something truthy; returns that. */
export async function waitInTab<T>(m: Marionette, body: string, what = body): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await m.execute<T>(body).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting in the tab for: ${what}`);
    await pause(100);
  }
}

/**
 * Selects the tab whose address contains `urlPart` (waiting until one
 * does) and makes it the one commands act on; returns its handle.
 */
export async function selectTab(m: Marionette, urlPart: string, skip: string[] = []): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    for (const handle of await m.windowHandles()) {
      if (skip.includes(handle)) continue;
      await m.send('WebDriver:SwitchToWindow', { handle, focus: false });
      if ((await m.currentUrl()).includes(urlPart)) {
        await m.switchToWindow(handle);
        return handle;
      }
    }
    if (Date.now() > deadline) throw new Error(`No tab at an address with ${urlPart}`);
    await pause(200);
  }
}

/** The first element matching `selector` in the current tab, once there is one (a page renders after it loads). */
export async function element(m: Marionette, selector: string): Promise<ElementRef> {
  await waitInTab(m, `return !!document.querySelector(${JSON.stringify(selector)});`, selector);
  return m.findElement(selector);
}

/** Clicks the first element matching `selector` in the current tab, once there is one, with real mouse events. */
export async function click(m: Marionette, selector: string): Promise<void> {
  await m.clickElement(await element(m, selector));
}

/** Clicks the button that reads `label` in the current tab, once there is one, with real mouse events. */
export async function clickButton(m: Marionette, label: string): Promise<void> {
  const find = `return [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === ${JSON.stringify(label)} && !b.disabled);`;
  await waitInTab(m, find, `an enabled button "${label}"`);
  await m.clickElement(await m.findElement(`//button[normalize-space()=${JSON.stringify(label)}]`, 'xpath'));
}

/**
 * Answers the prompt Firefox shows when an extension asks for more access
 * (`permissions.request`): its Allow or its Don't allow button, clicked in
 * the browser window as a user does. Returns the prompt's message.
 */
export async function answerPermissionPrompt(m: Marionette, allow: boolean): Promise<string> {
  const message = await inChrome<string | null>(
    m,
    `const [allow, deadline] = [arguments[0], Date.now() + ${WAIT_MS}];
    const { PopupNotifications } = Services.wm.getMostRecentWindow('navigator:browser');
    return new Promise((resolve) => {
      const look = () => {
        const prompt = PopupNotifications.panel.state === 'open' &&
          [...PopupNotifications.panel.children].find((n) => n.id === 'addon-webext-permissions-notification');
        if (prompt) {
          const text = prompt.textContent;
          (allow ? prompt.button : prompt.secondaryButton).click();
          resolve(text);
        } else if (Date.now() > deadline) resolve(null);
        else setTimeout(look, 50);
      };
      look();
    });`,
    [allow],
  );
  if (message === null) throw new Error("Firefox showed no prompt for the extension's request");
  return message;
}

/** One download as Firefox's download list has it. */
export interface Download {
  /** Where the file was written. */
  path: string;
  succeeded: boolean;
  error: string | null;
}

/** Waits until Firefox's download list holds `count` finished downloads; returns them, oldest first. */
export async function finishedDownloads(m: Marionette, count: number): Promise<Download[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const all = await inChrome<Array<Download & { stopped: boolean }>>(
      m,
      `const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs');
      return Downloads.getList(Downloads.ALL).then((list) => list.getAll()).then((all) => all.map((d) => ({
        path: d.target.path, succeeded: d.succeeded, stopped: d.stopped, error: d.error && d.error.message,
      })));`,
    );
    if (all.length >= count && all.every((d) => d.stopped)) return all.map(({ path, succeeded, error }) => ({ path, succeeded, error }));
    if (Date.now() > deadline) throw new Error(`Expected ${count} finished downloads, Firefox has ${JSON.stringify(all)}`);
    await pause(200);
  }
}
