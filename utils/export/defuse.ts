/**
 * Imported HTML is as untrusted as a page: it is stored like the engine's
 * output and sanitised whenever it is rendered (utils/sanitize.ts, DOMPurify).
 * On top of that, an import removes what is dangerous in any context, so a
 * crafted backup leaves nothing live in the database for a future renderer
 * to trip on: script and the other elements that run, load, submit or hide
 * markup; SVG and MathML (where parser-confusion tricks live; the renderer
 * drops them too); event handlers; addresses with a scheme other than
 * http(s), mailto, tel or raster-image data (browsers decode entities and
 * skip control characters before they read a scheme, so the walk reads the
 * parsed values, not the text).
 *
 * One native parse into an inert <template> and one walk decide; an article
 * with nothing to remove is kept byte for byte (re-serialising would reformat
 * it and break exact restores). DOMPurify is not used here: it costs ~10 ms an
 * article where this costs a parse, and the renderer applies it anyway.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements removed with their content. */
const RISKY_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'input', 'button',
  'select', 'textarea', 'link', 'meta', 'base', 'template', 'noscript', 'dialog',
]);
/** Attributes removed whatever their value. */
const RISKY_ATTRS = new Set(['srcdoc', 'action', 'formaction', 'ping', 'is', 'xmlns']);
/** Attributes that hold text, never an address ("Special:BookSources" in a Wikipedia title is no scheme). */
const TEXT_ATTRS = new Set(['title', 'alt', 'lang', 'dir', 'class', 'id', 'role', 'summary', 'label', 'width', 'height',
  'colspan', 'rowspan', 'headers', 'scope', 'abbr']);
/** Addresses with these schemes stay; any other scheme is treated as a script URL. */
const SAFE_SCHEMES = /^(https?:|mailto:|tel:|data:image\/(png|jpeg|gif|webp|avif)[;,])/i;

function riskyAttribute(attr: Attr): boolean {
  const name = attr.name.toLowerCase();
  if (name.startsWith('on') || RISKY_ATTRS.has(name)) return true;
  if (TEXT_ATTRS.has(name) || name.startsWith('aria-') || name.startsWith('data-')) return false;
  // Browsers skip spaces and control characters around and inside a scheme ("java\tscript:").
  const value = attr.value.replace(/[\u0000-\u0020]/g, '');
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && !SAFE_SCHEMES.test(value);
}

/** The risky elements and attributes of `root`'s tree, outermost elements first. */
function findRisks(root: DocumentFragment): { elements: Element[]; attributes: [Element, string][] } {
  const elements: Element[] = [];
  const attributes: [Element, string][] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.namespaceURI !== HTML_NS || RISKY_TAGS.has(element.localName)) {
      elements.push(element);
      continue;
    }
    for (const attr of Array.from(element.attributes)) if (riskyAttribute(attr)) attributes.push([element, attr.name]);
  }
  return { elements, attributes };
}

/** Whether `html` holds anything an import removes. Needs a DOM. */
export function needsDefusing(html: string): boolean {
  const template = document.createElement('template');
  // Inert: a <template>'s content runs no script and loads nothing; it is only walked, never shown.
  // eslint-disable-next-line no-unsanitized/property
  template.innerHTML = html;
  const risks = findRisks(template.content);
  return risks.elements.length + risks.attributes.length > 0;
}

/** Rounds of remove-and-reparse before giving up on markup and keeping only the text. */
const MAX_ROUNDS = 4;

/** `html` byte for byte when it holds nothing dangerous, else without the dangerous parts. Needs a DOM. */
export function defuseHtml(html: string, round = 0): string {
  const template = document.createElement('template');
  // Inert: a <template>'s content runs no script and loads nothing; it is only walked and cleaned.
  // eslint-disable-next-line no-unsanitized/property
  template.innerHTML = html;
  const { elements, attributes } = findRisks(template.content);
  if (!elements.length && !attributes.length) return html;
  // Markup that keeps producing risks when re-parsed is hostile: fail closed, as text.
  if (round >= MAX_ROUNDS) return `<p>${(template.content.textContent ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`;
  for (const [element, name] of attributes) element.removeAttribute(name);
  for (const element of elements) element.remove();
  // Removing can join what was apart: parse the result again until nothing is found.
  return defuseHtml(template.innerHTML, round + 1);
}
