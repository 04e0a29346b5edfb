/** Comparison for the measurements: whitespace-insensitive text, word-level F1, canonical HTML. */
import { JSDOM } from 'jsdom';


/** `text` with every run of whitespace collapsed to one space, trimmed. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The words of `text` (runs of non-space characters). */
export function words(text: string | null | undefined): string[] {
  return (text ?? '').match(/\S+/g) ?? [];
}

/**
 * Word-level F1 between two texts, treating each as a multiset of words:
 * 1 when they hold the same words, 0 when they share none. Two empty texts
 * count as identical.
 */
export function tokenF1(a: string | null | undefined, b: string | null | undefined): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  return (2 * sharedCount(left, right)) / (left.length + right.length);
}

/** How many items two lists share, each item counted as often as both hold it (multiset intersection). */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const left = counts.get(x) ?? 0;
    if (left > 0) {
      n++;
      counts.set(x, left - 1);
    }
  }
  return n;
}

/**
 * `html` reparsed by one parser and written out as lowercase tags with
 * sorted attributes and collapsed whitespace, so two serializers' spellings
 * of the same tree compare equal.
 */
export function canonicalHtml(html: string): string {
  if (!html) return '';
  const body = new JSDOM(`<body>${html}`).window.document.body;
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(normalizeSpace(node.nodeValue));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const attrs = Array.from(element.attributes)
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    out.push(`<${element.localName}${attrs ? ` ${attrs}` : ''}>`);
    element.childNodes.forEach(walk);
    out.push(`</${element.localName}>`);
  };
  body.childNodes.forEach(walk);
  return out.filter(Boolean).join('');
}
