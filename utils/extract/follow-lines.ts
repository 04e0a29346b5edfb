/**
 * The "follow us" lines that end a story: a paragraph pointing the reader to
 * the publisher's social accounts, app-store pages or mail address ("Follow
 * The Gleaner on Twitter and Instagram…", "Puede escribirnos a … o seguir a
 * Materia en Facebook, Twitter…", "download the … apps for iOS and
 * Android"). Recognised by where its links lead, so in any language.
 */
import { isProse, type Block } from './blocks';
import type { RemovalTrace } from './structure';

/** Hosts of social networks' profiles and app stores (a post or video on them is an embed or a source). */
const FOLLOW_HOST = /(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|tiktok\.com|t\.me|whatsapp\.com|apps\.apple\.com|itunes\.apple\.com|play\.google\.com)$/;
/** Paths of a single post, video or status: the story quoting the network, not pointing to an account. */
const POST_PATH = /\/(?:status|statuses|p|reel|posts|videos?|watch|photo|story|events)\//;

/** Whether `href` leads to a mail address, an account on a social network or an app-store page. */
function isFollowLink(href: string, base: string): boolean {
  if (/^mailto:/i.test(href)) return true;
  try {
    const url = new URL(href, base);
    return FOLLOW_HOST.test(url.hostname.replace(/^www\./, '')) && !POST_PATH.test(`${url.pathname}/`);
  } catch {
    return false;
  }
}

/**
 * Removes the run of follow lines that ends the story (`blocks`: the pick's
 * innermost blocks, in order): from the end back, paragraphs of at most 300
 * characters with two or more links, every one to a mail address, a social
 * account or an app store, while a paragraph of prose stays before them.
 * Returns the blocks that went.
 */
export function removeFollowLines(blocks: Block[], url: string, trace?: RemovalTrace): Set<Element> {
  const removed = new Set<Element>();
  let i = blocks.length - 1;
  const run: Block[] = [];
  for (; i >= 0; i--) {
    const b = blocks[i];
    if (b.el.tagName !== 'P' || b.text.length > 300) break;
    const links = [...b.el.getElementsByTagName('a')].map((a) => a.getAttribute('href') ?? '').filter(Boolean);
    // Two or more: one link to an app's store page is a review's, a publisher's trailer names its channels.
    if (links.length < 2 || !links.every((href) => isFollowLink(href, url))) break;
    run.push(b);
  }
  if (!run.length || !blocks.slice(0, i + 1).some(isProse)) return removed;
  for (const b of run) {
    trace?.('follow-line', b.text);
    b.el.remove();
    removed.add(b.el);
  }
  return removed;
}
