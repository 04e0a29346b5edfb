/**
 * JSON-LD articleBody as a check on Readability's pick. When Readability
 * chose a block that holds little of the body the publisher declared (a
 * teaser, a comment thread, a sidebar), the declared body replaces it.
 */
import { squash } from './dom';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Some sites HTML-escape the declared body inside the JSON ("&quot;",
 * "&#8217;", "&ccedil;"): read as text, it would show the entities and match
 * nothing of the page. Decodes numeric references and the common named ones;
 * with `doc`, every named one HTML knows, each read alone by the page's own
 * parser (a <textarea> holds text only, and one entity is no markup).
 */
export function decodeEntities(text: string, doc?: Document): string {
  const known = new Map<string, string>();
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi, (whole, dec, hex, name) => {
    if (name) return NAMED[name.toLowerCase()] ?? (doc ? namedEntity(whole, doc, known) : whole);
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** One named entity ("&ccedil;") as the character it names, or itself when HTML knows no such name. */
function namedEntity(entity: string, doc: Document, known: Map<string, string>): string {
  let value = known.get(entity);
  if (value === undefined) {
    const box = doc.createElement('textarea');
    // eslint-disable-next-line no-unsanitized/property -- one "&name;" token, matched above: no markup can be in it
    box.innerHTML = entity;
    // A named entity is one or two characters; more means HTML read only a prefix ("&not" of "&notice;").
    value = box.value.length <= 2 ? box.value : entity;
    known.set(entity, value);
  }
  return value;
}

/** Pieces of the declared body to look for: its paragraphs, long ones cut to sentence size. */
function probes(body: string): string[] {
  const out: string[] = [];
  for (const paragraph of body.split(/\n+/)) {
    for (const sentence of squash(paragraph).split(/(?<=[.!?])\s+/)) {
      if (sentence.length >= 40) out.push(sentence.slice(0, 80).toLowerCase());
    }
  }
  return out;
}

/** Share (0–1) of the declared body's sentences found in `text`; 1 when there is nothing to check. */
export function bodyCoverage(articleBody: string, text: string): number {
  const pieces = probes(articleBody);
  if (pieces.length === 0) return 1;
  const haystack = squash(text).toLowerCase();
  return pieces.filter((piece) => haystack.includes(piece)).length / pieces.length;
}

/** Below this coverage Readability's pick "disagrees badly" with the declared body. */
export const MIN_COVERAGE = 0.4;

/**
 * Whether the declared body should replace Readability's content: it must be
 * substantial (articles truncate it to a teaser on some sites) and Readability
 * must have missed most of it.
 */
export function shouldUseArticleBody(articleBody: string | null, text: string, doc?: Document): articleBody is string {
  if (!articleBody) return false;
  const words = squash(articleBody).split(' ').length;
  if (words < 150 || words < squash(text).split(' ').length * 0.8) return false;
  return bodyCoverage(decodeEntities(articleBody, doc), text) < MIN_COVERAGE;
}

/** The declared body as HTML paragraphs (text only, escaped). */
export function articleBodyHtml(doc: Document, articleBody: string): string {
  const container = doc.createElement('div');
  // Some sites put markup in the declared body: keep its paragraph breaks, drop its tags.
  const plain = decodeEntities(articleBody.replace(/<\/?(?:p|br|div|h[1-6]|li)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, ''), doc);
  for (const paragraph of plain.split(/\r?\n/)) {
    const text = squash(paragraph);
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    container.append(p);
  }
  return container.innerHTML;
}
