/**
 * The DOM the command line (and the engine benchmark) parses pages with:
 * jsdom. Measured against Chromium on the 130 corpus pages (`npm run
 * bench:dom`), Readability under jsdom gave the same title, byline, excerpt
 * and text on every page and byte-identical HTML on 129; linkedom is ~10×
 * faster to parse but its serializer and tree differ (90/130 same tree), and
 * happy-dom missed one article. Scripts never run and nothing is fetched.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe } from '../extract/fallback';

/** A parsed page and what had to be given up to parse it. */
export interface ParsedPage {
  document: Document;
  /** One line per thing left out, e.g. stylesheets jsdom could not parse. */
  warnings: string[];
}

/** Every <style> element's CSS (raw text up to the first </style>, as the HTML parser reads it). */
const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

function jsdom(html: string, url: string): Document {
  // A console of its own: jsdom would print every CSS rule it cannot parse.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/**
 * Parses `html` as the page at `url` (links resolve against it). jsdom
 * parses each <style> sheet while it builds the tree, and a rule its CSS
 * value parser cannot resolve (an unbuilt Sass leftover such as
 * `calc(($a - $b) / 16 * 9)`) throws out of the whole parse, where a browser
 * drops the one declaration. Neither the engine nor Readability reads
 * stylesheets, so the page is then parsed again with its <style> elements
 * emptied, and the warning says so.
 */
export function parseWithWarnings(html: string, url: string): ParsedPage {
  try {
    return { document: jsdom(html, url), warnings: [] };
  } catch (error) {
    const document = jsdom(html.replace(STYLE_BLOCK, '$1$2'), url);
    return { document, warnings: [`jsdom could not parse the page's stylesheets (${describe(error)}): read without them`] };
  }
}

/** Parses `html` as the page at `url`; see parseWithWarnings. */
export function parseHtml(html: string, url: string): Document {
  return parseWithWarnings(html, url).document;
}
