/**
 * Lightbox galleries: thumbnails that open a larger photo in an overlay.
 * The scripts that run them (lightbox2, fancybox, PhotoSwipe, blueimp,
 * GLightbox and their WordPress wrappers) group the photos of one gallery
 * by an attribute value (`data-lightbox="set"`, `data-fancybox="gallery"`,
 * `rel="lightbox[set]"`) and often keep the caption only in an attribute
 * (`data-caption`, `data-title`, `title`), shown when the overlay opens.
 */
import { squash } from './dom';
import type { SlideGroup } from './slides';

/** Attributes that put a link in a lightbox set; the value names the set. */
const SET_ATTRIBUTES = ['data-lightbox', 'data-fancybox', 'data-gallery', 'data-rel', 'data-lbwps-width', 'data-pswp-width'];
const SET_REL = /^(?:lightbox|prettyphoto|shadowbox|colorbox|fancybox|gallery|lightgallery)\b/i;
const SET_CLASS = /(?:^|\s)(?:[a-z]+-)?(?:lightbox|fancybox|glightbox|swipebox|colorbox|thickbox|lightgallery-item|gallery-lightbox)(?:\s|$)/i;
const CREDIT_ATTRIBUTES = ['data-credit', 'data-copyright', 'data-photographer'];

/** The name of the lightbox set `el` belongs to, or null when it opens no lightbox. */
export function lightboxSet(el: Element): string | null {
  for (const name of SET_ATTRIBUTES) {
    if (el.hasAttribute(name)) return name.startsWith('data-lbwps') || name.startsWith('data-pswp') ? name : `${name}=${el.getAttribute(name)}`;
  }
  const rel = el.getAttribute('rel');
  if (rel && SET_REL.test(rel)) return `rel=${rel}`;
  const cls = el.getAttribute('class');
  if (cls && SET_CLASS.test(cls)) return `class=${SET_CLASS.exec(cls)![0].trim().toLowerCase()}`;
  return null;
}

/** Text of an attribute that may hold HTML (fancybox and lightGallery allow it); one word only when `word` (a credit). */
function attributeText(el: Element, name: string, word = false): string {
  const value = el.getAttribute(name);
  if (!value) return '';
  if (name === 'data-glightbox') {
    // GLightbox packs "title: …; description: …" into one attribute.
    const parts = /(?:^|;)\s*(?:title|description)\s*:\s*([^;]*)/gi;
    return squash([...value.matchAll(parts)].map((m) => m[1]).join(' '));
  }
  const text = squash(value.includes('<') ? value.replace(/<[^>]*>/g, ' ') : value).replace(/&amp;/g, '&');
  // One word is a file or slide name ("Flinteregistrierung_Illustration_Website"), not a caption.
  return word || text.includes(' ') ? text : '';
}

/** A title and a description as one caption ("Pier. At noon"), either alone when the other is missing or repeats it. */
function withDescription(title: string, description: string): string {
  if (title && description && !description.startsWith(title)) return `${title}. ${description}`.replace(/\.\. /, '. ');
  return title || description;
}

/**
 * The caption a slide keeps in attributes (on the slide, its link or its
 * photo), with a credit where one is given, or null. A link's `title`
 * counts only on a lightbox link, where it is the overlay's caption.
 */
export function attributeCaption(slide: Element): { text: string; credit?: string } | null {
  const holders = [slide, ...slide.querySelectorAll('a, img, figure, [data-caption], [data-title]')].slice(0, 6);
  let text = '';
  let credit = '';
  for (const el of holders) {
    text =
      attributeText(el, 'data-caption') ||
      attributeText(el, 'data-sub-html') ||
      withDescription(attributeText(el, 'data-title'), attributeText(el, 'data-description') || attributeText(el, 'data-desc')) ||
      attributeText(el, 'data-glightbox');
    if (!text && el.tagName === 'A' && lightboxSet(el)) text = attributeText(el, 'title');
    for (const name of CREDIT_ATTRIBUTES) credit ||= attributeText(el, name, true);
    if (text) break;
  }
  return text ? { text, ...(credit ? { credit } : {}) } : null;
}

/** The link's unit: the largest ancestor below `top` that holds no other link of the set. */
function unitOf(link: Element, top: Element, members: Set<Element>): Element {
  let unit = link;
  while (unit.parentElement && unit.parentElement !== top) {
    const parent: Element = unit.parentElement;
    if ([...members].some((m) => m !== link && parent.contains(m))) break;
    unit = parent;
  }
  return unit;
}

