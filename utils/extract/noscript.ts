/**
 * The story a page keeps for readers without script. Some publishing
 * systems render the post from a script template and put the same text in a
 * `<noscript>` for readers (and crawlers) that run no script; Readability
 * drops every `<noscript>`. In a browser that ran the page's scripts the
 * story is in the page; where they did not run (the command line, a page
 * saved as HTML) the `<noscript>` is its only copy. Asked only when what was
 * read is not an article.
 */
import { squash } from './dom';

/** A <noscript> holding less text than this is an image fallback or a "please enable JavaScript" line. */
const MIN_CHARS = 500;
/** Markup read from one <noscript> at most. */
const MAX_HTML = 2_000_000;

/**
 * The content of the page's `<noscript>` with the most text (at least
 * MIN_CHARS), parsed into an inert document of its own; null when none holds
 * that much. A browser that runs scripts keeps a `<noscript>`'s content as
 * text, a parser that does not (the command line's) as elements: both read.
 */
export function noscriptBlock(document: Document): Element | null {
  const all = document.body?.getElementsByTagName('noscript');
  if (!all?.length) return null;
  // Inert: a document made this way runs no script and loads nothing.
  const holder = document.implementation.createHTMLDocument('');
  let best: Element | null = null;
  let bestChars = MIN_CHARS - 1;
  for (let i = 0, n = all.length; i < n; i++) {
    const html = all[i].firstElementChild ? all[i].innerHTML : (all[i].textContent ?? '');
    if (html.length <= bestChars || html.length > MAX_HTML) continue;
    const box = holder.createElement('div');
    // The page's own markup into an inert document; sanitised before any extension page shows it.
    // eslint-disable-next-line no-unsanitized/property
    box.innerHTML = html;
    const chars = squash(box.textContent).length;
    if (chars > bestChars) {
      best = box;
      bestChars = chars;
    }
  }
  if (best) holder.body.append(best);
  return best;
}
