/**
 * What must never survive into an extension page, counted in a rendered
 * DOM. Kept as source text so the same scan runs in jsdom (vitest) and in
 * real Chromium (evaluated in the popup and the reader tab).
 */

/** Counts of what the scan found; every list must be empty. */
export interface XssFindings {
  handlers: string[];
  scriptUrls: string[];
  forbidden: string[];
  styles: string[];
  foreignNamespace: string[];
  unsafeLinks: string[];
  referrerImages: string[];
  namedClobbers: string[];
}

/** Elements no article may bring. */
export const FORBIDDEN_ELEMENTS = [
  'script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'link', 'meta', 'base', 'template', 'noscript', 'svg', 'math', 'dialog', 'video', 'audio', 'track', 'isindex', 'applet',
];

/** The body of `(root) => XssFindings`, as source. */
export const XSS_SCAN_SOURCE = `
  const forbidden = new Set(${JSON.stringify(FORBIDDEN_ELEMENTS)});
  const urlAttrs = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'data', 'background', 'xlink:href', 'ping', 'longdesc', 'usemap', 'manifest', 'codebase', 'lowsrc', 'dynsrc']);
  const okUrl = /^(https?:|mailto:|data:image\\/(png|gif|jpeg|webp|avif)[;,])/i;
  const out = { handlers: [], scriptUrls: [], forbidden: [], styles: [], foreignNamespace: [], unsafeLinks: [], referrerImages: [], namedClobbers: [] };
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (forbidden.has(tag)) out.forbidden.push(tag);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.foreignNamespace.push(tag);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.handlers.push(tag + ' ' + name);
      if (name === 'style') out.styles.push(tag);
      if (urlAttrs.has(name)) {
        const values = name === 'srcset' ? attr.value.split(/,\\s+/).map((v) => v.trim().split(/\\s+/)[0]) : [attr.value];
        for (const v of values) if (!okUrl.test(v.replace(/[\\u0000-\\u0020]/g, ''))) out.scriptUrls.push(tag + ' ' + name + '=' + v.slice(0, 60));
      }
      if ((name === 'name' || name === 'id') && !attr.value.startsWith('user-content-')) out.namedClobbers.push(tag + ' ' + name + '=' + attr.value);
    }
    if ((tag === 'a' || tag === 'area') && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')) out.unsafeLinks.push(tag);
    if (tag === 'img' && el.getAttribute('referrerpolicy') !== 'no-referrer') out.referrerImages.push(el.getAttribute('src') || '');
  }
  return out;
`;

/** The scan as a function (jsdom, happy-dom or a browser). */
export const scanForXss = new Function('root', XSS_SCAN_SOURCE) as (root: ParentNode) => XssFindings;

/** An empty finding set, for `toEqual`. */
export const NOTHING: XssFindings = {
  handlers: [], scriptUrls: [], forbidden: [], styles: [], foreignNamespace: [], unsafeLinks: [], referrerImages: [], namedClobbers: [],
};
