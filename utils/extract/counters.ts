/**
 * The words a gallery shows around its photos: photo counts ("9 PHOTOS",
 * "1 of 9") and controls ("See Gallery", "HIDE CAPTION", "Next"). They tell
 * a gallery apart from a story, and none of them may reach the story text.
 */

const COUNT_WORDS = 'photos?|images?|pictures?|pics|slides?|fotos?|photographs?';

/** "9 PHOTOS", "View 15 images", "Gallery: 12 photos", "(9)" after "Photos". */
const STATED_COUNT = new RegExp(`(?:^|\\b)(\\d{1,3})\\s*(?:${COUNT_WORDS})\\b`, 'i');
/** "1 of 9", "1 / 9", "Image 3 of 12", "1/9". */
const POSITION = /(?:^|\b)(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})\b/i;

/**
 * The total number of photos a counter states, or null. "9 PHOTOS" → 9,
 * "1 of 9" → 9, "Image 3 / 12" → 12. Only short texts count: a number of
 * photos inside a sentence is story, not a counter.
 */
export function parsePhotoCount(text: string): number | null {
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!value || value.length > 40) return null;
  const stated = STATED_COUNT.exec(value);
  if (stated) return Number(stated[1]) || null;
  const position = POSITION.exec(value);
  if (position && /^(?:(?:photo|image|picture|slide|foto)s?\s*)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i.test(value)) {
    const [, at, total] = position.map(Number);
    return total >= at && total > 0 ? total : null;
  }
  return null;
}

/** Texts that are gallery or slideshow controls when they are the whole text of an element ("+10": more photos behind the last thumbnail). */
const CONTROL =
  /^(?:see|view|open|launch|start|browse|show|expand|enter) (?:the |full )?(?:gallery|slideshow|slide show|photos?|images?|all|all photos|captions?|fullscreen)$|^(?:hide|show|toggle) captions?$|^see all$|^view all$|^back to (?:slide|slideshow|gallery|article|story)$|^(?:next|previous|prev|next slide|previous slide|next photo|previous photo|next image|previous image|close|close gallery|exit full ?screen|full ?screen|autoplay|enlarge|expand|replay|play|pause|skip ad)$|^(?:gallery|slideshow|photo gallery|photos)$|^\+ ?\d{1,3}(?: more)?$/i;

/** Whether `text` (one short element's whole text) is a gallery control or counter. */
export function isGalleryControl(text: string): boolean {
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!value || value.length > 40) return false;
  return CONTROL.test(value) || parsePhotoCount(value) !== null;
}

/** Words that open or announce a gallery; finding one marks a teaser. */
export const GALLERY_OPENER = /^(?:see|view|open|launch|start|browse) (?:the |full )?(?:gallery|slideshow|slide show|photos|all \d+ photos|\d+ photos)$/i;
