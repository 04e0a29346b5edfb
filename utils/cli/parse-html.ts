/**
 * The DOM the command line (and the engine benchmark) parses pages with:
 * jsdom. Measured against Chromium on the 130 corpus pages (`npm run
 * bench:dom`), Readability under jsdom gave the same title, byline, excerpt
 * and text on every page and byte-identical HTML on 129; linkedom is ~10×
 * faster to parse but its serializer and tree differ (90/130 same tree), and
 * happy-dom missed one article. Scripts never run and nothing is fetched.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses `html` as the page at `url` (links resolve against it). */
export function parseHtml(html: string, url: string): Document {
  // A console of its own: jsdom would print every CSS rule it cannot parse.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
