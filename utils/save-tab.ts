import { extractFromTab } from './extract-tab';
import { t } from './i18n';
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
        message: t('saveRestricted'),
      };
    case 'no-article':
      return {
        ok: false,
        reason: 'no-article',
        message: t('saveNoArticle', t('tryAnyway')),
      };
    case 'file-access':
      return {
        ok: false,
        reason: 'restricted',
        message: t('saveFileAccess'),
      };
    case 'not-html':
      return { ok: false, reason: 'no-article', message: t('saveNotHtml', outcome.contentType) };
    case 'frameset':
      return {
        ok: false,
        reason: 'no-article',
        message: t('saveFrameset'),
      };
    case 'navigated':
      return { ok: false, reason: 'error', message: t('saveNavigated') };
    case 'error':
      return { ok: false, reason: 'error', message: t('errorReadPage', outcome.message) };
    case 'article':
      try {
        const record = await saveArticle(outcome.article, outcome.key);
        // After the commit, in a transaction of its own: the badge says Saved without waiting for the network.
        void keepImagesIfEnabled(outcome.article, record.id);
        return { ok: true, record };
      } catch (error) {
        return { ok: false, reason: 'storage', message: t('saveStoreFailed', toStoreError(error).message) };
      }
  }
}
