/**
 * Harvests photo galleries before anything is removed: Readability deletes
 * hidden slides and anything whose class says media/related/promo, so the
 * captions must be read first. Each gallery found is read (title, stated
 * count, captions) and then taken out of the story together with its teaser
 * and its "RELATED:" announcer.
 */
import type { Gallery } from './article';
import { GALLERY_OPENER, parsePhotoCount } from './counters';
import { absoluteUrl, climbWhileSmall, isHiddenByMarkup, isInside, linkDensity, squash } from './dom';
import { readCaption, readTitle, slideImageUrl, statedCount } from './gallery-parts';
import { photoKey, type DataGallery } from './data-galleries';
import { absoluteCaptions, mergeCaptions, photoKeys, samePhotos, takeMatching } from './data-join';
import { attributeCaption, captionedByAttributes, lightboxBoxIsSmall } from './lightbox';
import type { PageScan } from './scan';
import { findSlideGroups, type SlideGroup } from './slides';

/** Text a gallery box may hold outside its slides: title, counter, buttons, a credit line. */
const MAX_CHROME_TEXT = 400;
/** A teaser is small: a cover photo, a title, a count and a button. */
const MAX_TEASER_TEXT = 300;
/** Lines that announce a gallery right before (or after) it. */
const ANNOUNCER = /^(?:related|photos|gallery|slideshow|more photos|see also|in pictures)\s*:/i;

interface Found {
  root: Element;
  slides: Element[];
  title: string;
  count: number | null;
  extraCaptions?: Gallery['captions'];
}

/**
 * Whether slides look like story or feature sections, not captioned photos:
 * several long paragraphs each, or (for groups found by structure alone)
 * tab panels or a heading with a lead paragraph in most of them.
 */
function looksLikeStory(slides: Element[], evidence: SlideGroup['evidence']): boolean {
  if (evidence === 'structure') {
    if (slides.some((s) => s.getAttribute('role') === 'tabpanel')) return true;
    const featured = slides.filter((s) => s.querySelector('h1, h2, h3, h4') && [...s.querySelectorAll('p')].some((p) => squash(p.textContent).length > 60));
    if (featured.length > slides.length / 2) return true;
  }
  let long = 0;
  for (const slide of slides) {
    for (const block of slide.querySelectorAll('p, li, blockquote')) if (squash(block.textContent).length > 80) long++;
  }
  return long > slides.length * 1.5;
}

/** A link to another page: not an in-page anchor, a script or the photo file itself (a lightbox). */
function leadsAway(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return !!href && !href.startsWith('#') && !/^javascript:/i.test(href) && !/\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(href);
}

/**
 * Whether the slides are story teasers ("Next on…", "More stories" rails):
 * in most of them the photo links away and nearly all the text is link text.
 * Those are related links with thumbnails, not captioned photos.
 */
function isLinkRail(slides: Element[]): boolean {
  const teasers = slides.filter((slide) => {
    const photoLink = slide.querySelector('img')?.closest('a');
    return !!photoLink && slide.contains(photoLink) && leadsAway(photoLink) && linkDensity(slide) > 0.8;
  });
  return teasers.length >= slides.length * 0.6;
}

function controlsIn(root: Element, controls: Element[]): Element[] {
  return controls.filter((c) => root.contains(c));
}

/** Whether a structural group is backed by a gallery hint: hidden slides, a counter, a control word or photos named in data. */
function hinted(group: SlideGroup, root: Element, controls: Element[], dataKeys: Set<string>, baseUrl: string): boolean {
  if (group.evidence !== 'structure') return true;
  if (group.slides.some(isHiddenByMarkup)) return true;
  if (controlsIn(root, controls).length > 0) return true;
  // Captions kept in attributes for an overlay (data-caption, a lightbox link's title).
  if (captionedByAttributes(group.slides)) return true;
  return group.slides.some((s) => dataKeys.has(photoKey(slideImageUrl(s, baseUrl))));
}