/** Attributes in which a slide names its photo when it has no <img> until a script builds one. */
export const PHOTO_ATTRIBUTES = ['data-image', 'data-src', 'data-full', 'data-original', 'data-hi-res-src', 'data-img', 'data-large', 'data-zoom-image'];

/** The photo address a slide names in an attribute (on itself), or null. */
export function attributePhoto(el: Element): string | null {
  for (const name of PHOTO_ATTRIBUTES) {
    const value = el.getAttribute(name)?.trim();
    if (value && !value.startsWith('data:') && !value.startsWith('{')) return value;
  }
  return null;
}

/**
 * Whether most slides have a caption of their own (visible text, a caption
 * attribute or an alt), not all the same: one text on every photo is a
 * name (a shop's product viewer), not captions.
 */
function mostlyCaptioned(slides: Element[]): boolean {
  const texts = slides.map((s) => squash(s.textContent) || attributeCaption(s)?.text || squash(s.querySelector('img')?.getAttribute('alt'))).filter(Boolean);
  return texts.length >= slides.length / 2 && new Set(texts).size > 1;
}

/** Attributes that only ever hold a caption (`data-title` also names products and posts). */
const CAPTION_ONLY = ['data-caption', 'data-sub-html', 'data-glightbox'];

/** A caption the slide keeps in a caption-only attribute, or on a lightbox link; else null. */
function strictCaption(slide: Element): string | undefined {
  const holders = [slide, ...slide.querySelectorAll('a, img, figure, [data-caption]')].slice(0, 6);
  const sure = holders.some((el) => CAPTION_ONLY.some((name) => el.hasAttribute(name)) || (el.tagName === 'A' && lightboxSet(el)));
  return sure ? attributeCaption(slide)?.text : undefined;
}

/**
 * Whether the slides (80% of them) keep captions of their own in caption
 * attributes or on lightbox links: a hint for a structural group. A shop's
 * product cards or a related-posts carousel carry `data-title` too, and are
 * no gallery.
 */
export function captionedByAttributes(slides: Element[]): boolean {
  const texts = slides.map(strictCaption).filter(Boolean);
  return texts.length >= slides.length * 0.8 && new Set(texts).size > 1;
}

/**
 * Sibling slides that keep both caption and photo in attributes
 * (`<div data-caption="…" data-image="…">`, no <img> until a script builds
 * the viewer): three or more under one parent make a group.
 */
function captionedSiblingGroups(captioned: Element[]): SlideGroup[] {
  const byParent = new Map<Element, Element[]>();
  for (const el of captioned) {
    const parent = el.parentElement;
    if (!parent || !(attributePhoto(el) || el.querySelector('img, picture'))) continue;
    const list = byParent.get(parent);
    if (list) list.push(el);
    else byParent.set(parent, [el]);
  }
  return [...byParent]
    .filter(([, slides]) => slides.length >= 3 && captionedByAttributes(slides))
    .map(([parent, slides]) => ({ parent, slides, evidence: 'lightbox' }));
}

/**
 * Lightbox sets of three or more photos, each as a slide group: the slides
 * are each link's own unit (its figure or list item, with any visible
 * caption), under the set's common ancestor. Sets whose photos mostly have
 * no caption at all (a shop's product viewer) are left alone. Slides that
 * carry caption and photo in attributes (`captioned`) group by parent.
 */
export function lightboxGroups(links: Element[], captioned: Element[] = []): SlideGroup[] {
  const sets = new Map<string, Element[]>();
  for (const link of links) {
    if (!link.querySelector('img, picture')) continue;
    const name = lightboxSet(link);
    if (!name) continue;
    const list = sets.get(name);
    if (list) list.push(link);
    else sets.set(name, [link]);
  }
  const groups: SlideGroup[] = [];
  for (const members of sets.values()) {
    if (members.length < 3) continue;
    let parent: Element | null = members[0].parentElement;
    while (parent && !members.every((m) => parent!.contains(m))) parent = parent.parentElement;
    if (!parent) continue;
    const set = new Set(members);
    const slides = members.map((m) => unitOf(m, parent!, set));
    if (mostlyCaptioned(slides)) groups.push({ parent, slides, evidence: 'lightbox' });
  }
  return [...groups, ...captionedSiblingGroups(captioned)];
}

/**
 * Whether a lightbox set sits in a box of its own: its common ancestor holds
 * little text beside the slides. Photos that zoom but stand apart in the
 * story, paragraphs between them, are the story's figures.
 */
export function lightboxBoxIsSmall(group: SlideGroup, maxExtra: number): boolean {
  const slideText = group.slides.reduce((sum, s) => sum + squash(s.textContent).length, 0);
  return squash(group.parent.textContent).length - slideText <= maxExtra;
}
