/**
 * Galleries found in a page's data rather than its markup: arrays of slides
 * in framework state or CMS variables (see script-json.ts).
 *
 * The rule, in one sentence: an array of three or more objects that each
 * name a photo (an image address) and that mostly carry caption text
 * (`caption`, `cutline`, or `description` where the array or its items say
 * photo, or carry a credit), none of them a link to another story. An array
 * of story teasers (headline + page address) is an article list, not a
 * gallery, even when its teasers carry pictures and descriptions.
 */
import type { Caption } from './article';
import { squash } from './dom';
import { scriptJsonValues } from './script-json';

/** A gallery known from data: its slides, and where the page declared it. */
export interface DataGallery {
  title: string;
  captions: Caption[];
  /** 'json-ld' for a schema.org ImageGallery, 'script' for inline script data. */
  source: 'json-ld' | 'script';
}

/** Bounds on the walk over a page's data. */
export const DATA_LIMITS = { maxDepth: 40, maxNodes: 200_000, maxGalleries: 20, maxCaptions: 200 };

type Obj = Record<string, unknown>;

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|jfif)(?:[?#]|$)/i;
const URL_LIKE = /^(?:https?:)?\/\/[^\s]+$|^\/[^\s/][^\s]*$/i;
/** Keys that hold a photo (its address, or an object that has one). */
const IMAGE_KEY = /^(?:image|images?_?url|img|src|photo|picture|pic|contentUrl|content_url|original|large|full|fullsize|master|secure_url|asset|media|file|thumbnail|thumb|url|href|uri|link|path|sizes|renditions)$/i;
/** Keys whose object may hold the photo further down. */
const NESTED_IMAGE_KEY = /image|img|photo|picture|media|asset|file|rendition|sizes|src|original|thumbnail/i;
/** Keys that link a teaser to its page. */
const PAGE_KEY = /^(?:url|link|href|permalink|canonical_?url|canonicalUrl|web_?url|article_?url|share_?url|uri|path|slug)$/i;
const HEADLINE_KEY = /^(?:headline|headlines|title|name|heading)$/i;
const CAPTION_KEY = /^(?:caption|captions|caption_?text|caption_?html|cutline|legend|bildunterschrift|legende)$/i;
const DESCRIPTION_KEY = /^(?:description|desc|summary|subtitle|text|body|alt_?text)$/i;
const CREDIT_KEY = /^(?:credit|credits|credit_?text|creditText|byline|photographer|copyright|copyrightHolder|copyright_?holder|source|author|artist|attribution|agency|courtesy)$/i;
/** Item types and array keys that say "these are videos" (a playlist's captions are its clips' teasers). */
const VIDEO_WORD = /video|audio|clip|playlist|podcast|episode|stream/i;
const STREAM_FILE = /\.(?:m3u8|mp4|webm|mpd|mov|mp3|m4a)(?:[?#]|$)/i;
/** Array keys and item types that say "these are photos". */
const PHOTO_WORD = /slide|photo|image|gallery|galerie|picture|foto|bild|media/i;

/** Text from a string, an HTML string, or a rich-text object ({text}, {html}, {basic}, {plain}). */
function textOf(value: unknown, depth = 0): string {
  if (typeof value === 'string') return squash(value.includes('<') ? value.replace(/<[^>]*>/g, ' ') : value).replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
  if (!value || typeof value !== 'object' || depth > 2 || Array.isArray(value)) return '';
  const obj = value as Obj;
  for (const key of ['text', 'plain', 'basic', 'html', 'value', 'rendered', 'content', 'default']) {
    const text = textOf(obj[key], depth + 1);
    if (text) return text;
  }
  return '';
}

/** A credit from a string, a {name} object, an Arc-style {by: [{name}]} or a list of those. */
function creditOf(value: unknown, depth = 0): string {
  if (depth > 3) return '';
  if (typeof value === 'string') return squash(value);
  if (Array.isArray(value)) return [...new Set(value.map((v) => creditOf(v, depth + 1)).filter(Boolean))].join(', ');
  if (value && typeof value === 'object') {
    const obj = value as Obj;
    return creditOf(obj.name ?? obj.by ?? obj.text ?? obj.affiliation, depth + 1);
  }
  return '';
}

/** Whether a string is the address of a photo: an image file, or any address under a photo key. */
function isImageAddress(value: unknown, key: string): value is string {
  if (typeof value !== 'string' || value.length > 2000 || !URL_LIKE.test(value.trim())) return false;
  if (IMAGE_FILE.test(value)) return true;
  return /^(?:https?:)?\/\//i.test(value.trim()) && /image|img|photo|picture|src|contentUrl|original|secure_url/i.test(key);
}

/** The photo address an item names, looking into photo-ish sub-objects up to two levels down. */
function imageOf(obj: Obj, depth = 0): string | undefined {
  for (const [key, value] of Object.entries(obj)) {
    if (IMAGE_KEY.test(key) && isImageAddress(value, key)) return value.trim();
  }
  if (depth >= 2) return undefined;
  for (const [key, value] of Object.entries(obj)) {
    if (!NESTED_IMAGE_KEY.test(key) || !value || typeof value !== 'object') continue;
    const inner = Array.isArray(value) ? value.find((v) => v && typeof v === 'object') : value;
    const found = inner ? imageOf(inner as Obj, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The photo's own sub-object, where captions and credits sometimes live ({image: {url, caption}}). */
function photoObject(obj: Obj): Obj | null {
  for (const [key, value] of Object.entries(obj)) {
    if (NESTED_IMAGE_KEY.test(key) && value && typeof value === 'object' && !Array.isArray(value)) return value as Obj;
  }
  return null;
}

function field(objects: Obj[], pattern: RegExp, read: (v: unknown) => string): string {
  for (const obj of objects) {
    for (const [key, value] of Object.entries(obj)) {
      if (!pattern.test(key)) continue;
      const text = read(value);
      if (text) return text;
    }
  }
  return '';
}

/** An item linking to another page: a page address (not the photo) beside a headline. */
function isTeaser(obj: Obj, image: string | undefined): boolean {
  const link = Object.entries(obj).some(([key, value]) => PAGE_KEY.test(key) && typeof value === 'string' && URL_LIKE.test(value.trim()) && value.trim() !== image && !IMAGE_FILE.test(value));
  const headline = Object.keys(obj).some((key) => HEADLINE_KEY.test(key));
  return link && headline && !Object.keys(obj).some((key) => CAPTION_KEY.test(key));
}

interface Slide {
  caption: Caption;
  captioned: boolean;
  teaser: boolean;
}

function readSlide(obj: Obj, photoArray: boolean): Slide | null {
  const image = imageOf(obj);
  if (!image) return null;
  const kind = `${typeof obj.type === 'string' ? obj.type : ''} ${typeof obj['@type'] === 'string' ? obj['@type'] : ''} ${typeof obj.mediaType === 'string' ? obj.mediaType : ''}`;
  if (VIDEO_WORD.test(kind) || Object.values(obj).some((v) => typeof v === 'string' && STREAM_FILE.test(v))) return null;
  const photo = photoObject(obj);
  const sources = photo ? [obj, photo] : [obj];
  const credit = field(sources, CREDIT_KEY, creditOf);
  const type = typeof obj.type === 'string' ? obj.type : typeof obj['@type'] === 'string' ? (obj['@type'] as string) : '';
  let text = field(sources, CAPTION_KEY, textOf);
  // A description is a caption only where the data says these are photos (or credits them).
  if (!text && (photoArray || credit || PHOTO_WORD.test(type))) text = field(sources, DESCRIPTION_KEY, textOf);
  if (!text && credit && (photoArray || PHOTO_WORD.test(type))) text = field([obj], HEADLINE_KEY, textOf);
  const caption: Caption = { text, ...(credit && credit.length <= 140 ? { credit } : {}), imageUrl: image };
  return { caption, captioned: !!text, teaser: isTeaser(obj, image) };
}

/** The gallery's title from the object holding the slides: its title, headline or name. */
function titleOf(holder: Obj | null): string {
  if (!holder) return '';
  for (const key of ['title', 'headline', 'headlines', 'name', 'galleryTitle', 'gallery_title', 'label']) {
    const text = textOf(holder[key]);
    if (text && text.length < 200) return text;
  }
  return '';
}

/** The slides of `array` when it is a gallery, else null. */
export function gallerySlides(array: unknown[], key: string): Caption[] | null {
  if (array.length < 3 || VIDEO_WORD.test(key)) return null;
  const photoArray = PHOTO_WORD.test(key);
  const slides: Slide[] = [];
  for (const item of array) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
    const slide = readSlide(item as Obj, photoArray);
    if (!slide || slide.teaser) return null;
    slides.push(slide);
  }
  if (slides.filter((s) => s.captioned).length < Math.max(3, slides.length / 2)) return null;
  // One photo listed twice (a "current slide" copy, or sizes of one photo) is one slide.
  const seen = new Set<string>();
  const captions = slides.map((s) => s.caption).filter((c) => {
    const id = `${c.imageUrl}|${c.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return captions.length >= 3 ? captions.slice(0, DATA_LIMITS.maxCaptions) : null;
}

/** Every gallery in `values` (parsed script data), bounded in depth, nodes and count. */
export function findDataGalleries(values: unknown[]): DataGallery[] {
  const galleries: DataGallery[] = [];
  let nodes = 0;
  const walk = (value: unknown, holder: Obj | null, key: string, depth: number): void => {
    if (depth > DATA_LIMITS.maxDepth || ++nodes > DATA_LIMITS.maxNodes || galleries.length >= DATA_LIMITS.maxGalleries) return;
    if (Array.isArray(value)) {
      const captions = gallerySlides(value, key);
      if (captions) {
        galleries.push({ title: titleOf(holder), captions, source: 'script' });
        return;
      }
      for (const item of value) walk(item, holder, key, depth + 1);
    } else if (value && typeof value === 'object') {
      const obj = value as Obj;
      for (const [k, v] of Object.entries(obj)) if (v && typeof v === 'object') walk(v, obj, k, depth + 1);
    }
  };
  for (const value of values) walk(value, null, '', 0);
  return dedupe(galleries);
}

/** The key two addresses of one photo share: the file name, less sizes and query ("photo-800x600.jpg?w=300" → "photo"). */
export function photoKey(url: string | undefined): string {
  if (!url) return '';
  const path = url.split(/[?#]/)[0];
  const file = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return file.replace(/\.[a-z0-9]{2,5}$/, '').replace(/[-_]\d{2,5}x\d{2,5}$/, '') || path;
}

/** One gallery per set of photos: state often holds the same gallery twice (normalised entities, a cache). */
export function dedupe(galleries: DataGallery[]): DataGallery[] {
  const out: DataGallery[] = [];
  for (const gallery of galleries) {
    const keys = new Set(gallery.captions.map((c) => photoKey(c.imageUrl)));
    const same = out.findIndex((other) => {
      const otherKeys = other.captions.map((c) => photoKey(c.imageUrl));
      const shared = otherKeys.filter((k) => keys.has(k)).length;
      return shared >= Math.min(keys.size, otherKeys.length) * 0.8;
    });
    if (same === -1) out.push(gallery);
    else if (gallery.captions.length > out[same].captions.length) out[same] = { ...gallery, title: gallery.title || out[same].title };
    else if (!out[same].title) out[same].title = gallery.title;
  }
  return out;
}

/** The galleries in a page's inline script data: the head's scripts and the body's (as the scan listed them). */
export function scriptGalleries(head: Element | null, bodyScripts: Element[]): DataGallery[] {
  const headScripts = head ? [...head.querySelectorAll('script:not([src])')] : [];
  return findDataGalleries(scriptJsonValues([...headScripts, ...bodyScripts]));
}
