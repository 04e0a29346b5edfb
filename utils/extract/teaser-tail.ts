/**
 * A list of teasers after the story: linked headlines to other pages of the
 * site, each with a short blurb ("Weitere Artikel", "More from …" set as
 * heading + paragraph pairs, no box around them that a link-block rule
 * could take). Recognised by shape, so in any language.
 */
import { innermostBlocks, isProse, type Block } from './blocks';
import { countWords } from './text';
import type { RemovalTrace } from './structure';

/** A blurb is short: a longer paragraph under a linked heading is a listicle's section. */
const BLURB_MAX_WORDS = 50;
/** Lines between teasers (a kicker, a date, "READ THE REST") are at most this long. */
const SHORT_LINE = 40;

/** The host of `href` resolved against the page, less "www.". */
function hostOf(href: string, base: string): string {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** One linked title of 3+ words on a line of its own, to another page of the site. */
function isLocalHeadline(b: Block, url: string, host: string): boolean {
  if (b.text.length > 150 || b.linkChars < b.text.length * 0.8 || countWords(b.text) < 3) return false;
  const link = b.el.closest('a[href]') ?? b.el.getElementsByTagName('a')[0];
  const href = link?.getAttribute('href') ?? '';
  return !!href && !href.startsWith('#') && hostOf(href, url) === host;
}

/**
 * Removes the run of teasers that ends the story: after the last paragraph
 * of the story's own prose (prose that is not a blurb right under a linked
 * headline), from the first local linked headline (and the short label
 * just before it) to the end, when that holds two or more such headlines
 * and nothing else but their blurbs (one under every headline, or none at
 * all) and short lines. What sits between the story and the first headline
 * stays. Returns how many blocks went.
 */
export function removeTeaserTail(content: Element, url: string, trace?: RemovalTrace): number {
  const host = hostOf(url, url);
  const blocks = innermostBlocks(content);
  const headline = blocks.map((b) => isLocalHeadline(b, url, host));
  let lastOwn = -1;
  let underHeadline = false;
  blocks.forEach((b, i) => {
    if (headline[i]) underHeadline = true;
    else if (isProse(b)) {
      if (!(underHeadline && countWords(b.text) <= BLURB_MAX_WORDS)) lastOwn = i;
      underHeadline = false;
    } else if (/^H[1-6]$/.test(b.el.tagName)) underHeadline = false;
  });
  if (lastOwn < 0) return 0;
  const first = headline.indexOf(true, lastOwn + 1);
  if (first < 0 || headline.slice(first).filter(Boolean).length < 2) return 0;
  // The run starts at its first headline, with the short label just before it ("Weitere Artikel").
  const start = first - 1 > lastOwn && blocks[first - 1].text.length <= SHORT_LINE ? first - 1 : first;
  const tail = blocks.slice(start);
  const fits = tail.every((b, k) => headline[start + k] || b.text.length <= SHORT_LINE ||
    (isProse(b) && countWords(b.text) <= BLURB_MAX_WORDS && b.linkChars < b.text.length * 0.5));
  // Teasers are uniform: every headline has its blurb, or none has (a story's short last paragraph under one linked line is not a blurb).
  const blurbs = tail.filter((b, k) => !headline[start + k] && b.text.length > SHORT_LINE).length;
  const headlines = headline.slice(start).filter(Boolean).length;
  if (!fits || (blurbs !== 0 && blurbs !== headlines)) return 0;
  for (const b of tail) {
    trace?.('teaser-tail', b.text);
    b.el.remove();
  }
  return tail.length;
}
