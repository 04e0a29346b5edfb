/**
 * Imported HTML is as untrusted as a page: it is stored like the engine's
 * output and sanitised whenever it is rendered (utils/sanitize.ts). On top of
 * that, an import strips what is dangerous in any context (script, event
 * handlers, javascript: URLs, frames, forms), so a crafted backup cannot
 * leave anything live in the database for a future renderer to trip on.
 * An article with nothing to strip is kept byte for byte (DOMPurify would
 * reformat it), so a backup restores exactly.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['srcdoc', 'action', 'formaction', 'ping'],
};

let purifier: Purifier | undefined;

/** `html` as it was when it holds nothing dangerous, else with the dangerous parts removed. Needs a DOM. */
export function defuseHtml(html: string): string {
  // An instance of its own: the renderer's sanitiser adds hooks (new-tab links) an import must not apply.
  purifier ??= DOMPurify(globalThis as unknown as Window & typeof globalThis);
  if (!purifier.isSupported) throw new Error('HTML sanitiser unavailable in this environment');
  const clean = purifier.sanitize(html, CONFIG) as string;
  return purifier.removed.length ? clean : html;
}
