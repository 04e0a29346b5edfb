/**
 * Finds the slides of galleries and carousels: groups of sibling units that
 * each hold a photo (and usually a caption). Three kinds of evidence, any of
 * which is enough to propose a group:
 *  - ARIA: `aria-roledescription="slide"` (the WAI carousel pattern);
 *  - the markup of the common carousel libraries (swiper, slick, flickity,
 *    glide, splide, owl, bootstrap, keen, embla, fancybox);
 *  - structure: three or more same-shaped siblings each holding one photo, or
 *    two when some are hidden (an inactive slide) — the gallery module then
 *    asks for a counter or control word before it trusts a structural group.
 */
import { isHiddenByMarkup } from './dom';

/** A run of slides under one parent, in page order. */
export interface SlideGroup {
  parent: Element;
  slides: Element[];
  /** How the group was found: 'aria' and 'library' are trusted, 'structure' needs a gallery hint. */
  evidence: 'aria' | 'library' | 'structure';
}

/** Slide markup of carousel libraries; their clones (for infinite looping) are left out. */
const LIBRARY_SLIDES = [
  '.swiper-slide:not(.swiper-slide-duplicate)',
  '.slick-slide:not(.slick-cloned)',
  '.carousel-cell',
  '.glide__slide:not(.glide__slide--clone)',
  '.splide__slide:not(.splide__slide--clone)',
  '.owl-item:not(.cloned)',
  '.carousel-item',
  '.keen-slider__slide',
  '.embla__slide',
  '.f-carousel__slide',
].join(', ');

const IMAGE = 'img, picture, [data-src], [data-lazy-src]';

function signature(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).filter((c) => !/active|current|selected|visible|hidden|is-|--/.test(c)).sort().join('.')}`;
}

function addGroup(groups: Map<Element, SlideGroup>, slide: Element, evidence: SlideGroup['evidence']): void {
  const parent = slide.parentElement;
  if (!parent) return;
  const group = groups.get(parent);
  if (group) {
    if (!group.slides.includes(slide)) group.slides.push(slide);
  } else {
    groups.set(parent, { parent, slides: [slide], evidence });
  }
}

/** Same-shaped image-holding siblings under the parents of every photo. */
function structuralGroups(doc: Document, groups: Map<Element, SlideGroup>): void {
  const seen = new Set<Element>();
  for (const img of doc.querySelectorAll('img')) {
    let unit: Element | null = img;
    for (let depth = 0; depth < 4 && unit?.parentElement; depth++, unit = unit.parentElement) {
      const parent: Element = unit.parentElement;
      if (seen.has(parent) || groups.has(parent)) continue;
      seen.add(parent);
      if (parent.tagName === 'BODY') break;
      const children = [...parent.children];
      if (children.length < 2) continue;
      const bySignature = new Map<string, Element[]>();
      for (const child of children) {
        const key = signature(child);
        bySignature.set(key, [...(bySignature.get(key) ?? []), child]);
      }
      for (const members of bySignature.values()) {
        if (members.length < 2 || members.length < children.length * 0.6) continue;
        const withOnePhoto = members.filter((m) => m.querySelectorAll('img').length === 1 || (m.tagName === 'IMG'));
        if (withOnePhoto.length < members.length * 0.8) continue;
        const hidden = members.some(isHiddenByMarkup);
        if (members.length >= 3 || hidden) groups.set(parent, { parent, slides: members, evidence: 'structure' });
      }
    }
  }
}

/** Every slide group of the document, outermost first and with nested duplicates dropped. */
export function findSlideGroups(doc: Document): SlideGroup[] {
  const groups = new Map<Element, SlideGroup>();
  for (const slide of doc.querySelectorAll('[aria-roledescription="slide" i]')) addGroup(groups, slide, 'aria');
  for (const slide of doc.querySelectorAll(LIBRARY_SLIDES)) {
    if (slide.querySelector(IMAGE) || slide.matches(IMAGE)) addGroup(groups, slide, 'library');
  }
  structuralGroups(doc, groups);
  const list = [...groups.values()].filter((g) => g.slides.some((s) => s.querySelector(IMAGE) || s.matches(IMAGE)));
  // A group inside another group's slide is a detail of that slide (e.g. a thumbnail strip).
  return list.filter((g) => !list.some((other) => other !== g && other.slides.some((s) => s.contains(g.parent))));
}
