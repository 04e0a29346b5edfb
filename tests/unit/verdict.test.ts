/**
 * "No article found" is decided on what was read (utils/extract/verdict.ts):
 * at least 25 words of the page's own prose — blocks of 8+ words, under half
 * link text, that are not a short blurb under a link headline.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '@/utils/extract';
import { blockText } from '@/utils/extract/text';
import { isArticle, readShape } from '@/utils/extract/verdict';
import { FIXTURES, loadFixture } from '../helpers/page';

const words = (n: number, word = 'story') => Array(n).fill(word).join(' ');
const link = (text: string) => `<a href="/x">${text}</a>`;

function fragment(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('readShape', () => {
  // The engine takes the story's text from the lines readShape reads, instead of a second walk with blockText.
  it.each([
    ['blocks, inline elements and a <br>', '<h2>Title</h2><p>One <b>two</b>\n three.</p>line<br>after <i>break</i><ul><li>a</li><li> b </li></ul>'],
    ['white space of every kind, empty blocks', '<div>  \u00a0 </div><p>a\u2003\u2003b\tc</p><p></p><div><div>x</div>tail\n</div>'],
    ['scripts, styles and templates skipped', '<p>kept</p><script>var x = 1;</script><style>p{}</style><template><p>t</p></template>text'],
    ['links, tables and nested lists', '<table><tr><td>cell <a href="/x">link</a></td><th>h</th></tr></table><ol><li>one<ul><li>two</li></ul></li></ol>'],
  ])('its lines are blockText: %s', (_, html) => {
    const lines: string[] = [];
    readShape(fragment(html), lines);
    expect(lines.join('\n')).toBe(blockText(fragment(html)));
  });

  it.each([
    ['a paragraph of prose', `<p>${words(30)}</p>`, { proseWords: 30, teaserWords: 0 }],
    ['a <div> paragraph, a <br>-split one', `<div>${words(12)}</div><div>${words(10)}<br>${words(9)}</div>`, { proseWords: 31, teaserWords: 0 }],
    ['prose with a link inside', `<p>${words(10)} ${link(words(5, 'linked'))} ${words(10)}</p>`, { proseWords: 25, teaserWords: 0 }],
    ['a block that is mostly link text', `<p>${words(3)} ${link(words(20, 'linked'))}</p>`, { proseWords: 0, teaserWords: 0 }],
    ['short lines (labels, dates, headings)', `<p>${words(7)}</p><h2>${words(7)}</h2>`, { proseWords: 0, teaserWords: 0 }],
    ['a teaser: link headline, date line, blurb', `<h3>${link(words(8, 'headline'))}</h3><div>2 hours ago</div><p>${words(20)}</p>`, { proseWords: 20, teaserWords: 20 }],
    ['a listicle section: linked heading, long paragraph', `<h3>${link('“Rez Infinite” ($30)')}</h3><p>${words(80)}</p>`, { proseWords: 80, teaserWords: 0 }],
    ['a section heading ends the run of link headlines', `<ul><li>${link('Contents one')}</li></ul><h2>History</h2><p>${words(20)}</p>`, { proseWords: 20, teaserWords: 0 }],
    ['only the first paragraph after a link is a blurb', `<p>${link(words(6, 'related'))}</p><p>${words(10)}</p><p>${words(15)}</p>`, { proseWords: 25, teaserWords: 10 }],
    ['script and style text', `<script>${words(40)}</script><style>${words(40)}</style>`, { proseWords: 0, teaserWords: 0 }],
  ])('%s', (_, html, shape) => expect(readShape(fragment(html))).toEqual(shape));

  it.each([
    [`<p>${words(25)}</p>`, true],
    [`<p>${words(24)}</p>`, false],
    [`<p>${words(12)}</p><p>${words(13)}</p>`, true],
    [Array.from({ length: 8 }, () => `<h3>${link(words(8, 'headline'))}</h3><p>${words(30)}</p>`).join(''), false],
  ])('isArticle(%j) = %j', (html, expected) => expect(isArticle(fragment(html))).toBe(expected));
});

/** Pages that are not articles, each in the shape public sites give them. */
const NOT_ARTICLES = [
  ['not-articles/home.html', 'a news home page: a lead teaser, a grid of cards, link lists'],
  ['not-articles/search.html', 'search results: title link, address line, snippet'],
  ['not-articles/category.html', 'a section front in <div>s: kicker, linked headline, dek, byline'],
  ['not-articles/login.html', 'a sign-in form with a welcome line and small print'],
  ['not-articles/list.html', 'an archive: a table of links and dates'],
  ['e2e/no-article.html', "the e2e tests' sign-in page"],
];

describe('pages that are not articles', () => {
  it.each(NOT_ARTICLES)('%s (%s) gives "No article found"', (path) => {
    expect(extractArticle(loadFixture(path), 'https://example.com/article')).toBeNull();
  });

  // "Try anyway" shows what Readability found, whatever its shape.
  it.each(NOT_ARTICLES)('%s gives text with "Try anyway"', (path) => {
    expect(extractArticle(loadFixture(path), 'https://example.com/article', { lenient: true })?.textContent).toBeTruthy();
  });
});

describe('pages that are articles', () => {
  const slugs = readdirSync(join(FIXTURES, 'pages'));
  it.each(slugs)('%s reads as an article', (slug) => {
    const article = extractArticle(loadFixture(`pages/${slug}/source.html`), `https://news.example.com/${slug}/`);
    expect(article?.wordCount).toBeGreaterThan(25);
  });
});
