import { extractFromTab } from './extract-tab';
import { toStoreError } from './library/errors';
import { saveArticle } from './library/store';
import { keepImagesIfEnabled } from './library/keep-images';
import type { SavedArticle } from './library/types';

/** What came of saving a tab without the popup (context menu, keyboard command). */
export type SaveTabResult =
  | { ok: true; record: SavedArticle }
  | { ok: false; reason: 'restricted' | 'no-article' | 'error' | 'storage'; message: string };

/**
 * Reads the tab with the popup's own extraction and saves what it shows.
 * Needs the activeTab grant that a menu click or a command gives.
 */
export async function saveTab(tab: { id?: number; url?: string } | undefined): Promise<SaveTabResult> {
  const outcome = tab ? await extractFromTab(tab) : ({ state: 'restricted', url: '' } as const);
  switch (outcome.state) {
    case 'restricted':
      return {
        ok: false,
        reason: 'restricted',
        message: "Lede can't save this page: browsers don't let extensions read it.",
      };
    case 'no-article':
      return {
        ok: false,
        reason: 'no-article',
        message: 'Lede found no article to save on this page. Open Lede on it to try anyway.',
      };
    case 'file-access':
      return {
        ok: false,
        reason: 'restricted',
        message: "Lede can't read files until you allow it: in chrome://extensions, Lede's Details, turn on “Allow access to file URLs”.",
      };
    case 'not-html':
      return { ok: false, reason: 'no-article', message: `Lede can't save this: it is not a web page (${outcome.contentType}).` };
    case 'frameset':
      return {
        ok: false,
        reason: 'no-article',
        message: 'Lede can’t save a page made of frames: open the frame with the article on its own and save that.',
      };
    case 'navigated':
      return { ok: false, reason: 'error', message: 'The page changed while Lede was reading it. Try again.' };
    case 'error':
      return { ok: false, reason: 'error', message: `Lede couldn't read this page: ${outcome.message}` };
    case 'article':
      try {
        const record = await saveArticle(outcome.article, outcome.key);
        // After the commit, in a transaction of its own: the badge says Saved without waiting for the network.
        void keepImagesIfEnabled(outcome.article, record.id);
        return { ok: true, record };
      } catch (error) {
        return { ok: false, reason: 'storage', message: `Lede couldn't save this page. ${toStoreError(error).message}` };
      }
  }
}
