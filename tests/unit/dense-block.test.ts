/**
 * The second opinion on Readability's container (utils/extract/dense-block.ts):
 * the block with the most prose is found past navigation, asides and link
 * lists, and replaces a pick that holds little of it.
 */
import { describe, expect, it } from 'vitest';
import { densestBlock, readDenseBlock } from '@/utils/extract/dense-block';
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
// A table of names and addresses: more text than the story, and what Readability crowns on such pages.
const TABLE = `<table id="names">${Array.from({ length: 40 }, (_, i) => `<tr><td>Ratsmitglied Nummer ${i}</td><td>Wahlkreis Nord ${i}</td><td>mitglied${i}@rat.example</td></tr>`).join('')}</table>`;
const NAV = `<nav><p>${'Startseite Lokales Sport Kultur Wirtschaft Politik Wetter Verkehr '.repeat(12)}</p></nav>`;
const LINKS = `<div id="links">${Array.from({ length: 12 }, (_, i) => `<p><a href="/a${i}">Weitere Meldung aus dem Norden der Stadt, Teil ${i}</a></p>`).join('')}</div>`;

const page = (body: string) => parsePage(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://news.example.com/x/');

describe('densestBlock', () => {
  it.each([
    ['past a navigation bar', `${NAV}${STORY}`],
    ['past a list of teaser links', `${LINKS}${STORY}`],
    ['beside a longer table (cells are not prose)', `${STORY}${TABLE.replace(/Ratsmitglied Nummer (\d+)/g, 'Ratsmitglied Nummer $1 der Fraktion im Stadtrat')}`],
  ])('finds the story %s', (_, body) => {
    expect(densestBlock(page(body).body)?.el.id).toBe('story');
  });

  it('finds nothing on a page without 500 characters of prose', () => {
    expect(densestBlock(page('<div><p>Kurz notiert: die Stadtwerke bauen.</p></div>').body)).toBeNull();
  });
});

describe('readDenseBlock', () => {
  const doc = page(`${STORY}${TABLE}`);
  const block = doc.getElementById('story')!;

  it('replaces a pick that holds none of the block (a table of names)', () => {
    const content = readDenseBlock(block.cloneNode(true) as Element, doc.getElementById('names')!, 'https://news.example.com/x/');
    const text = content?.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
    expect(text).not.toContain('Ratsmitglied');
  });

  it('leaves a pick that holds the block alone', () => {
    expect(readDenseBlock(block.cloneNode(true) as Element, block, 'https://news.example.com/x/')).toBeNull();
  });

  it('leaves a pick rich in prose even when the densest block is elsewhere (a long comment thread)', () => {
    const comments = page(`${STORY}<div id="comments">${[...SENTENCES, ...SENTENCES].map((s) => `<p>Leserkommentar: ${s.toLowerCase()}</p>`).join('')}</div>`);
    expect(densestBlock(comments.body)?.el.id).toBe('comments');
    expect(readDenseBlock(comments.getElementById('comments')!.cloneNode(true) as Element, comments.getElementById('story')!, 'https://news.example.com/x/')).toBeNull();
  });
});
