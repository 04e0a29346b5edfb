/**
 * Photo credits at the end of captions: "REUTERS/Umit Bektas", "(Photo by
 * Erhan Ortac/Getty Images)", "AFP PHOTO / ADEM ALTAN", "AP Photo/Evan Vucci",
 * "Photo: Jane Doe". Agencies write them in a few fixed shapes; anything else
 * stays in the caption text.
 */

/** Where a credit can start. Each must be followed by the rest of the caption only. */
const CREDIT_STARTS: RegExp[] = [
  // An agency name in capitals followed by a slash: REUTERS/…, AFP PHOTO / …, EPA-EFE/…
  /\b[A-Z][A-Z-]{1,}(?: PHOTO)?\s?\/\s?(?=\S)/g,
  // AP Photo/…, File Photo/…, Getty Images/…
  /\b(?:AP|File|Pool|Handout) Photo\s?\//gi,
  // (Photo by …), (Photo credit should read …), (Image: …), (Credit: …)
  /\((?:[A-Z][\w.]*\s)?(?:photos?|image|picture|credit|courtesy)\b[^)]*\)/gi,
  // Photo: …, Photograph by …, Credit: …, Image courtesy of …
  // Only at a sentence boundary, so "FILE PHOTO: …" opening a caption is not taken for one.
  /(?<=^|[.!?)\]]\s|\s[-–—|]\s)(?:photo|photograph|photographer|image|picture|credit|courtesy)s?(?: by| courtesy of|:)\s?(?=\S)/gi,
];

/** A credit longer than this is a sentence, not a credit. */
const MAX_CREDIT = 140;

/**
 * Splits a caption into its text and its trailing credit. Returns the text
 * unchanged, with no credit, when no credit shape ends the caption.
 */
export function splitCredit(caption: string): { text: string; credit?: string } {
  const value = caption.replace(/[\s\u00a0]+/g, ' ').trim();
  let start = -1;
  for (const pattern of CREDIT_STARTS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
      if (value.length - match.index > MAX_CREDIT) continue;
      if (start === -1 || match.index < start) start = match.index;
      break;
    }
  }
  if (start === -1) return { text: value };
  const text = value.slice(0, start).replace(/[\s\-–—|:;,]+$/, '').trim();
  const credit = value.slice(start).trim();
  // A caption that is all credit keeps its words as text: there is nothing to split.
  if (!text) return { text: value };
  return { text, credit };
}

const CREDIT_LINE = [
  /^\(?(?:photos?|photograph(?:er)?|image|picture|credit|courtesy)\b[\s\S]*$/i,
  /^©/,
  /^[A-Z][\w.&' -]{0,40}\s?\/\s?[\w.&' \/-]{1,60}$/,
  /^(?:getty images|ap|afp|reuters|epa|shutterstock|associated press|bloomberg)$/i,
];

/** Whether a whole short text is only a credit ("Getty Images", "Photo: AP", "Jane Doe/Reuters"). */
export function isCreditLine(text: string): boolean {
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!value || value.length > 80) return false;
  return CREDIT_LINE.some((pattern) => pattern.test(value));
}

/** "Photo: …", "Photos by …", "(Image credit: …)", "Picture courtesy of …", "Credit: …": the word, then a colon, "by" or "courtesy". */
const WORDED_CREDIT = /^\(?(?:(?:photo(?:graph)?|image|picture)s?(?: credits?)? ?(?::|by\b|courtesy\b)|credits? ?:|courtesy\b)/i;

/**
 * Whether a whole short line names its credit in words ("Photo: …",
 * "(Image credit: …)", "Getty Images"); "Photo submissions rose by a third."
 * is a sentence about photos, not a credit.
 */
export function isWordedCredit(text: string): boolean {
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return value.length > 0 && value.length <= 80 && (WORDED_CREDIT.test(value) || CREDIT_LINE[3].test(value));
}

/** "Jane Doe/Reuters", "AFP / MARCO BERTORELLO", "(FEI/Christophe Taniere)": a few capitalised words each side of a slash. */
const SLASH_CREDIT = /^\(?\p{Lu}[\p{L}.&'’ -]{0,40}\s?\/\s?\p{L}[\p{L}.&'’ /-]{0,50}\)?$/u;

/**
 * Whether a whole short line is a copyright notice: it holds a © with no
 * sentence before it ("© 2020 Example Inc. All Rights Reserved", "(© FEI/Jane Doe)").
 */
export function isCopyrightLine(text: string): boolean {
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  const at = value.indexOf('©');
  // A sentence before the © is a title or a caption signed at its end ("… why do I bother. © 2003 J. Doe"): it stays.
  return at >= 0 && value.length <= 120 && !/[.!?…]["'”»)]*\s*\(?$/.test(value.slice(0, at));
}

/**
 * Whether a whole line has the shape of a photo credit in any language: a
 * slash credit, or one word and a colon before one ("Bild: Werk/Jane Doe").
 * The shape alone also fits "Verstappen/Kvyat" in a results table, so the
 * caller asks for a picture beside it.
 */
export function isSlashCredit(text: string): boolean {
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!value || value.length > 80 || value.split(' ').length > 8) return false;
  if (SLASH_CREDIT.test(value)) return true;
  const label = /^\p{L}+ ?: ?(.+)$/u.exec(value);
  return !!label && SLASH_CREDIT.test(label[1]);
}
