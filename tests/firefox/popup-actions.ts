/**
 * The popup steps several Firefox tests take: read a page with a toolbar
 * click, save it, go on to the library.
 */
import { selectTab } from './firefox-ui';
import type { LedeInFirefox } from './lede';

/**
 * Loads `url` in the page tab, clicks the toolbar button and waits until the
 * popup settles; returns its text. A popup still open is closed first, as
 * the user's click into the page closes it (a click on the button would
 * close it instead of opening one).
 */
export async function readWithPopup(lede: LedeInFirefox, url: string): Promise<string> {
  await lede.closePopup();
  await lede.open(url);
  await lede.clickToolbarButton();
  return lede.waitInView<string>(
    'popup',
    "return document.querySelector('.article, .status[role=alert]') && document.body.innerText;",
  );
}

/** Reads `url` in the popup and clicks Save; resolves with the note the popup shows once the save has committed. */
export async function saveWithPopup(lede: LedeInFirefox, url: string): Promise<string> {
  await readWithPopup(lede, url);
  await lede.inView('popup', "document.querySelector('.toolbar__save').click(); return true;");
  return lede.waitInView<string>(
    'popup',
    "const note = document.querySelector('.save-note'); return note && /library/.test(note.textContent) && note.textContent;",
  );
}

/** Saves `url` with the popup, then follows the popup's "Open library"; the library tab is then the selected one. */
export async function saveAndOpenLibrary(lede: LedeInFirefox, url: string): Promise<void> {
  await saveWithPopup(lede, url);
  await lede.inView(
    'popup',
    "[...document.querySelectorAll('.save-note button')].find((b) => b.textContent === 'Open library').click(); return true;",
  );
  await selectTab(lede.marionette, 'library.html');
}
