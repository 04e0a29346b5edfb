/**
 * The second opinion on Readability's container (utils/extract/second-opinion.ts):
 * the block with the most prose is found past navigation, link lists, lists of
 * names and tables, and read as the story only where Readability's pick is not
 * an article or is poor in prose beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { densestBlock, readBlock } from '@/utils/extract/second-opinion';
import { parsePage } from '../helpers/page';

const SENTENCES = [
  'Die Stadtwerke wollen bis 2027 rund 1.200 Haushalte im Norden der Stadt an das Fernwärmenetz anschließen.',
  'Die Leitungen sollen zunächst entlang der Hauptstraße verlegt werden, danach in den Wohngebieten am Mühlbach.',
  'Gespeist wird das Netz aus der Abwärme des Klärwerks und einer neuen Großwärmepumpe am Stadtrand.',
  'Die Kosten beziffern die Stadtwerke auf 38 Millionen Euro, ein Drittel davon tragen Fördermittel des Bundes.',
  'Wer heute eine neue Heizung plant, sollte sich vorher bei den Stadtwerken melden, sagte die Geschäftsführerin.',
  'Die Bauarbeiten beginnen im Frühjahr, Straßensperrungen gibt die Stadt rechtzeitig im Amtsblatt bekannt.',
];
const STORY = `<div id="story">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</div>`;
const URL = 'https://news.example.com/x/';
// What Readability crowns on such pages: many short "Name, Place" paragraphs (each comma scores), or a table of names.
const NAMES = `<div id="names">${Array.from({ length: 120 }, (_, i) => `<p>Ratsmitglied ${i}, Wahlkreis Nord</p>`).join('')}</div>`;
const TABLE = `<table id="table">${Array.from({ length: 40 }, (_, i) => `<tr><td>Ratsmitglied Nummer ${i} der Fraktion im Stadtrat von Nord</td><td>mitglied${i}@rat.example</td></tr>`).join('')}</table>`;
const NAV = `<nav><p>${'Startseite Lokales Sport Kultur Wirtschaft Politik Wetter Verkehr '.repeat(12)}</p></nav>`;
const LINKS = `<div id="links">${Array.from({ length: 12 }, (_, i) => `<p><a href="/a${i}">Weitere Meldung aus dem Norden der Stadt, Teil ${i} der Serie</a></p>`).join('')}</div>`;

const page = (body: string) => parsePage(`<!DOCTYPE html><html><body>${body}</body></html>`, URL);

describe('densestBlock', () => {
  it.each([
    ['past a navigation bar', `${NAV}${STORY}`],
    ['past a list of teaser links', `${LINKS}${STORY}`],
    ['past a longer list of names (short lines are not prose)', `${STORY}${NAMES}`],
    ['beside a longer table (cells are not prose)', `${STORY}${TABLE}`],
  ])('finds the story %s', (_, body) => {
    expect(densestBlock(page(body).body)?.el.id).toBe('story');
  });

  it('finds nothing on a page without 500 characters of prose', () => {
    expect(densestBlock(page('<div><p>Kurz notiert: die Stadtwerke bauen im Norden der Stadt ein neues Netz.</p></div>').body)).toBeNull();
  });
});

describe('readBlock', () => {
  it('reads the block alone, without what is never text', () => {
    const doc = page(`<div id="story">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}<form><input name="q"><button>Suchen</button></form></div>`);
    const text = readBlock(doc.getElementById('story')!, URL).textContent!.replace(/\s+/g, ' ');
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
    expect(text).not.toContain('Suchen');
  });
});

describe('the second opinion in the engine', () => {
  it('replaces a pick that is not an article (a list of names) with the story beside it', () => {
    const article = extractArticle(page(`${NAV}${STORY}${NAMES}`), URL);
    for (const sentence of SENTENCES) expect(article?.textContent).toContain(sentence);
    expect(article?.textContent).not.toContain('Ratsmitglied');
    expect(article?.excerpt).toBe(SENTENCES[0]);
  });

  it('leaves a pick rich in prose alone, even beside a longer comment thread', () => {
    const long = [...SENTENCES, ...SENTENCES, ...SENTENCES].map((s) => `<p>${s}</p>`).join('');
    const comments = [...SENTENCES, ...SENTENCES, ...SENTENCES, ...SENTENCES].map((s, i) => `<p>Leserkommentar ${i}: ${s.toLowerCase()}</p>`).join('');
    const article = extractArticle(page(`<article><h1>Wärmenetz</h1>${long}</article><section id="comments">${comments}</section>`), URL);
    expect(article?.textContent).toContain(SENTENCES[0]);
    expect(article?.textContent).not.toContain('Leserkommentar');
  });

  it('still refuses a page with no story anywhere', () => {
    expect(extractArticle(page(`${NAV}${LINKS}${NAMES}`), URL)).toBeNull();
  });
});
