/**
 * The lead above Readability's pick (utils/extract/lead.ts): the blocks of
 * prose between the page's headline and the first block the pick kept are
 * put back before it — past a date line, never a caption, an author's bio,
 * a link teaser or another headline; nothing when the pick is elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { leadWindow, matchesTitle, restoreLead } from '@/utils/extract/lead';
import { blockText } from '@/utils/extract/text';
import { loadFixture, parsePage } from '../helpers/page';

const TITLE = 'Neue Brücke über die Saale wird im Mai eröffnet';
const LEAD = 'Nach drei Jahren Bauzeit ist die neue Brücke fertig, der Verkehr soll ab Mitte Mai über sie rollen.';
const BODY = [
  'Die Stadt hatte den Bau im Frühjahr 2020 begonnen, nachdem die alte Brücke wegen Rissen gesperrt worden war.',
  'Der Neubau kostet nach Angaben der Verwaltung 24 Millionen Euro, der Bund übernimmt gut die Hälfte davon.',
];
const body = `<div class="body">${BODY.map((s) => `<p>${s}</p>`).join('')}</div>`;

/** Runs the rule as the engine does: the window before "Readability", the pick (here: the body) after it. */
function restored(html: string, title = TITLE): string {
  const doc = parsePage(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://news.example.com/x/');
  const window = leadWindow(doc.body, [title]);
  const pick = doc.createElement('div');
  pick.append(doc.querySelector('.body')!.cloneNode(true));
  restoreLead(pick, window);
  return blockText(pick);
}

describe('matchesTitle', () => {
  it.each([
    ['the title itself', TITLE, true],
    ['the title with the site name around it', `${TITLE} | Saale-Zeitung`, true],
    ['a site logo', 'Saale-Zeitung', false],
    ['a section name', 'Lokales', false],
    ['another story', 'Stadtrat beschließt neuen Haushalt', false],
  ])('%s', (_, title, expected) => expect(matchesTitle(TITLE, [title])).toBe(expected));
});

describe('restoreLead', () => {
  it.each([
    ['a dek in the header', `<header><h1>${TITLE}</h1><p class="lead">${LEAD}</p></header>${body}`],
    ['a sub-heading dek past a date line', `<header><h1>${TITLE}</h1><h2>${LEAD}</h2><div>12. März 2023</div></header>${body}`],
    ['a dek two levels down in another box', `<div class="head"><div><h1>${TITLE}</h1></div><div class="intro"><div><p>${LEAD}</p></div></div></div><section>${body}</section>`],
  ])('puts back %s, before the story', (_, html) => {
    expect(restored(html).split('\n')).toEqual([LEAD, ...BODY]);
  });

  it.each([
    ['a caption beside a photo', `<h1>${TITLE}</h1><div class="photo"><img src="/a.jpg"><p>${LEAD}</p></div>${body}`],
    ['a caption in the box after a photo', `<h1>${TITLE}</h1><div class="img"><img src="/a.jpg"></div><div class="caption"><p>${LEAD}</p></div>${body}`],
    ["an author's picture, name and bio", `<h1>${TITLE}</h1><div class="author"><img src="/a.jpg"><a href="/a">Jana Berg</a><p>${LEAD}</p></div>${body}`],
    ['a teaser that is mostly a link', `<h1>${TITLE}</h1><p><a href="/other">${LEAD}</a></p>${body}`],
    ['a second headline', `<h1>${TITLE}</h1><h1>${LEAD}</h1>${body}`],
    ['a page whose headline is not the title', `<h1>Saale-Zeitung</h1><p>${LEAD}</p>${body}`],
    ['prose after the story (the pick holds no block after the headline)', `${body}<h1>${TITLE}</h1><p>${LEAD}</p>`],
  ])('leaves out %s', (_, html) => {
    expect(restored(html).split('\n')).toEqual(BODY);
  });
});

describe('a page whose dek sits in the article header, above the body Readability picks', () => {
  const url = 'https://news.example.com/lead-above-body/';
  const article = extractArticle(loadFixture('pages/lead-above-body/source.html', url), url)!;

  it('opens on the dek', () => expect(article.textContent.split('\n')[0]).toMatch(/^La obra, que costará 40 millones/));
  it.each(['Lucía Ferrer cubre economía', 'Las grúas trabajan', 'Lo más leído'])('leaves out %j', (text) => {
    expect(article.textContent).not.toContain(text);
  });
});
