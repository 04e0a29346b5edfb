/**
 * Joining galleries known from data (JSON-LD, script state) with what the
 * page's markup shows: the same photos in a slideshow, a teaser that states
 * a count ("15 PHOTOS") while its slides live only in script data, or
 * nothing at all. A gallery is reported once, with every caption the page
 * has for it.
 */
import type { Caption } from './article';
import { photoKey, type DataGallery } from './data-galleries';
import { absoluteUrl, squash } from './dom';

/** The gallery's captions with absolute photo addresses. */
export function absoluteCaptions(gallery: DataGallery, baseUrl: string): Caption[] {
  return gallery.captions.map((c) => {
    const imageUrl = absoluteUrl(c.imageUrl, baseUrl) ?? undefined;
    const { imageUrl: _, ...rest } = c;
    return imageUrl ? { ...rest, imageUrl } : rest;
  });
}

/** The photo keys of a gallery (see photoKey), empty keys left out. */
export function photoKeys(captions: Caption[]): Set<string> {
  return new Set(captions.map((c) => photoKey(c.imageUrl)).filter(Boolean));
}

/** Whether two caption lists describe the same photos: half of the smaller shares a photo or a caption text. */
export function samePhotos(a: Caption[], b: Caption[]): boolean {
  if (!a.length || !b.length) return false;
  const keys = photoKeys(a);
  const texts = new Set(a.map((c) => squash(c.text)).filter((t) => t.length > 15));
  const shared = b.filter((c) => keys.has(photoKey(c.imageUrl)) || texts.has(squash(c.text))).length;
  return shared >= Math.max(1, Math.min(a.length, b.length) / 2);
}

/**
 * The captions of one gallery seen both in the markup and in data. The data
 * names a credit or a fuller caption where the page shows only the photo
 * (or its alt); when the data holds more photos than the markup shows (a
 * slideshow that renders one slide at a time), the data's list is the
 * gallery, with the markup's text kept for the photos it shows.
 */
export function mergeCaptions(shown: Caption[], data: Caption[], alts: Map<string, string>): Caption[] {
  const byKey = new Map(data.map((c) => [photoKey(c.imageUrl), c]));
  for (const caption of shown) {
    const match = byKey.get(photoKey(caption.imageUrl));
    if (!match) continue;
    // The page's caption may be only the photo's alt text ("Rendering 1"): the declared caption says more.
    if (match.text && (!caption.text || caption.text === alts.get(caption.imageUrl ?? ''))) caption.text = match.text;
    if (match.credit && !caption.credit) caption.credit = match.credit;
  }
  if (data.length <= shown.length) return shown;
  const shownByKey = new Map(shown.map((c) => [photoKey(c.imageUrl), c]));
  return data.map((c) => {
    const seen = shownByKey.get(photoKey(c.imageUrl));
    return seen && !c.text ? { ...c, text: seen.text } : c;
  });
}

const normal = (text: string) => squash(text).toLowerCase();

/**
 * Takes from `unplaced` the data gallery a teaser (or a slideshow showing
 * fewer slides than its count) stands for: the one with the same title, else
 * the one with as many photos as stated, else the only one when the page
 * has no other candidate and its size does not contradict the stated count
 * (at most the count, at least half of it). Returns null when none fits.
 */
export function takeMatching(unplaced: DataGallery[], title: string, count: number | null, onlyCandidate: boolean): DataGallery | null {
  let index = title ? unplaced.findIndex((g) => g.title && normal(g.title) === normal(title)) : -1;
  if (index === -1 && count) index = unplaced.findIndex((g) => g.captions.length === count);
  // The page's only data gallery, unless the teaser counts a clearly different number of photos.
  const near = (n: number) => !count || (n <= count && n >= count / 2);
  if (index === -1 && onlyCandidate && unplaced.length === 1 && near(unplaced[0].captions.length)) index = 0;
  return index === -1 ? null : unplaced.splice(index, 1)[0];
}
