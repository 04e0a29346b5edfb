/**
 * The story continued in boxes next to Readability's pick
 * (utils/extract/continuation.ts): boxes of the same make (tag and class)
 * as a box holding the pick, each with a paragraph of its own and few links,
 * are added in page order, through a quiet box of another make between
 * (a table); a box of links, a form, another story's headline, page chrome
 * or a box of the make with no paragraph ends the run.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { continueStory, originsOf } from '@/utils/extract/continuation';
import { blockText } from '@/utils/extract/text';
import { loadFixture, parsePage } from '../helpers/page';

const P1 = 'Die Gemeinde hat den Umbau des alten Bahnhofs zu einem Bürgerhaus beschlossen, die Arbeiten beginnen im Herbst.';
const P2 = 'Im Erdgeschoss sollen ein Café und ein Saal für Vereine entstehen, oben ziehen die Musikschule und die Bücherei ein.';
const P3 = 'Die Kosten liegen bei 3,2 Millionen Euro, das Land trägt über das Programm für den ländlichen Raum gut die Hälfte.';
const P4 = 'Bis zur Eröffnung im Frühjahr 2026 bleibt der Bahnsteig offen, Fahrgäste gehen während der Bauzeit über einen Seitenweg.';
const row = (text: string, extra = '') => `<div class="row"><div class="col"><p>${text}</p>${extra}</div><div class="col-side"></div></div>`;

/** As the engine runs it: origins before "Readability", which moves its top candidate (#pick) into its page wrapper. */
function continued(html: string): string[] {
  const doc = parsePage(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://example.de/bahnhof/');
  const origins = originsOf(doc.body);
  const content = doc.createElement('div');
  const page = content.appendChild(doc.createElement('div'));
  page.id = 'readability-page-1';
  page.append(doc.getElementById('pick')!);
  continueStory(content, origins);
  return blockText(content).split('\n');
}
const pick = (text: string) => row(text).replace('<div class="row">', '<div class="row" id="pick">');

describe('continueStory', () => {
  it.each([
    ['rows of the same make after the pick', `${pick(P1)}${row(P2)}${row(P3)}`, [P1, P2, P3]],
    ['a row before the pick', `${row(P1)}${pick(P2)}`, [P1, P2]],
    ['a quiet table between two rows', `${pick(P1)}<div class="table"><table><tr><td>Kosten</td><td>3,2 Mio.</td></tr></table></div>${row(P2)}`, [P1, 'Kosten', '3,2 Mio.', P2]],
    ['rows one level up (the pick is a column inside its row)', `<div class="row"><div class="col" id="pick"><p>${P1}</p></div><div class="col-side"></div></div>${row(P2)}`, [P1, P2]],
  ])('adds %s', (_, html, expected) => expect(continued(html)).toEqual(expected));

  it.each([
    ['a row of links', `${pick(P1)}${row(`<a href="/a">${P2}</a>`)}${row(P3)}`],
    ['a row with a signup form', `${pick(P1)}${row(P2, '<form><input type="email"><button>Anmelden</button></form>')}`],
    ["another story's headline (an endless scroll)", `${pick(P1)}${row(P2, '<h1>Neuer Radweg zwischen den Ortsteilen</h1>')}`],
    ['another story in an <article> (a list of full posts)', `<article class="post" id="pick"><p>${P1}</p></article><article class="post"><p>${P2}</p></article>`],
    ['an aside of the same make', `${pick(P1)}<aside class="row"><div class="col"><p>${P2}</p></div></aside>`],
    ['a row with no paragraph of its own', `${pick(P1)}${row('Kurz notiert')}${row(P2)}`],
    ['a table too far from the next row', `${pick(P1)}${'<div class="t"><table><tr><td>x</td></tr></table></div>'.repeat(3)}${row(P2)}`],
    ['boxes of another make', `${pick(P1)}<div class="teaser"><div class="col"><p>${P2}</p></div></div>`],
  ])('stops at %s', (_, html) => expect(continued(html)).toEqual([P1]));

  it('reads bare boxes as a make only near the pick', () => {
    const deep = (html: string) => `<div><div><div><div>${html}</div></div></div></div>`;
    expect(continued(`${deep(`<div class="x"><div id="pick"><p>${P1}</p></div></div>`)}<div><p>${P4}</p></div>`)).toEqual([P1]);
  });
});

describe('a page builder that cuts the story into rows', () => {
  const url = 'https://news.example.com/story-in-rows/';
  const article = extractArticle(loadFixture('pages/story-in-rows/source.html', url), url)!;

  it.each(['Die Stadtwerke wollen ab dem kommenden Winter', '12 MW', 'Die Investition liegt bei 28 Millionen Euro', 'Arbeitspreis der Fernwärme'])('keeps %j', (text) => {
    expect(article.textContent).toContain(text);
  });
  it.each(['Weitere Artikel', 'Solarthermie auf der Freifläche', 'Impressum'])('leaves out %j', (text) => expect(article.textContent).not.toContain(text));
});
