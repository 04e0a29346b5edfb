import { useLayoutEffect, useRef } from 'preact/hooks';
import { loadedSanitizer, loadSanitizer } from '@/utils/sanitizer-loader';

export interface SafeHtmlProps {
  /** Untrusted HTML (an article body from a page, the library or a backup). */
  html: string;
  /** The article's URL: relative links and images resolve against it. */
  baseUrl?: string;
  /** Class of the wrapping element. */
  class?: string;
  /**
   * Stored copies: an image's absolute URL → a blob: URL of its bytes. Put in
   * after sanitising, so the sanitiser never lets a page's own blob: through.
   */
  localImages?: ReadonlyMap<string, string>;
}

/**
 * Renders untrusted HTML through the sanitiser as a DOM fragment. Preact
 * owns the wrapper, never its children (it renders none into it), so
 * replacing them does not confuse its diff; no HTML string is ever re-parsed.
 */
export function SafeHtml({ html, baseUrl, class: className, localImages }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Layout effect: the body is in place before the frame is painted, as it was with innerHTML.
  // The sanitiser loads on first use; once loaded (the popup has it before the article arrives) this stays synchronous.
  useLayoutEffect(() => {
    const fill = (sanitizeToFragment: (html: string, baseUrl?: string) => DocumentFragment) => {
      performance.mark('lede:sanitise-start');
      const fragment = sanitizeToFragment(html, baseUrl);
      if (localImages?.size) pointAtLocalImages(fragment, localImages);
      ref.current?.replaceChildren(fragment);
      performance.mark('lede:sanitised');
    };
    const now = loadedSanitizer();
    if (now) {
      fill(now.sanitizeToFragment);
      return;
    }
    let live = true;
    void loadSanitizer().then(({ sanitizeToFragment }) => {
      if (live) fill(sanitizeToFragment);
    });
    return () => {
      live = false;
    };
  }, [html, baseUrl, localImages]);
  return <div class={className} ref={ref} />;
}

/** Points each image with a stored copy at it; the others keep their remote URL. */
function pointAtLocalImages(fragment: DocumentFragment, localImages: ReadonlyMap<string, string>): void {
  for (const img of fragment.querySelectorAll('img')) {
    const local = localImages.get(img.getAttribute('src') ?? '');
    if (!local) continue;
    img.src = local;
    // srcset would win over src and load the remote copy.
    img.removeAttribute('srcset');
    img.closest('picture')?.querySelectorAll('source').forEach((source) => source.remove());
  }
}
