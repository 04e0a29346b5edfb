/**
 * Writes two more HTML renditions of the seed article (tests/fixtures/seed/seed.json)
 * in markup styles unlike seed-classic's, so no engine rule can lean on one style:
 *   seed-figure-carousel    figure/figcaption slides, aria-roledescription carousel/slide,
 *                           lazy images (data-src over a placeholder), hidden slides;
 *   seed-generated-classes  CSS-in-JS class names (css-1x2y3z): only structure and the
 *                           control words show where the gallery is;
 *   seed-div-paragraphs     the same with no <p> at all: every paragraph, the subheading and
 *                           the signup text are <div>s, as some site builders write them
 *                           (Readability's isProbablyReaderable turns such a page away).
 * The output is committed; run `node tests/tools/make-seed-pages.mjs` after changing this file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const seed = JSON.parse(readFileSync(join(FIXTURES, 'seed/seed.json'), 'utf8'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
/** The galleries sit after these paragraphs, as on the page. */
const AFTER = { 3: 0, 8: 1 };
const [signupPitch, signupOther, signupLegal] = seed.signup;
/** The text of the n-th "RELATED:" line, without its label. */
const related = (n) => seed.related[n - 1].replace(/^RELATED:\s*/, '');

function page(head, body) {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(seed.title)} - AOL News</title>
  <meta property="og:site_name" content="AOL.com">
  <meta property="og:title" content="${esc(seed.title)}">
  <meta property="og:image" content="https://www.aol.com/img/karlov-lead.jpg">
