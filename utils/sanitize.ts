import DOMPurify from 'dompurify';

/**
 * Page HTML is untrusted: Readability does not sanitise its output
 * (https://github.com/mozilla/readability/issues/404). Everything an
 * extension page renders from a page goes through here first.
 */
const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcdoc', 'action', 'formaction', 'ping'],
  ALLOW_DATA_ATTR: false,
};

let hooked = false;

function hook(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      // Links leave the extension page for a new tab, never replace it.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
}

/** Sanitised HTML, safe to assign to innerHTML in an extension page. */
export function sanitizeHtml(html: string): string {
  // DOMPurify hands back its input untouched where it cannot run: fail closed.
  if (!DOMPurify.isSupported) throw new Error('HTML sanitiser unavailable in this environment');
  hook();
  return DOMPurify.sanitize(html, CONFIG) as string;
}
