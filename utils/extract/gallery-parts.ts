/**
 * Reading one gallery once its box is known: its title, the photo count it
 * states, and one caption per slide (text, credit, photo address).
 */
import type { Caption } from './article';
import { isGalleryControl, parsePhotoCount } from './counters';
import { isCreditLine, splitCredit } from './credits';
import { absoluteUrl, squash } from './dom';
import { attributeCaption, attributePhoto } from './lightbox';
import { blockText } from './text';

/** The photo address of a slide: its first image's src (already un-lazied), else srcset's first entry. */
export function slideImageUrl(slide: Element, baseUrl: string): string | undefined {
  const img = slide.tagName === 'IMG' ? slide : slide.querySelector('img');
  // A slide that names its photo only in an attribute, for the script that builds the viewer.
  if (!img) return absoluteUrl(attributePhoto(slide), baseUrl) ?? undefined;
  const src = img.getAttribute('src') || (img.getAttribute('srcset') ?? '').trim().split(/\s+/)[0];
  return absoluteUrl(src, baseUrl) ?? undefined;
}

/**
 * The caption of one slide: its text lines minus controls and counters, with
 * a credit taken from a line of its own or split off the end of the text.
 */
export function readCaption(slide: Element, baseUrl: string, title: string): Caption | null {
  const lines = blockText(slide)
    .split('\n')
    .map(squash)
    .filter((line) => line && !isGalleryControl(line) && line !== title);
  let credit: string | undefined;
  const textLines: string[] = [];
  for (const line of lines) {
    if (!credit && lines.length > 1 && isCreditLine(line)) credit = line;
    else textLines.push(line);
  }
  let text = textLines.join(' ');
  // A lightbox or slider keeps the caption in attributes, shown only in its overlay; the
  // visible text may be that caption cut short ("… müssen jetzt ...").
  const attributes = attributeCaption(slide);
  const shown = text.replace(/\s*(?:\.{3}|…).*$/, '');
  if (attributes && (!text || (shown.length >= 20 && shown !== text && attributes.text.includes(shown)))) {
    text = attributes.text;
    credit = attributes.credit;
  }
  if (!text) {
    // A photo without caption text: its alt, unless that only repeats the gallery title.
    const alt = squash(slide.querySelector('img')?.getAttribute('alt'));
    if (alt && alt !== title) text = alt;
  }
  if (!credit) {
    const split = splitCredit(text);
    text = split.text;
    credit = split.credit;
  }
  const imageUrl = slideImageUrl(slide, baseUrl);
  if (!text && !imageUrl) return null;
  return { text, ...(credit ? { credit } : {}), ...(imageUrl ? { imageUrl } : {}) };
}

/**
 * The gallery's own title: its first heading outside the slides, else the
 * carousel's aria-label, else a short element whose class says title, else
 * the first short line that is no control, counter or credit. Text that
 * repeats a photo's alt or attribute caption is a caption shown for the
 * current slide, not a title.
 */
export function readTitle(root: Element, slides: Element[]): string {
  // The slides' own box is left out too: it holds the library's clones of them.
  const track = slides[0]?.parentElement;
  const boxes = track && track !== root ? [...slides, track] : slides;
  const alts = new Set(slides.flatMap((slide) => [squash(slide.querySelector('img')?.getAttribute('alt')), attributeCaption(slide)?.text ?? '']).filter(Boolean));
  const outside = (el: Element) => !boxes.some((slide) => slide.contains(el)) && !alts.has(squash(el.textContent));
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
    const text = squash(heading.textContent);
    if (text && outside(heading) && !isGalleryControl(text)) return text;
  }
  const labelled = root.matches('[aria-label]') ? root : root.querySelector('[aria-roledescription="carousel" i][aria-label]');
  const label = squash(labelled?.getAttribute('aria-label'));
  if (label && !isGalleryControl(label)) return label;
  for (const el of root.querySelectorAll('[class*="title" i], [class*="headline" i]')) {
    const text = squash(el.textContent);
    if (text && text.length < 200 && outside(el) && !isGalleryControl(text)) return text;
  }
  // Generated class names: the first short line outside the slides that is neither control nor credit.
  for (const el of root.querySelectorAll('div, span, p, strong, b, a')) {
    if (el.firstElementChild || !outside(el)) continue;
    const text = squash(el.textContent);
    if (text.length >= 8 && text.length < 200 && !isGalleryControl(text) && !isCreditLine(text) && !/^(?:related|photos?)\s*:/i.test(text)) return text;
  }
  return '';
}

/** The largest "N photos" / "x of N" count among the gallery's controls, else null. */
export function statedCount(controls: Element[]): number | null {
  let best: number | null = null;
  for (const control of controls) {
    const count = parsePhotoCount(squash(control.textContent));
    if (count !== null && (best === null || count > best)) best = count;
  }
  return best;
}
