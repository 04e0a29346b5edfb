/**
 * How the exports get a DOM: an extension page passes nothing and gets its
 * own DOMParser; Node (tests, benchmarks) passes jsdom's.
 */

/** Parses an HTML fragment into a node whose children are the fragment's. */
export type ParseFragment = (html: string) => Element;

/** The page's own parser (extension pages, Chromium); throws where there is none. */
export function defaultParse(html: string): Element {
  if (typeof DOMParser === 'undefined') throw new Error('No DOMParser here: pass a parse function');
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;
}