${head}
</head>
${body}
</html>
`;
}

/** A paragraph and the subheading as <p>/<h2>, or as <div>s with generated class names. */
const TAGS = {
  html: { p: (html, cls) => `<p${cls ? ` class="${cls}"` : ''}>${html}</p>`, h2: (html) => `<h2>${html}</h2>` },
  div: { p: (html, cls = 'css-9pa7rq') => `<div class="${cls}">${html}</div>`, h2: (html) => `<div class="css-h2k4v1">${html}</div>` },
};

function story(gallery, tags = TAGS.html) {
  const out = [];
  seed.blocks.forEach((block, i) => {
    const paragraphsBefore = seed.blocks.slice(0, i).filter((b) => b !== seed.subheading).length;
    if (i > 0 && AFTER[paragraphsBefore] !== undefined && seed.blocks[i - 1] !== seed.subheading && !out.done?.[paragraphsBefore]) {
      out.push(gallery(seed.galleries[AFTER[paragraphsBefore]], AFTER[paragraphsBefore] + 1));
      (out.done ??= {})[paragraphsBefore] = true;
    }
    out.push(block === seed.subheading ? tags.h2(esc(block)) : tags.p(esc(block)));
  });
  return out.join('\n      ');
}

// --- figure/figcaption carousel -------------------------------------------------------
function figureGallery(g, n) {
  const slides = g.captions
    .map(
      (caption, i) => `
          <figure class="media-carousel__item" aria-roledescription="slide" aria-label="${i + 1} of ${g.photoCount}"${i ? ' hidden' : ''}>
            <img src="${PIXEL}" data-src="/img/g${n}-${i + 1}.jpg" alt="${esc(g.title)}" loading="lazy">
            <figcaption>${esc(caption)}</figcaption>
          </figure>`,
    )
    .join('');
  return `<p><strong>RELATED:</strong> <a href="/gallery/${n}">${esc(related(n))}</a></p>
      <section class="media-carousel" aria-roledescription="carousel" aria-label="${esc(g.title)}">
        <header class="media-carousel__header">
          <img src="${PIXEL}" data-src="/img/g${n}-cover.jpg" alt="">
          <p class="media-carousel__count">${g.photoCount} PHOTOS</p>
          <h3>${esc(g.title)}</h3>
          <a href="/gallery/${n}" role="button">See Gallery</a>
        </header>
        <div class="media-carousel__track" aria-live="polite">${slides}
        </div>
        <nav class="media-carousel__nav">
          <button type="button" aria-label="Previous photo">Previous</button>
          <span class="media-carousel__position">1 of ${g.photoCount}</span>
          <button type="button" aria-label="Next photo">Next</button>
          <button type="button">HIDE CAPTION</button>
          <button type="button">SHOW CAPTION</button>
          <button type="button">SEE ALL</button>
          <button type="button">BACK TO SLIDE</button>
        </nav>
      </section>`;
}

const figureHead = `  <meta property="article:published_time" content="2016-12-19T14:52:00-05:00">
  <script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seed.title,
    author: { '@type': 'Organization', name: 'Reuters' },
    datePublished: '2016-12-19T14:52:00-05:00',
    publisher: { '@type': 'Organization', name: 'AOL.com' },
  })}</script>`;

const figureBody = `<body>
  <div class="top-bar"><a href="/">AOL</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/weather">Weather</a></div>
  <main>
    <article>
      <h1>${esc(seed.title)}</h1>
      <p class="byline">Reuters · <time datetime="2016-12-19T14:52:00-05:00">December 19, 2016</time></p>
      <aside class="ad-unit" aria-label="advertisement"><small>ADVERTISEMENT</small><div id="div-gpt-ad-1"></div></aside>
      ${story(figureGallery)}
      <p><a href="https://www.reuters.com/article/us-turkey-russia-ambassador" rel="noopener">Read Full Story</a></p>
    </article>
    <section class="signup">
      <h2>${esc(signupPitch)}</h2>
      <form action="/newsletter"><label>Email <input type="email" name="email" required></label> <button>Sign Up</button></form>
      <a href="/newsletters">${esc(signupOther)}</a>
      <small>${esc(signupLegal)}</small>
    </section>
  </main>
  <footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>`;

// --- generated class names ------------------------------------------------------------
function generatedGallery(g, n) {
  const slides = g.captions
    .map(
      (caption, i) => `
            <div class="css-7hk2qa"${i ? ' aria-hidden="true" style="display:none"' : ''}>
              <div class="css-0k3m1x"><img class="css-1n4v0g" src="/img/g${n}-${i + 1}.jpg" alt=""></div>
              <div class="css-w2y9rt"><span>${esc(caption)}</span></div>
            </div>`,
    )
    .join('');
  return `<div class="css-p0q8nt"><span class="css-3ktm2s">RELATED:</span> <a class="css-u7ya1d" href="/gallery/${n}">${esc(related(n))}</a></div>
        <div class="css-1x2y3z">
          <div class="css-9c8b7a">
            <div class="css-4rt5yu"><img class="css-1n4v0g" src="/img/g${n}-cover.jpg" alt=""></div>
            <div class="css-5gh6jk">${g.photoCount} PHOTOS</div>
            <div class="css-8io9pl">${esc(g.title)}</div>
            <div class="css-2wq3er"><a class="css-u7ya1d" href="/gallery/${n}">See Gallery</a></div>
          </div>
          <div class="css-6yh7uj" style="display:none">
            <div class="css-8io9pl">${esc(g.title)}</div>
            <div class="css-0vb1nm">${slides}
            </div>
            <div class="css-3ed4rf">
              <div class="css-z1x2c3" role="button">HIDE CAPTION</div>
              <div class="css-z1x2c3" role="button">SHOW CAPTION</div>
              <div class="css-m4n5b6"><span>1</span> / <span>${g.photoCount}</span></div>
              <div class="css-z1x2c3" role="button">SEE ALL</div>
              <div class="css-z1x2c3" role="button">BACK TO SLIDE</div>
            </div>
          </div>
        </div>`;
}

const generatedHead = `  <meta name="author" content="Reuters">
  <meta property="article:published_time" content="2016-12-19T19:52:00Z">
  <style>.css-6yh7uj{position:fixed}.css-7hk2qa{display:flex}</style>`;

const generatedBody = (tags) => `<body>
  <div id="__next">
    <div class="css-h3d8e1"><a class="css-u7ya1d" href="/">AOL</a><a class="css-u7ya1d" href="/news">News</a><a class="css-u7ya1d" href="/politics">Politics</a><a class="css-u7ya1d" href="/world">World</a></div>
    <div class="css-0a1b2c"><div class="css-l4b3l0">Advertisement</div><div class="css-e5f6g7"></div></div>
    <div class="css-r00t11">
      <div class="css-c0l9mn">
        <h1 class="css-t1t1e0">${esc(seed.title)}</h1>
        <div class="css-b7l1n3"><span>Reuters</span> <span>Dec 19th 2016 2:52PM</span></div>
        <div class="css-b0dy77">
        ${story(generatedGallery, tags)}
        <div class="css-f0o0t1"><a class="css-u7ya1d" href="https://www.reuters.com/article/us-turkey-russia-ambassador">Read Full Story</a></div>
        </div>
      </div>
      <div class="css-s1d3b4">
        <div class="css-n3w5l7">
          ${tags.p(esc(signupPitch), 'css-k1j2h3')}
          <form class="css-f9r8m7"><input class="css-i1n2p3" type="text" name="email" placeholder="Enter your email"><div class="css-z1x2c3" role="button">Sign Up</div></form>
          ${tags.p(`<a class="css-u7ya1d" href="/newsletters">${esc(signupOther)}</a>`, 'css-k1j2h3')}
          ${tags.p(esc(signupLegal), 'css-x0x0x1')}
        </div>
      </div>
    </div>
  </div>
</body>`;

for (const [slug, html] of [
  ['seed-figure-carousel', page(figureHead, figureBody)],
  ['seed-generated-classes', page(generatedHead, generatedBody(TAGS.html))],
  ['seed-div-paragraphs', page(generatedHead, generatedBody(TAGS.div))],
]) {
  mkdirSync(join(FIXTURES, 'pages', slug), { recursive: true });
  writeFileSync(join(FIXTURES, 'pages', slug, 'source.html'), html);
}
