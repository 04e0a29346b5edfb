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
