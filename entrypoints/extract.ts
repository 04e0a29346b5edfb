import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/extract';
import { errorMessage } from '@/utils/error-message';
import { PageTooLargeError } from '@/utils/extract/prune';
import { documentKey } from '@/utils/library/key';
import type { ExtractResult } from '@/utils/extract-result';
import { keepRead, takeKept, takeOptions, type ReadOptions } from '@/utils/kept-read';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Injected into the active tab on demand by the popup
 * (`scripting.executeScript({ files: ['/extract.js'] })`). The value main()
 * returns is the injection's result, so no messaging is needed.
 * Unlisted: no content_scripts entry, no host permission.
 *
 * Run by the background at the toolbar click (`early`), it also keeps the
 * result in the page; the popup's plain read then takes that result instead
 * of reading again (utils/kept-read.ts).
 */
export default defineUnlistedScript((): ExtractResult => {
  const start = wallClock();
  const options = takeOptions();
  if (options.early) {
    const result = read(start, {});
    keepRead(result, location.href);
    // Returned too (the background drops it): were the flag ever left for the popup's own read, that read still gets its article.
    return result;
  }
  if (!options.lenient) {
    const kept = takeKept(location.href, { start, done: start });
    if (kept) return kept;
  }
  return read(start, options);
});

/** Reads the article of this document. */
function read(start: number, options: ReadOptions): ExtractResult {
  // The PDF viewer, images, plain text and feeds are documents too, but not
  // web pages an article can be read from.
  if (!HTML_TYPES.has(document.contentType)) {
    return { ok: false, reason: 'not-html', contentType: document.contentType };
  }
  // A frameset page has no body of its own; its frames are other documents.
  if (document.body?.tagName === 'FRAMESET') return { ok: false, reason: 'frameset' };
  try {
    const article = extractArticle(document, location.href, { lenient: options.lenient });
    if (!article) return { ok: false, reason: 'no-article' };
    const key = documentKey(document);
    return { ok: true, article, key, timing: { start, done: wallClock() } };
  } catch (error) {
    // The size goes along so the popup can say it in the UI language (the engine's message is English).
    const elements = error instanceof PageTooLargeError ? { elements: error.elements } : {};
    return { ok: false, reason: 'error', message: errorMessage(error), ...elements };
  }
}

/** Wall-clock ms at sub-ms resolution, comparable with the popup's (same machine, same clock). */
function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