/** A small box around a counter or "See Gallery" button that also shows a photo or a second signal. */
function teaserRoot(control: Element, controls: Element[], body: Element): Element | null {
  const root = climbWhileSmall(control, MAX_TEASER_TEXT, body);
  if (root === control) return null;
  const text = squash(control.textContent);
  const mine = controlsIn(root, controls).map((c) => squash(c.textContent));
  const count = mine.some((t) => parsePhotoCount(t) !== null);
  const opener = mine.some((t) => GALLERY_OPENER.test(t));
  const photo = !!root.querySelector('img, picture');
  if (!(count && (opener || photo)) && !(opener && photo)) return null;
  return squash(root.textContent).length <= MAX_TEASER_TEXT + text.length ? root : null;
}

/** The announcer ("RELATED: Twin suicide bombings…") or teaser right beside a gallery box. */
function neighbours(root: Element, teasers: Element[]): Element[] {
  const out: Element[] = [];
  for (const sibling of [root.previousElementSibling, root.nextElementSibling]) {
    if (!sibling) continue;
    if (teasers.includes(sibling)) out.push(sibling);
    else {
      const text = squash(sibling.textContent);
      if (text.length < 200 && ANNOUNCER.test(text)) out.push(sibling);
    }
  }
  return out;
}

/** Lowest common ancestor of two or more elements. */
function commonAncestor(elements: Element[]): Element | null {
  let ancestor: Element | null = elements[0] ?? null;
  while (ancestor && !elements.every((el) => ancestor!.contains(el))) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The photo address an <img> shows: its src (already un-lazied), else its srcset's first entry. */
function shownUrl(img: Element, baseUrl: string): string {
  return absoluteUrl(img.getAttribute('src') || (img.getAttribute('srcset') ?? '').trim().split(/\s+/)[0], baseUrl) ?? '';
}

/**
 * Finds, reads and removes every gallery of the page from what the page
 * scan found (photos, slides, controls and counters) and the galleries its
 * data declares (JSON-LD, script state: see data-galleries.ts).
 */
export function harvestGalleries(
  body: Element,
  baseUrl: string,
  scan: PageScan,
  data: DataGallery[],
): { galleries: Gallery[]; removed: number; rails: number } {
  const { controls } = scan;
  const dataKeys = new Set(data.flatMap((g) => [...photoKeys(absoluteCaptions(g, baseUrl))]));
  const found: Found[] = [];
  let rails = 0;

  for (const group of findSlideGroups(scan)) {
    if (isInside(group.parent, found.map((f) => f.root))) continue;
    if (looksLikeStory(group.slides, group.evidence)) continue;
    // A "current caption" panel beside the track repeats a photo's alt text or attribute caption.
    const alts = new Set(group.slides.flatMap((s) => [squash(s.querySelector('img')?.getAttribute('alt')), attributeCaption(s)?.text ?? '']).filter((alt) => alt.length > 20));
    const root = climbWhileSmall(group.parent, MAX_CHROME_TEXT, body, alts);
    if (!hinted(group, root, controls, dataKeys, baseUrl)) continue;
    if (group.evidence === 'lightbox' && !lightboxBoxIsSmall(group, MAX_CHROME_TEXT)) continue;
    if (isLinkRail(group.slides)) {
      // What would have gone as a gallery but is a rail of story teasers: it goes as related links.
      root.remove();
      rails++;
      continue;
    }
    const slides = group.slides;
    found.push({ root, slides, title: readTitle(root, slides), count: statedCount(controlsIn(root, controls)) });
  }

  // Data galleries whose photos are on the page: joined to a slideshow found above, or boxed by their photos.
  const unplaced: DataGallery[] = [];
  for (const gallery of data) {
    const keys = photoKeys(absoluteCaptions(gallery, baseUrl));
    const images = scan.images.filter((img) => keys.has(photoKey(shownUrl(img, baseUrl))));
    const known = found.find((f) => images.some((img) => f.root.contains(img)));
    if (known) {
      if (!known.title) known.title = gallery.title;
      known.extraCaptions = absoluteCaptions(gallery, baseUrl);
      continue;
    }
    const ancestor = images.length >= 2 ? commonAncestor(images) : null;
    const root = ancestor && ancestor !== body ? climbWhileSmall(ancestor, MAX_CHROME_TEXT, body) : null;
    if (root && squash(root.textContent).length < 200 * gallery.captions.length + MAX_CHROME_TEXT) {
      found.push({ root, slides: [], title: gallery.title || readTitle(root, []), count: null, extraCaptions: absoluteCaptions(gallery, baseUrl) });
    } else if (gallery.source === 'script' && images.length >= 2) {
      // Script data listing photos that stand apart in the story: the story's own figures, not a gallery.
      continue;
    } else unplaced.push(gallery);
  }

  // Teasers: "9 PHOTOS · title · See Gallery" boxes, beside a gallery or on their own.
  const teasers: Element[] = [];
  for (const control of controls) {
    if (isInside(control, found.map((f) => f.root)) || isInside(control, teasers)) continue;
    const teaser = teaserRoot(control, controls, body);
    if (teaser && !teasers.includes(teaser)) teasers.push(teaser);
  }

  const galleries: Gallery[] = [];
  let removed = 0;
  const usedTeasers = new Set<Element>();
  for (const item of found) {
    let captions = item.slides.length
      ? item.slides.map((s) => readCaption(s, baseUrl, item.title)).filter((c): c is NonNullable<typeof c> => !!c)
      : (item.extraCaptions ?? []);
    if (item.slides.length && item.extraCaptions) {
      const alts = new Map(item.slides.map((s) => [slideImageUrl(s, baseUrl) ?? '', squash(s.querySelector('img')?.getAttribute('alt'))]));
      captions = mergeCaptions(captions, item.extraCaptions, alts);
    }
    let { title, count } = item;
    for (const extra of neighbours(item.root, teasers)) {
      usedTeasers.add(extra);
      const teaserControls = controlsIn(extra, controls);
      title ||= readTitle(extra, []);
      count ??= statedCount(teaserControls);
      extra.remove();
    }
    // A slideshow showing fewer slides than it counts: the rest may be in script data.
    if (count && captions.length < count) {
      const rest = takeMatching(unplaced, title, count, false);
      if (rest) captions = mergeCaptions(captions, absoluteCaptions(rest, baseUrl), new Map());
    }
    item.root.remove();
    removed++;
    galleries.push({ title, photoCount: count ?? captions.length, captions });
  }
  const lone = teasers.filter((t) => !usedTeasers.has(t) && body.contains(t));
  for (const teaser of lone) {
    const title = readTitle(teaser, []);
    const count = statedCount(controlsIn(teaser, controls));
    // "15 PHOTOS" on a teaser whose slides live in the page's data: the captions are the data's.
    const slides = takeMatching(unplaced, title, count, lone.length === 1);
    const captions = slides ? absoluteCaptions(slides, baseUrl) : [];
    // The teaser's first line may be the current slide's caption, not a title.
    const own = captions.some((c) => c.text === title) ? '' : title;
    galleries.push({ title: own || slides?.title || title, photoCount: count ?? captions.length, captions });
    for (const extra of neighbours(teaser, [])) extra.remove();
    teaser.remove();
    removed++;
  }
  // Data galleries the page does not show: reported once, unless a gallery above already holds them.
  for (const gallery of unplaced) {
    const captions = absoluteCaptions(gallery, baseUrl);
    if (galleries.some((g) => samePhotos(g.captions, captions))) continue;
    galleries.push({ title: gallery.title, photoCount: captions.length, captions });
  }
  return { galleries, removed, rails };
}
