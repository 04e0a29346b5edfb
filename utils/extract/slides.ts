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
import { lightboxGroups } from './lightbox';
import type { PageScan } from './scan';

/** A run of slides under one parent, in page order. */
export interface SlideGroup {
  parent: Element;
  slides: Element[];
  /**
   * How the group was found: 'aria' and 'library' are trusted, 'lightbox' (a
   * set of photos opening in an overlay) must sit in a box of its own, and
   * 'structure' needs a gallery hint.
   */
  evidence: 'aria' | 'library' | 'lightbox' | 'structure';
}

const IMAGE = 'img, picture, [data-src], [data-lazy-src]';

/**
 * The shape of a slide unit: its tag and its classes, less the ones that
 * change from slide to slide. Carousels mark the slide on show and the
 * hidden ones with state classes ("is-active", "slick-current", "Carousel-Item-Next",
 * "Carousel-Item-Active"), and atomic CSS with property tokens ("Pos(a)
 * V(h)"), so those are left out; the classes naming the unit stay, which
 * keeps footer columns ("third right_border" beside "third") apart.
 */
function signature(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/);
  const naming = classes.filter((c) => c && !c.includes('(') && !/active|current|selected|visible|hidden|next|prev|is-|--|invisible|opacity/i.test(c));
  return `${el.tagName}.${naming.sort().join('.')}`;
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

/**
 * Same-shaped siblings each holding one photo, found from the photos up:
 * every photo's first four ancestors are tried as a slide unit of their
 * parent, counting photos per unit on the way so no subtree is searched.
 */
function structuralGroups(images: Element[], groups: Map<Element, SlideGroup>): void {
  const units = new Map<Element, Map<Element, number>>();
  for (const img of images) {
    let unit: Element = img;
    for (let depth = 0; depth < 4 && unit.parentElement && unit.parentElement.tagName !== 'BODY'; depth++) {
      const parent: Element = unit.parentElement;
      const counts = units.get(parent) ?? new Map<Element, number>();
      counts.set(unit, (counts.get(unit) ?? 0) + 1);
      units.set(parent, counts);
      unit = parent;
    }
  }
  for (const [parent, counts] of units) {
    if (counts.size < 2 || groups.has(parent)) continue;
    // A sibling walk, not `parent.children`: jsdom's collection reads every child's id and name on each step of a loop.
    const children: Element[] = [];
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    const bySignature = new Map<string, Element[]>();
    for (const child of children) {
      const key = signature(child);
      const list = bySignature.get(key);
      if (list) list.push(child);
      else bySignature.set(key, [child]);
    }
    for (const members of bySignature.values()) {
      if (members.length < 2 || members.length < children.length * 0.6) continue;
      const withOnePhoto = members.filter((m) => counts.get(m) === 1);
      if (withOnePhoto.length < members.length * 0.8) continue;
      if (members.length >= 3 || members.some(isHiddenByMarkup)) groups.set(parent, { parent, slides: members, evidence: 'structure' });
    }
  }
}

/** Every slide group of the page, with groups nested in another group's slide dropped. */
export function findSlideGroups(scan: Pick<PageScan, 'images' | 'slides' | 'lightbox' | 'captioned'>): SlideGroup[] {
  const groups = new Map<Element, SlideGroup>();
  for (const { el, evidence } of scan.slides) {
    if (evidence === 'aria' || el.querySelector(IMAGE) || el.matches(IMAGE)) addGroup(groups, el, evidence);
  }
  for (const group of lightboxGroups(scan.lightbox, scan.captioned)) if (!groups.has(group.parent)) groups.set(group.parent, group);
  structuralGroups(scan.images, groups);
  const list = [...groups.values()].filter((g) => g.evidence === 'lightbox' || g.slides.some((s) => s.matches(IMAGE) || s.querySelector(IMAGE)));
  // A group inside another group's slide is a detail of that slide (e.g. a thumbnail strip).
  return list.filter((g) => !list.some((other) => other !== g && other.slides.some((s) => s.contains(g.parent))));
}
