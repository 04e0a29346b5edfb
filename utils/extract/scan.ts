/**
 * One walk over the page collecting everything the cleanup passes look at:
 * photos, slide markup, ad-named boxes, links and buttons, email fields, and
 * the short texts that are controls, labels or headings. The passes then
 * read only these few elements, so the engine stays close to Readability's
 * own cost (no per-node style, no text of big subtrees).
 */
import { isGalleryControl } from './counters';
import { squash } from './dom';
import { resolveLazyImage, resolveNoscript } from './lazy-images';
import { lightboxSet } from './lightbox';
import { AD_LABEL, AD_TOKEN, RELATED_HEADING, RELATED_LINE, SIGNUP_WORDS } from './patterns';

/** What the walk found, in page order. */
export interface PageScan {
  images: Element[];
  /** Slides marked by ARIA (`aria-roledescription="slide"`) or by a carousel library's class. */
  slides: { el: Element; evidence: 'aria' | 'library' }[];
  /** Elements whose class or id has an ad token. */
  adBoxes: Element[];
  /** Links and buttons. */
  links: Element[];
  /** Links that open a photo in a lightbox set (data-lightbox, data-fancybox, rel="lightbox[…]"…). */
  lightbox: Element[];
  /** Elements with a `data-caption` attribute (slides that keep their caption for an overlay). */
  captioned: Element[];
  /** Inline scripts that may hold data (JSON-LD excluded): read by script-json.ts. */
  scripts: Element[];
  emailInputs: Element[];
  /** Elements whose whole short text is a gallery control or counter (outermost of nested hits). */
  controls: Element[];
  adLabels: Element[];
  relatedHeadings: Element[];
  relatedLines: Element[];
  signupLines: Element[];
  /** JSON-LD script elements. */
  jsonLd: Element[];
  /** Characters of text inside <p> elements: the page's story-sized text, for share-of-page guards. */
  paragraphChars: number;
}

/** Carousel libraries' slide classes, and the classes of their looping clones. */
const LIBRARY_SLIDE = new Set(['swiper-slide', 'slick-slide', 'carousel-cell', 'glide__slide', 'splide__slide', 'owl-item', 'carousel-item', 'keen-slider__slide', 'embla__slide', 'f-carousel__slide']);
const LIBRARY_HINT = /slide|carousel|owl-item/;
const CLONE = new Set(['swiper-slide-duplicate', 'slick-cloned', 'glide__slide--clone', 'splide__slide--clone', 'cloned']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'SELECT', 'TEXTAREA', 'IFRAME']);
const COUNTER_FRAGMENT = /^(?:\d{1,3}|of|\/|photos?|images?|slides?)$/i;

/** The whole text of a small element, or null when it has too many parts to be a label. */
function smallText(el: Element): string | null {
  if (el.childNodes.length > 7) return null;
  const text = squash(el.textContent);
  return text.length <= 60 ? text : null;
}

function visitText(node: Node, scan: PageScan, controls: Set<Element>): void {
  const value = node.nodeValue ?? '';
  // trim() drops exactly what squash() collapses: white space alone stops here, before any regex.
  if (value.length > 400 || !value.trim()) return;
  const parent = node.parentElement;
  if (!parent) return;
  const text = squash(value);
  if (!text) return;
  if (text.length <= 60) {
    // The element's whole text is this node's when it is the only child; a label split over
    // several nodes is rare except for counters ("<b>1</b> of 9"), which climb below.
    const only = parent.childNodes.length === 1;
    if (isGalleryControl(text) && (only || smallText(parent) === text)) controls.add(parent);
    else if (COUNTER_FRAGMENT.test(text)) {
      let el: Element | null = only ? parent.parentElement : parent;
      for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
        const outer = smallText(el);
        if (outer === null) break;
        if (isGalleryControl(outer)) {
          controls.add(el);
          break;
        }
      }
    }
    const tag = parent.tagName;
    if (only && tag !== 'A' && tag !== 'BUTTON') {
      if (AD_LABEL.test(text)) scan.adLabels.push(parent);
      else if (RELATED_HEADING.test(text)) scan.relatedHeadings.push(parent);
    }
  }
  // "RELATED:" alone, or the whole line in one node ("Related: Chicago is America's most segregated city").
  if (text.length <= 200 && RELATED_LINE.test(text)) scan.relatedLines.push(parent);
  if (SIGNUP_WORDS.test(text)) scan.signupLines.push(parent);
}

