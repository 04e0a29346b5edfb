/**
 * Removes what sits around a story but is not story: signup boxes, ad slots
 * and their labels, related/most-popular link lists, share bars and
 * "Read Full Story"-style links away. Every rule is conservative: a box is
 * removed only when it is small or made of links, so story text survives.
 */
import type { RemovedCounts } from './article';
import { classAndId, climbWhileSmall, isInside, linkDensity, squash } from './dom';
import { AD_LABEL, CALL_TO_ACTION, RELATED_HEADING, RELATED_LINE, SHARE_HREF, SHARE_WORD, SIGNUP_LEAD, SIGNUP_WORDS } from './patterns';
import type { PageScan } from './scan';

type Counts = Pick<RemovedCounts, 'ads' | 'signups' | 'related' | 'other'>;

function removeSignups(body: Element, scan: PageScan, counts: Counts): void {
  const boxes = new Set<Element>();
  for (const input of scan.emailInputs) {
    const form = input.closest('form');
    // A comment or login form holds an email field too: it has a text area or a password.
    if (form?.querySelector('textarea, input[type="password" i]')) continue;
    const root = climbWhileSmall(form ?? input, 350, body);
    const text = squash(root.textContent);
    // A signup box says so, and is small in itself and next to the story:
    // a "signup box" the size of the story is the story.
    if (text.length < 600 && text.length < scan.paragraphChars * 0.3 && SIGNUP_WORDS.test(text)) boxes.add(root);
  }
  for (const line of scan.signupLines) {
    const block = line.closest('p, li, div, aside, section');
    if (!block || block === body || isInside(block, boxes)) continue;
    const text = squash(block.textContent);
    if (text.length > 250 || !SIGNUP_LEAD.test(text)) continue;
    boxes.add(climbWhileSmall(block, 200, body));
  }
  for (const root of boxes) {
    if (!body.contains(root) || isInside(root, [...boxes].filter((b) => b !== root))) continue;
    // Their legal small print ("You may unsubscribe any time") sits just after them.
    const next = root.nextElementSibling;
    if (next && squash(next.textContent).length < 300 && /unsubscribe|privacy policy|terms of (?:use|service)/i.test(next.textContent ?? '')) next.remove();
    root.remove();
    counts.signups++;
  }
}

function removeAds(body: Element, scan: PageScan, counts: Counts): void {
  const removed: Element[] = [];
  for (const el of scan.adBoxes) {
    if (el === body || isInside(el, removed)) continue;
    const text = squash(el.textContent);
    if (text.length > 150 && !AD_LABEL.test(text)) continue;
    removed.push(el);
  }
  for (const label of scan.adLabels) {
    if (isInside(label, removed)) continue;
    // The label's own box, when that box holds nothing else (an empty ad slot).
    if (squash(label.textContent).length <= 60) removed.push(climbWhileSmall(label, 0, body));
  }
  for (const el of removed) {
    if (!body.contains(el)) continue;
    el.remove();
    counts.ads++;
  }
}

function removeRelated(body: Element, scan: PageScan, counts: Counts): void {
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
    const density = linkDensity(container, all);
    if (all.length > 3000 || density < 0.5) continue;
    // Never a box holding a real share of the page's paragraph text, however many links it has.
    if (all.length * (1 - density) > scan.paragraphChars * 0.2) continue;
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
    if (!body.contains(el)) continue;
    el.remove();
    counts.related++;
  }
}

/** Share bars (two or more share buttons in one small box) and calls to action that lead away. */
function removeButtons(body: Element, scan: PageScan, counts: Counts): void {
  const parents = new Map<Element, number>();
  for (const el of scan.links) {
    // Whether the link is still on the page (an earlier pass may have removed it) is asked only of the
    // few that a rule acts on: most links are neither a call to action nor a share button.
    const text = squash(el.textContent);
    if (text.length <= 60 && CALL_TO_ACTION.test(text)) {
      if (!body.contains(el)) continue;
      // Only a link standing alone in its block: "read more" inside a sentence is the sentence's.
      const root = climbWhileSmall(el, 0, body);
      if (root !== el && squash(root.textContent) === text) {
        root.remove();
        counts.other++;
      }
      continue;
    }
    // Cheapest test first: most links are neither (the outcome is the same in any order).
    if (!SHARE_HREF.test(el.getAttribute('href') ?? '')) {
      const label = text || squash(el.getAttribute('aria-label')) || squash(el.getAttribute('title'));
      if (!label || !SHARE_WORD.test(label) || !/share|social/.test(classAndId(el) + classAndId(el.parentElement ?? el))) continue;
    }
    if (!body.contains(el)) continue;
    const parent = el.parentElement?.tagName === 'LI' ? el.parentElement.parentElement : el.parentElement;
    if (parent) parents.set(parent, (parents.get(parent) ?? 0) + 1);
  }
  for (const [parent, buttons] of parents) {
    if (buttons < 2 || !body.contains(parent) || parent === body) continue;
    // Climb only past a "Share" label, never past a byline or date beside the bar.
    const root = climbWhileSmall(parent, 12, body);
    if (squash(root.textContent).length > 200) continue;
    root.remove();
    counts.other++;
  }
}

/**
 * Removes signup boxes, ads, related lists, share bars and calls to action
 * found by the page scan, counting each.
 */
export function removeBoilerplate(body: Element, scan: PageScan): Counts {
  const counts: Counts = { ads: 0, signups: 0, related: 0, other: 0 };
  removeSignups(body, scan, counts);
  removeAds(body, scan, counts);
  removeRelated(body, scan, counts);
  removeButtons(body, scan, counts);
  return counts;
}
