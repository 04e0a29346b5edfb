/**
 * Date lines at the story's edges (utils/extract/date-lines.ts): a date, a
 * time and at most a short label or the byline, in any language; removed
 * when the Article carries a date or the line gives it one beyond doubt.
 */
import { describe, expect, it } from 'vitest';
import { certainDate, isDateLine, type StoryMeta } from '@/utils/extract/date-lines';
import { structuralClean } from '@/utils/extract/structure';

const P1 = '<p>Po dwóch latach prac most drogowy na Wiśle znów przyjmuje samochody. Pierwsze auta przejechały po nim we wtorek rano.</p>';
const P2 = '<p>Die Stadtwerke wollen bis 2027 rund 1.200 Haushalte im Norden der Stadt an das Fernwärmenetz anschließen, sagte sie.</p>';

function clean(html: string, meta: StoryMeta) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const removed: string[] = [];
  structuralClean(root, 'https://www.gazeta.example/region/most', (rule, text) => rule === 'date-line' && removed.push(text), meta);
  return removed;
}

describe('isDateLine', () => {
  it.each([
    ['23.10.2018', null],
    ['Publikacja: 04.05.2021', null],
    ['Aktualizacja: 05.05.2021, 05:53', null],
    ['opublikowano: 2021-04-29 17:13:04.031886+02:00', null],
    ['Last updated September 14, 2016', null],
    ['Stand: 25.01.2022', null],
    ['martes, 3 de mayo de 2022 · 23:57', null],
    ['tnw中文站2016年10月14日07:17', null],
    ['von Anja Roth am 14. Mai 2014, 15:40 Uhr', 'Anja Roth'],
  ])('%j is one', (text, byline) => expect(isDateLine(text, byline)).toBe(true));

  it.each([
    ['a sentence with a date', 'Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe statt.'],
    ['a byline with a date, the byline unknown (the name would be lost)', 'Von Anja Roth, 14.05.2014'],
    ['a citation', '^ "Roadmap". Retrieved 10 May 2016.'],
    ['no full date', 'Stand: Mai 2021'],
    ['a line too long to be one', `Aktualisiert am 17.01.2021 ${'x'.repeat(80)}`],
  ])('%s is not', (_, text) => expect(isDateLine(text, null)).toBe(false));
});

describe('certainDate', () => {
  it.each([
    ['Publikacja: 04.05.2021', '2021-05-04'],
    ['opublikowano: 2021-04-29 17:13', '2021-04-29'],
    ['2016年10月14日07:17', '2016-10-14'],
    ['05/08/2019', null],
    ['September 14, 2016', null],
    ['31.13.2020', null],
  ])('%j → %j', (text, date) => expect(certainDate(text)).toBe(date));
});

describe('the date-line rule', () => {
  it('removes date lines above and below the story when the Article has a date', () => {
    const meta = { byline: null, dated: true };
    expect(clean(`<p>Publié le 4 mai 2021</p>${P1}${P2}<p>Stand: 25.01.2022</p>`, meta)).toEqual(['Publié le 4 mai 2021', 'Stand: 25.01.2022']);
  });

  it('moves a certain date above an undated story into the Article, and keeps the rest', () => {
    const meta: StoryMeta = { byline: null, dated: false };
    expect(clean(`<p>Publikacja: 04.05.2021</p><p>Publié le 4 mai 2021</p>${P1}${P2}<p>Stand: 25.01.2022</p>`, meta)).toEqual(['Publikacja: 04.05.2021']);
    expect(meta.lineDate).toBe('2021-05-04');
  });

  it.each([
    ['a date line between paragraphs', `${P1}<p>23.10.2018</p>${P2}`],
    ['a date in a table', `${P1}${P2}<table><tr><td>23.10.2018</td><td>Eröffnung</td></tr></table>`],
    ['a date in a figure caption', `<figure><img src="a.jpg"><figcaption>23.10.2018</figcaption></figure>${P1}${P2}`],
  ])('keeps %s', (_, html) => expect(clean(html, { byline: null, dated: true })).toEqual([]));

  it('does nothing without the story\'s metadata (the second opinion\'s block)', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>23.10.2018</p>${P1}${P2}`;
    structuralClean(root, 'https://www.gazeta.example/region/most');
    expect(root.textContent).toContain('23.10.2018');
  });
});
