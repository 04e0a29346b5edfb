/**
 * Removes what sits around a story but is not story: signup boxes, ad slots
 * and their labels, related/most-popular link lists, share bars and
 * "Read Full Story"-style links away. Every rule is conservative: a box is
 * removed only when it is small or made of links, so story text survives.
 */
import type { RemovedCounts } from './article';
import { classAndId, climbWhileSmall, isInside, linkDensity, squash } from './dom';

type Counts = Pick<RemovedCounts, 'ads' | 'signups' | 'related' | 'other'>;

/** Signup wording: a box with these words and little else is a newsletter promo. */
const SIGNUP_WORDS = /\b(?:sign(?:ing)? up|subscribe|newsletters?|inbox|unsubscribe)\b/i;
/** Opening words of a one-line signup promo inside the story. */
const SIGNUP_LEAD = /^(?:sign up (?:for|to)|subscribe to (?:our|the)|get (?:our|the) [\w\s-]{0,40}newsletter|want (?:more|the latest)[^.?]{0,60}\? sign up|(?:daily|weekly|free)? ?newsletter:)/i;
/** Whole texts of ad labels. */
const AD_LABEL = /^(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|story continues below(?: this)? advertisement|article continues below(?: this)? (?:ad|advertisement)|continue reading (?:the main story|below)|scroll to continue(?: with content)?|anzeige|publicité|publicidad)$/i;
/** Ad containers by class or id token (split on - _ and space so "shadow" or "header" never match). */
const AD_TOKEN = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|adslot|ad-slot|adunit|dfp|gpt-ad|adsbygoogle|sponsored|taboola|outbrain)(?:$|[\s_-])/;
/** Headings of link lists that point elsewhere. */
const RELATED_HEADING = /^(?:related(?: stories| articles| content| coverage| links| news| reading)?|recommended(?: for you| stories| reading)?|(?:more|also) (?:from|on|in) [\w\s.'’-]{1,40}|more stories|more news|most (?:popular|read|viewed|shared|emailed)|trending(?: now| stories)?|popular (?:now|stories)|you (?:may|might) (?:also )?like|don'?t miss|editors'? picks|top stories|what to read next|read next|up next|latest news)\s*:?$/i;
/** Single-line link announcers in the story ("RELATED: …", "READ MORE: …"). */
const RELATED_LINE = /^(?:related|read more|more|see also|read also|also read|watch|recommended|further reading|click here)\s*:/i;
/** Share buttons' words (or their aria-labels). */
const SHARE_WORD = /^(?:share(?: on| via| this| article| story)?(?: \w+)?|tweet|email|e-mail|mail|print|copy(?: link)?|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|telegram|messenger|comments?|save|bookmark|\d+)$/i;
const SHARE_HREF = /facebook\.com\/sharer|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|wa\.me\/|api\.whatsapp|pinterest\.[a-z]+\/pin\/create|reddit\.com\/submit|^mailto:\?|share\.flipboard|t\.me\/share/i;
/** Links that lead away from the story instead of continuing it. */
const CALL_TO_ACTION = /^(?:read (?:the )?(?:full|whole|complete|entire|original) (?:story|article|report)|continue reading|keep reading|read more|view (?:the )?(?:full|original) (?:story|article)|read (?:the )?rest of (?:the|this) (?:story|article)|read on)\b[\s›»>→.…]*$/i;

/** The box around `el` holding nothing but the same kind of widget. */
function box(el: Element, maxExtra: number, body: Element): Element {
  return climbWhileSmall(el, maxExtra, body);
}

/** Short texts worth a second look, found in one pass over the text nodes. */
interface Scan {
  adLabels: Element[];
  relatedHeadings: Element[];
  relatedLines: Element[];
  signupLines: Element[];
}

function scanTexts(body: Element): Scan {
  const scan: Scan = { adLabels: [], relatedHeadings: [], relatedLines: [], signupLines: [] };
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 400) continue;
    const text = squash(value);
    const parent = node.parentElement;
    if (!text || !parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION|A|BUTTON)$/.test(parent.tagName)) continue;
    if (text.length <= 60 && AD_LABEL.test(text)) scan.adLabels.push(parent);
    else if (text.length <= 60 && RELATED_HEADING.test(text)) scan.relatedHeadings.push(parent);
    else if (text.length <= 30 && RELATED_LINE.test(text)) scan.relatedLines.push(parent);
    if (SIGNUP_WORDS.test(text)) scan.signupLines.push(parent);
  }
  return scan;
}

