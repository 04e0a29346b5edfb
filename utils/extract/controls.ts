/**
 * One pass over the page's text nodes to find the elements whose whole text
 * is a gallery control or counter ("See Gallery", "HIDE CAPTION", "9 PHOTOS",
 * "1 of 9", split over spans or not).
 */
import { isGalleryControl } from './counters';
import { squash } from './dom';

/** Elements whose whole (short) text is a control or counter, in page order, innermost wins. */
export function findControls(root: Element): Element[] {
  const found = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 60) continue;
    const text = squash(value);
    if (!text) continue;
    let el = node.parentElement;
    if (!el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION)$/.test(el.tagName)) continue;
    // A counter split over elements ("<b>1</b> of <b>9</b>") is read from the smallest element holding it.
    // Only counter fragments climb: reading a big ancestor's text per short text node would be slow.
    const fragment = /^(?:\d{1,3}|of|\/|photos?|images?|slides?)$/i.test(text);
    for (let depth = 0; el && depth < (fragment ? 3 : 1); depth++, el = el.parentElement) {
      const whole = squash(el.textContent);
      if (whole.length > 40) break;
      if (isGalleryControl(whole)) {
        found.add(el);
        break;
      }
    }
  }
  // Keep the outermost of nested hits ("<span><b>1</b> of 9</span>" gives the span).
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}
