/**
 * Imported HTML is as untrusted as a page: it is stored like the engine's
 * output and sanitised whenever it is rendered (utils/sanitize.ts). On top of
 * that, an import strips what is dangerous in any context (script, event
 * handlers, script URLs, frames, forms), so a crafted backup leaves nothing
 * live in the database for a future renderer to trip on. An article with
 * nothing to strip is kept byte for byte (DOMPurify would reformat it), so a
 * backup restores exactly.
 *
 * DOMPurify costs ~10 ms an article; most articles hold nothing to strip, and
 * telling so takes one native parse into an inert <template> and a walk. So
 * the walk decides, conservatively (anything unusual counts as risky), and
 * only a risky article goes through DOMPurify.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['srcdoc', 'action', 'formaction', 'ping'],
};

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements that can run, load or submit something, or hide markup from a parser (template, noscript). */
const RISKY_TAGS = new Set([...CONFIG.FORBID_TAGS, 'script', 'frameset', 'template', 'noscript', 'applet', 'portal', 'dialog']);
const RISKY_ATTRS = new Set([...CONFIG.FORBID_ATTR, 'is', 'xmlns']);
/** A value that starts with a scheme other than these is treated as a script URL. */
const SAFE_SCHEMES = /^(https?:|mailto:|tel:|data:image\/(png|jpeg|gif|webp|avif)[;,])/i;

let purifier: Purifier | undefined;

/** Whether `html` holds anything an import must strip; true for anything not plainly safe. */
export function needsDefusing(html: string): boolean {
  const template = document.createElement('template');
  // Inert: a <template>'s content runs no script and loads nothing; it is only walked, never shown.
  // eslint-disable-next-line no-unsanitized/property
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    // SVG and MathML are where parser-confusion tricks live: always the full sanitiser.
    if (element.namespaceURI !== HTML_NS || RISKY_TAGS.has(element.localName)) return true;
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || RISKY_ATTRS.has(name)) return true;
      // Browsers skip spaces and control characters around and inside a scheme ("java\tscript:").
      const value = attr.value.replace(/[\u0000-\u0020]/g, '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !SAFE_SCHEMES.test(value)) return true;
    }
  }
  return false;
}

/** `html` as it was when it holds nothing dangerous, else with the dangerous parts removed. Needs a DOM. */
export function defuseHtml(html: string): string {
  if (!needsDefusing(html)) return html;
  // An instance of its own: the renderer's sanitiser must not share hooks or config with this one.
  purifier ??= DOMPurify(globalThis as unknown as Window & typeof globalThis);
  if (!purifier.isSupported) throw new Error('HTML sanitiser unavailable in this environment');
  const clean = purifier.sanitize(html, CONFIG) as string;
  return purifier.removed.length ? clean : html;
}
