import { useLayoutEffect, useRef } from 'preact/hooks';
import { loadedSanitizer, loadSanitizer } from '@/utils/sanitizer-loader';

export interface SafeHtmlProps {
  /** Untrusted HTML (an article body from a page, the library or a backup). */
  html: string;
  /** The article's URL: relative links and images resolve against it. */
  baseUrl?: string;
  /** Class of the wrapping element. */
  class?: string;
}

/**
 * Renders untrusted HTML through the sanitiser as a DOM fragment. Preact
 * owns the wrapper, never its children (it renders none into it), so
 * replacing them does not confuse its diff; no HTML string is ever re-parsed.
 */
export function SafeHtml({ html, baseUrl, class: className }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Layout effect: the body is in place before the frame is painted, as it was with innerHTML.
  // The sanitiser loads on first use; once loaded (the popup has it before the article arrives) this stays synchronous.
  useLayoutEffect(() => {
    const now = loadedSanitizer();
    if (now) {
      ref.current?.replaceChildren(now.sanitizeToFragment(html, baseUrl));
      return;
    }
    let live = true;
    void loadSanitizer().then(({ sanitizeToFragment }) => {
      if (live) ref.current?.replaceChildren(sanitizeToFragment(html, baseUrl));
    });
    return () => {
      live = false;
    };
  }, [html, baseUrl]);
  return <div class={className} ref={ref} />;
}
