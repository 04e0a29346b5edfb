/**
 * Lede's library: saved articles in the extension origin's IndexedDB
 * (Dexie), with a persisted MiniSearch index. Popup, background, library
 * page and reader all open the same database directly; no messages.
 *
 * This API is the contract the library page, export and reader code against.
 * Additions since it was agreed (all compatible):
 * - listSummaries takes optional { offset, limit } for paging;
 * - countArticles(), siteOf() (the value the `site` search option and a
 *   site filter compare), foldTerm() (how terms are indexed, for highlighting),
 *   warmSearch() (load the index ahead of the first search), compactSearchIndex()
 *   (fold the journal into the persisted index now);
 * - pageKey()/fallbackKey(): how a page's dedupe key is made.
 * The popup imports './store' (no search engine) lazily to stay small.
 */
export type { SavedArticle, SavedSummary, SearchHit } from './types';
export { StoreError, type StoreErrorKind } from './errors';
export {
  saveArticle,
  getArticle,
  findByKey,
  listSummaries,
  countArticles,
  removeArticle,
  restoreArticle,
  setRead,
} from './store';
export { searchLibrary, warmSearch, compactSearchIndex, foldTerm } from './search';
export { siteOf } from './records';
export { pageKey, fallbackKey } from './key';