function visitElement(el: Element, scan: PageScan): void {
  const tag = el.tagName;
  if (tag === 'IMG') {
    resolveLazyImage(el);
    scan.images.push(el);
  } else if (tag === 'SOURCE') resolveLazyImage(el);
  else if (tag === 'A' || tag === 'BUTTON') {
    scan.links.push(el);
    if (tag === 'A' && lightboxSet(el)) scan.lightbox.push(el);
  }
  else if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const hints = `${el.getAttribute('name') ?? ''} ${el.getAttribute('placeholder') ?? ''}`.toLowerCase();
    if (type === 'email' || hints.includes('email')) scan.emailInputs.push(el);
  }
  if (tag !== 'A' && el.hasAttribute('data-caption')) scan.captioned.push(el);
  const role = el.getAttribute('aria-roledescription');
  if (role && role.toLowerCase() === 'slide') scan.slides.push({ el, evidence: 'aria' });
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  // Every library slide class names a slide, a carousel or an owl item: most classes are not split at all.
  if (cls && LIBRARY_HINT.test(cls)) {
    const tokens = cls.split(/\s+/);
    if (tokens.some((t) => LIBRARY_SLIDE.has(t)) && !tokens.some((t) => CLONE.has(t)) && role?.toLowerCase() !== 'slide') {
      scan.slides.push({ el, evidence: 'library' });
    }
  }
  if ((cls || id) && AD_TOKEN.test(` ${cls ?? ''} ${id ?? ''} `.toLowerCase())) scan.adBoxes.push(el);
}

/**
 * Walks `body` once and returns what the engine's passes need. Lazy images
 * are resolved on the way (it changes src/srcset and swaps <noscript>
 * fallbacks in), because the gallery pass needs their real addresses.
 */
export function scanPage(body: Element): PageScan {
  const scan: PageScan = {
    images: [], slides: [], adBoxes: [], links: [], lightbox: [], captioned: [], scripts: [], emailInputs: [], controls: [],
    adLabels: [], relatedHeadings: [], relatedLines: [], signupLines: [], jsonLd: [], paragraphChars: 0,
  };
  const controls = new Set<Element>();
  const walk = (node: Node, inParagraph: boolean): void => {
    for (let child = node.firstChild, next = child?.nextSibling ?? null; child; child = next, next = child?.nextSibling ?? null) {
      if (child.nodeType === 3) {
        if (inParagraph) scan.paragraphChars += (child.nodeValue ?? '').length;
        visitText(child, scan, controls);
      }
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'NOSCRIPT') {
          const image = resolveNoscript(el);
          if (image) scan.images.push(image);
          continue;
        }
        if (el.tagName === 'SCRIPT') {
          if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') scan.jsonLd.push(el);
          else if (!el.hasAttribute('src')) scan.scripts.push(el);
        }
        if (SKIP.has(el.tagName)) continue;
        visitElement(el, scan);
        walk(el, inParagraph || el.tagName === 'P');
      }
    }
  };
  walk(body, false);
  // A <noscript> fallback may have replaced a placeholder already listed.
  scan.images = scan.images.filter((img) => body.contains(img));
  // Keep the outermost of nested hits ("<span><b>1</b> of 9</span>" gives the span).
  scan.controls = [...controls].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (controls.has(up)) return false;
    return true;
  });
  return scan;
}
