/**
 * HTML (already sanitised and parsed) written out as well-formed XHTML for
 * EPUB chapters: a fixed set of elements, a few checked attributes, text
 * escaped, characters XML forbids dropped, and the HTML content models that
 * EPUB readers and checkers enforce repaired where the page broke them
 * (block elements inside inline ones, stray children of lists, misplaced
 * figure captions). Remote images are left out: EPUB allows none.
 */

/** Elements written as they are. */
const FLOW = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'blockquote', 'figure', 'figcaption',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr', 'p', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that hold phrasing content only (and are phrasing themselves, except p, pre and headings). */
const PHRASING = new Set(['span', 'a', 'em', 'strong', 'i', 'b', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'q',
  'cite', 'abbr', 'code', 'kbd', 'samp', 'var', 'time', 'br', 'img', 'wbr', 'dfn', 'bdi', 'bdo', 'data']);
const PHRASING_ONLY_CONTAINERS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt']);
/** Elements whose content is left out altogether. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'source',
  'track', 'svg', 'math', 'canvas', 'form', 'input', 'button', 'select', 'textarea', 'head', 'title', 'meta', 'link']);
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

/** Characters not allowed in XML 1.0 documents. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for XML content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Options for {@link toXhtml}. */
export interface XhtmlOptions {
  /** The article's URL: relative links resolve against it. */
  baseUrl: string;
  /** The chapter's path for an image (absolute URL) when it is stored; undefined drops the image. */
  imagePath: (url: string) => string | undefined;
}

const integer = (value: string | null) => (value && /^\d{1,4}$/.test(value.trim()) ? value.trim() : null);

function linkTarget(href: string | null, baseUrl: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, baseUrl);
    // Fragment links point at ids the chapter no longer has; other schemes do not open from a book.
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
    if (href.trim().startsWith('#')) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The attributes kept for `name`, already checked; values unescaped. */
function attributes(element: Element, name: string, options: XhtmlOptions): [string, string][] {
  const out: [string, string][] = [];
  const dir = element.getAttribute('dir');
  if (dir === 'ltr' || dir === 'rtl') out.push(['dir', dir]);
  if (name === 'a') {
    const href = linkTarget(element.getAttribute('href'), options.baseUrl);
    if (href) out.push(['href', href]);
  } else if (name === 'img') {
    out.push(['alt', element.getAttribute('alt') ?? '']);
  } else if (name === 'td' || name === 'th') {
    for (const span of ['colspan', 'rowspan']) {
      const value = integer(element.getAttribute(span));
      if (value && value !== '0') out.push([span, value]);
    }
  } else if (name === 'ol') {
    const start = element.getAttribute('start');
    if (start && /^-?\d{1,6}$/.test(start.trim())) out.push(['start', start.trim()]);
  }
  return out;
}

function open(name: string, attrs: [string, string][]): string {
  return `<${name}${attrs.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('')}${VOID.has(name) ? '/>' : '>'}`;
}

/** Writes the children of `parent`; `phrasing` is true where only phrasing content may go. */
function children(parent: Node, phrasing: boolean, options: XhtmlOptions): string {
  const parentName = parent.nodeType === 1 ? (parent as Element).localName : '';
  const list = parentName === 'ul' || parentName === 'ol';
  let out = '';
  const nodes = Array.from(parent.childNodes);
  const elements = nodes.filter((node) => node.nodeType === 1);
  let captionSeen = false;
  for (const node of nodes) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (list || ['table', 'thead', 'tbody', 'tfoot', 'tr', 'dl'].includes(parentName)) {
        // Only whitespace may sit between rows and items; a stray word becomes an item of its own.
        if (list && text.trim()) out += `<li>${escapeXml(text)}</li>`;
        continue;
      }
      out += escapeXml(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    let name = element.localName;
    // A figure's caption must be its first or last child, and there is one at most.
    if (name === 'figcaption' && parentName === 'figure') {
      const placed = element === elements[0] || element === elements[elements.length - 1];
      if (captionSeen || !placed) name = 'div';
      captionSeen = true;
    } else if (name === 'figcaption' || (name === 'li' && !list) || ((name === 'dt' || name === 'dd') && parentName !== 'dl')) {
      name = 'div';
    }
    // Lists hold items only, definition lists terms and definitions: anything else is wrapped.
    const wrap = list && name !== 'li' ? 'li' : parentName === 'dl' && !['dt', 'dd', 'div'].includes(name) ? 'dd' : '';
    const inner = serialise(element, name, phrasing && !wrap, options);
    out += wrap && inner.trim() ? `<${wrap}>${inner}</${wrap}>` : inner;
  }
  return out;
}

/** One element as XHTML (`name` may differ from its tag: see children()). */
function serialise(element: Element, name: string, phrasing: boolean, options: XhtmlOptions): string {
  if (DROP.has(name)) return '';
  if (name === 'img') {
    const src = element.getAttribute('src');
    let absolute = '';
    try {
      absolute = src ? new URL(src, options.baseUrl).href : '';
    } catch {
      // An unparseable source is no image.
    }
    const path = absolute ? options.imagePath(absolute) : undefined;
    return path ? open('img', [['src', path], ...attributes(element, name, options)]) : '';
  }
  if (PHRASING.has(name)) {
    if (VOID.has(name)) return open(name, []);
    const inner = children(element, true, options);
    return `${open(name, attributes(element, name, options))}${inner}</${name}>`;
  }
  if (!FLOW.has(name) || phrasing) {
    // Unknown elements, and block elements inside inline ones, give their content only;
    // a block boundary in running text becomes a line break.
    const inner = children(element, phrasing, options);
    return phrasing && FLOW.has(name) && inner ? ` ${inner} ` : inner;
  }
  if (name === 'hr') return '<hr/>';
  const inner = children(element, PHRASING_ONLY_CONTAINERS.has(name), options);
  // Empty lists and tables are not allowed; an empty paragraph says nothing.
  if (!inner.trim() && ['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'p'].includes(name)) return '';
  return `${open(name, attributes(element, name, options))}${inner}</${name}>`;
}

/** The content of `root` (a parsed fragment) as XHTML flow content. */
export function toXhtml(root: Element, options: XhtmlOptions): string {
  return children(root, false, options);
}
