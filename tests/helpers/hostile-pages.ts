/**
 * Pages built to be hard on a reader: huge, deep, one giant text node, an
 * article inside a shadow root. Generated (they would be megabytes as
 * fixtures); shared by the e2e test and `npm run bench:hostile`.
 */

const STORY = [
  'The harbour council approved the long-debated expansion plan on Monday after a session that ran past midnight, ending two years of argument over the cost and the noise.',
  'Supporters said the new berths would bring container traffic back to the town for the first time since the old quay closed, and with it several hundred jobs.',
  'Opponents, mostly residents of the streets above the docks, asked for limits on night work and for a study of the traffic the new terminal would draw through the old town.',
  'The plan now goes to the regional authority, which has six months to rule on it. Construction is due to start next spring if the ruling is favourable.',
  'The mayor said the vote showed that the town could still decide big things for itself, and thanked the residents who had come to every one of the hearings.',
];

/** The marker sentence tests look for in the extracted article. */
export const STORY_MARKER = 'Construction is due to start next spring';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved</title>${head}</head><body>${body}</body></html>`;
}

const article = `<article><h1>Harbour plan approved</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;

/** `elements` elements in all: the story plus a sprawling sidebar of link lists and widgets. */
export function hugePage(elements = 100_000): string {
  const perItem = 4; // li > a > span + span
  const items = Math.max(0, Math.floor((elements - 20) / perItem));
  const list: string[] = [];
  for (let i = 0; i < items; i++) list.push(`<li><a href="/t/${i}"><span>Topic ${i}</span></a><span class="icon"></span></li>`);
  return page(`<header><nav><a href="/">Home</a></nav></header><main>${article}</main><aside><ul>${list.join('')}</ul></aside>`);
}

/**
 * `depth` nested divs, written in the HTML. Chromium's parser caps nesting
 * at 512 levels and adds the rest as siblings, so this is as deep as a
 * parsed page gets; the story is at the bottom.
 */
export function deepPage(depth = 10_000): string {
  return page(`${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}`);
}

/**
 * `depth` nested divs built by the page's own script (no parser cap), in a
 * hidden block beside the story: Chromium's renderer itself crashes laying
 * out a few thousand levels, so a page that shows them cannot be clicked.
 */
export function scriptDeepPage(depth = 10_000): string {
  const build = `(() => { let at = document.getElementById('deep');
    for (let i = 0; i < ${depth}; i++) { const div = document.createElement('div'); at.append(div); at = div; }
    at.append('bottom'); })();`;
  return page(`${article}<div id="deep" hidden></div><script>${build}</script>`);
}

/**
 * The story, then one paragraph holding a single text node of `bytes`
 * characters. `hidden`: in a hidden block. Shown, Chromium itself spends
 * minutes laying it out, and no script (Lede's included) runs in the page
 * meanwhile; hidden, the page is usable and only the engine meets it.
 */
export function bigTextPage(bytes = 50 * 1024 * 1024, { hidden = false } = {}): string {
  const word = 'lorem ipsum dolor sit amet ';
  return page(`${article}<p${hidden ? ' hidden' : ''}>${word.repeat(Math.ceil(bytes / word.length)).slice(0, bytes)}</p>`);
}

/** The story inside an open (declarative) shadow root, its light DOM nearly empty. */
export function shadowPage(): string {
  return page(`<news-story><template shadowrootmode="open"><style>p{margin:0}</style>${article}</template></news-story><footer><a href="/">Home</a></footer>`);
}
