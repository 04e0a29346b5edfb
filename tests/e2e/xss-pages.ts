/**
 * The XSS corpus wrapped into article pages: vectors in the story, inside
 * sentences, in figures and gallery captions, in the title and byline, in
 * JSON-LD and in attributes. Each page carries a CSP of its own so the
 * page's tab runs none of them: any beacon that arrives came from Lede.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { xssVectors, type Vector } from '../helpers/xss-vectors';

const STORY = [
  'The harbour council approved the long-debated expansion plan on Monday after a session that ran past midnight.',
  'Supporters said the new berths would bring container traffic back to the town, and with it several hundred jobs.',
  'Opponents asked for limits on night work and for a study of the traffic the new terminal would draw.',
  'Construction is due to start next spring if the regional authority rules in favour of the plan.',
];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One article page holding `vectors` in every kind of place. */
export function xssPage(vectors: Vector[], beacon: string): string {
  const html = vectors.map((v) => v.html);
  const third = Math.ceil(html.length / 3);
  const [inStory, inFigures, inAttrs] = [html.slice(0, third), html.slice(third, 2 * third), html.slice(2 * third)];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'NewsArticle', headline: `Harbour plan approved ${html[0]}`, author: [{ '@type': 'Person', name: `Jo Reporter ${html[1]}` }],
        description: html[2], publisher: { '@type': 'Organization', name: `Ledger ${html[3]}` } },
      { '@type': 'ImageGallery', name: `Renderings ${html[4]}`, associatedMedia: inFigures.slice(0, 12).map((v, i) => ({
        '@type': 'ImageObject', contentUrl: `${beacon}/img/g${i}.jpg`, caption: `Photo ${i} ${v}`, creditText: `Credit ${v}` })) },
    ],
  };
  const story = STORY.flatMap((sentence, i) => [
    `<p>${sentence} ${inStory.slice(i * 8, i * 8 + 8).join(' and ')} More words follow here.</p>`,
  ]).join('\n');
  const figures = inFigures.map((v, i) => `<figure><img src="${beacon}/img/f${i}.jpg" alt="Photo ${i}"><figcaption>Caption ${i}: ${v}</figcaption></figure>`).join('\n');
  const rest = inStory.slice(32).map((v) => `<p>Paragraph with ${v} inside it, long enough to be kept as part of the story text.</p>`).join('\n');
  const attrs = inAttrs.map((v, i) => `<p title="${escapeAttr(v)}">Attribute ${i} <img src="${beacon}/img/a${i}.jpg" alt="${escapeAttr(v)}"> ${v}</p>`).join('\n');
  const thumbs = inFigures.slice(0, 12).map((_, i) => `<a href="/g"><img src="${beacon}/img/g${i}.jpg" alt="Rendering ${i}"></a>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; img-src 'self'; style-src 'self'">
<title>Harbour plan approved ${html[5]}</title><meta name="author" content="${escapeAttr(html[6])}">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script></head>
<body><div class="page"><h1>Harbour plan approved ${html[7]}</h1><div class="byline">By Jo Reporter ${html[8]}</div>
${story}
<div class="thumbs">${thumbs}<a href="/g" class="thumbs__more">View gallery</a></div>
${figures}
${rest}
${attrs}
</div></body></html>`;
}

/** The pages (`/xss/0.html` …) and the beacon server, each on its own free port. */
export async function serveXss(batch = 70): Promise<{ pages: Server; beacon: Server; beaconOrigin: string; pageCount: number; origin: string; hits: string[] }> {
  const hits: string[] = [];
  let origin = '';
  const beacon = createServer((req, res) => {
    const path = req.url ?? '';
    // The hostile page's own tab may do what it likes (its <meta refresh> does navigate it): only Lede's pages count.
    const fromPage = (req.headers.referer ?? '').startsWith(origin);
    // Images of the articles may load (no referrer); anything else is a leak or a script that ran.
    if (!path.startsWith('/img/') && !fromPage) hits.push(`${path} (${req.headers['sec-fetch-dest'] ?? '?'} from ${req.headers.referer ?? 'no referrer'})`);
    res.writeHead(path.startsWith('/img/') ? 404 : 204).end();
  });
  await new Promise<void>((done) => beacon.listen(0, '127.0.0.1', done));
  const beaconOrigin = `http://127.0.0.1:${(beacon.address() as AddressInfo).port}`;
  const vectors = xssVectors(beaconOrigin);
  const pageCount = Math.ceil(vectors.length / batch);
  const pages = createServer((req, res) => {
    const n = Number(/^\/xss\/(\d+)\.html$/.exec(req.url ?? '')?.[1] ?? -1);
    if (n < 0 || n >= pageCount) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(xssPage(vectors.slice(n * batch, (n + 1) * batch), beaconOrigin));
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  return { pages, beacon, beaconOrigin, pageCount, origin, hits };
}