function removeSignups(doc: Document, body: Element, scan: Scan, counts: Counts): void {
  const boxes = new Set<Element>();
  for (const input of doc.querySelectorAll('input[type="email" i], input[name*="email" i], input[placeholder*="email" i]')) {
    const root = box(input.closest('form') ?? input, 350, body);
    const text = squash(root.textContent);
    // A login or comment form holds an email field too; a signup box says so.
    if (text.length < 600 && SIGNUP_WORDS.test(text)) boxes.add(root);
  }
  for (const line of scan.signupLines) {
    const block = line.closest('p, li, div, aside, section');
    if (!block || block === body || isInside(block, boxes)) continue;
    const text = squash(block.textContent);
    if (text.length > 250 || !SIGNUP_LEAD.test(text)) continue;
    boxes.add(box(block, 200, body));
  }
  for (const root of boxes) {
    if (!root.isConnected || isInside(root, [...boxes].filter((b) => b !== root))) continue;
    // Their legal small print ("You may unsubscribe any time") sits just after them.
    const next = root.nextElementSibling;
    if (next && squash(next.textContent).length < 300 && /unsubscribe|privacy policy|terms of (?:use|service)/i.test(next.textContent ?? '')) next.remove();
    root.remove();
    counts.signups++;
  }
}

function removeAds(doc: Document, body: Element, scan: Scan, counts: Counts): void {
  const removed: Element[] = [];
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if (el === body || !AD_TOKEN.test(classAndId(el).replace(/\s+/g, ' ')) || isInside(el, removed)) continue;
    const text = squash(el.textContent);
    if (text.length > 150 && !AD_LABEL.test(text)) continue;
    removed.push(el);
  }
  for (const label of scan.adLabels) {
    if (isInside(label, removed)) continue;
    // The label's own box, when that box holds nothing else (an empty ad slot).
    if (squash(label.textContent).length <= 60) removed.push(box(label, 0, body));
  }
  for (const el of removed) {
    if (!el.isConnected) continue;
    el.remove();
    counts.ads++;
  }
}

function removeRelated(body: Element, scan: Scan, counts: Counts): void {
  const removed: Element[] = [];
  for (const heading of scan.relatedHeadings) {
    if (isInside(heading, removed)) continue;
    const label = squash(heading.textContent);
    if (label.length > 60 || !RELATED_HEADING.test(label)) continue;
    // The list is the heading's container: mostly links, at least two of them.
    let container: Element | null = heading.parentElement;
    for (let depth = 0; container && container !== body && depth < 4; depth++, container = container.parentElement) {
      if (container.querySelectorAll('a[href]').length >= 2) break;
    }
    if (!container || container === body || container.tagName === 'ARTICLE' || container.tagName === 'MAIN') continue;
    const all = squash(container.textContent);
    if (all.length > 3000 || linkDensity(container, all) < 0.5) continue;
    removed.push(container);
  }
  for (const lead of scan.relatedLines) {
    const line = lead.closest('p, li, div, h4, h5, h6');
    if (!line || line === body || isInside(line, removed)) continue;
    const text = squash(line.textContent);
    if (text.length > 200 || !RELATED_LINE.test(text) || !line.querySelector('a[href]')) continue;
    if (linkDensity(line, text) < 0.5) continue;
    removed.push(line);
  }
  for (const el of removed) {
    if (!el.isConnected) continue;
    el.remove();
    counts.related++;
  }
}

/** Share bars (two or more share buttons in one small box) and calls to action that lead away. */
function removeButtons(doc: Document, body: Element, counts: Counts): void {
  const parents = new Map<Element, number>();
  for (const el of doc.querySelectorAll('a, button')) {
    if (!el.isConnected) continue;
    const text = squash(el.textContent);
    if (text.length <= 60 && CALL_TO_ACTION.test(text)) {
      // Only a link standing alone in its block: "read more" inside a sentence is the sentence's.
      const root = box(el, 0, body);
      if (squash(root.textContent) === text) {
        root.remove();
        counts.other++;
      }
      continue;
    }
    const label = text || squash(el.getAttribute('aria-label')) || squash(el.getAttribute('title'));
    const shareClass = /share|social/.test(classAndId(el) + classAndId(el.parentElement ?? el));
    if (!SHARE_HREF.test(el.getAttribute('href') ?? '') && !(label && SHARE_WORD.test(label) && shareClass)) continue;
    const parent = el.parentElement?.tagName === 'LI' ? el.parentElement.parentElement : el.parentElement;
    if (parent) parents.set(parent, (parents.get(parent) ?? 0) + 1);
  }
  for (const [parent, buttons] of parents) {
    if (buttons < 2 || !parent.isConnected || parent === body) continue;
    const root = box(parent, 40, body);
    if (squash(root.textContent).length > 200) continue;
    root.remove();
    counts.other++;
  }
}

/** Removes signup boxes, ads, related lists, share bars and calls to action from `doc`, counting each. */
export function removeBoilerplate(doc: Document): Counts {
  const counts: Counts = { ads: 0, signups: 0, related: 0, other: 0 };
  const body = doc.body;
  if (!body) return counts;
  const scan = scanTexts(body);
  removeSignups(doc, body, scan, counts);
  removeAds(doc, body, scan, counts);
  removeRelated(body, scan, counts);
  removeButtons(doc, body, counts);
  return counts;
}
