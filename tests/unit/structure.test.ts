/**
 * The structural pass over Readability's pick (utils/extract/structure.ts):
 * link blocks, "<label>: <link>" lines and trailing headings go in any
 * language; prose with links, and anything holding half the story, stays.
 */
import { describe, expect, it } from 'vitest';
import { structuralClean } from '@/utils/extract/structure';

const STORY = '<p>Die Stadtwerke wollen bis 2027 rund 1.200 Haushalte im Norden der Stadt an das Fernwärmenetz anschließen, sagte die Geschäftsführerin am Dienstag im Stadtrat.</p>';

function clean(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const rules: string[] = [];
  structuralClean(root, 'https://www.kreisbote.example/lokales/waermenetz', (rule) => rules.push(rule));
  return { text: root.textContent?.replace(/\s+/g, ' ').trim() ?? '', rules };
}

describe('structuralClean removes', () => {
  it.each([
    ['a navigation list before the story', `<ul><li><a href="/login">Sign In</a></li><li><a href="/">Home</a></li><li><a href="/sub">Subscribe</a></li></ul>${STORY}`, ['link-block']],
    ['a tag line (links and commas)', `${STORY}<div><a href="/t/a">Energie</a>, <a href="/t/b">Stadtwerke</a>, <a href="/t/c">Stadtrat</a></div>`, ['link-block']],
    ['a "more from" list on the same site, www or not', `${STORY}<ul><li><a href="https://kreisbote.example/a">Klärwerk liefert Wärme</a></li><li><a href="https://www.kreisbote.example/b">Haushalt beschlossen</a></li></ul>`, ['link-block']],
    ['a German "read also" line', `${STORY}<p><strong>Lesen Sie auch:</strong> <a href="/x">Strompreise sinken zum ersten Mal seit Jahren</a></p>`, ['announcer']],
    ['a French one, space before the colon', `${STORY}<p>À lire aussi : <a href="/x">Les prix de l'énergie baissent</a></p>`, ['announcer']],
    ['a Spanish one in capitals', `${STORY}<p>PUEDES VER: <a href="/x">¿Qué es la Sunedu y cuáles son sus funciones?</a></p>`, ['announcer']],
    ['a heading whose link list went, at the end', `${STORY}<h3>Ähnliche Beiträge</h3><ul><li><a href="/a">Klärwerk liefert Wärme</a></li><li><a href="/b">Haushalt beschlossen</a></li></ul>`, ['link-block', 'orphan-heading']],
    ['two headings left at the end', `${STORY}<h3>Kommentare</h3><h3>Ähnliche Beiträge</h3>`, ['orphan-heading', 'orphan-heading']],
    ['a link table with one label row (not a fact table)', `<table><tr><th>Ressorts</th><td><a href="/a">Politik</a></td></tr><tr><td><a href="/b">Sport</a></td><td><a href="/c">Kultur</a></td></tr></table>${STORY}`, ['link-block']],
  ])('%s', (_, html, rules) => {
    const { text, rules: fired } = clean(html);
    expect(fired.sort()).toEqual([...rules].sort());
    expect(text).toContain('Die Stadtwerke wollen bis 2027');
  });
});

describe('structuralClean keeps', () => {
  it.each([
    ['a sentence with links in it', `${STORY}<p>Nach <a href="/a">Angela Merkel</a> sprach auch <a href="/b">Olaf Scholz</a> über die Pläne der Stadt und die Kosten für die Haushalte.</p>`],
    ['a list whose items are described, not just linked', `${STORY}<ul><li><a href="/a">Bericht</a>: die Zahlen des Jahres 2023 mit allen Kosten und Einnahmen der Stadtwerke im Überblick</li><li><a href="/b">Karte</a>: wo die Leitungen verlegt werden, Straße für Straße und mit den geplanten Terminen</li></ul>`],
    ['a "label: text" line that is mostly words', `${STORY}<p>Fazit: <a href="/a">Fernwärme</a> lohnt sich für die meisten Haushalte im Norden der Stadt, rechnet die Verbraucherzentrale vor.</p>`],
    ['a link list that is most of the page', `<ul><li><a href="/a">Klärwerk liefert bald Wärme für das Schwimmbad der Stadt</a></li><li><a href="/b">Stadtrat beschließt den Haushalt für das Jahr 2024</a></li></ul><p>Kurz notiert.</p>`],
    ['a list of sources on other sites, after the story', `${STORY}<ul><li><a href="https://www.bund.example/foerderung">Bundesförderung effiziente Gebäude</a></li><li><a href="https://statistik.example/waerme">Wärmestatistik 2023</a></li></ul>`],
    ['a heading followed by its text', `<h2>Die Kosten</h2>${STORY}`],
    ['a heading straight before one of the same rank, mid-story', `<h2>Mehr zum Thema</h2><h2>Die Kosten</h2>${STORY}`],
    ['a heading followed by a subheading', `<h2>Die Kosten</h2><h3>Für die Haushalte</h3>${STORY}`],
    // An infobox: label cells beside values that are all links, and a list of links in one cell (Readability's wikipedia pages).
    ['a fact table of links before the story, and the list in one of its cells', `<table><tbody><tr><th>Betreiber</th><td><a href="/w/stadtwerke">Stadtwerke</a></td></tr><tr><th>Anleger</th><td><ul><li><a href="/w/kanal">Kanalstraße</a></li><li><a href="/w/werft">Werftinsel</a></li></ul></td></tr><tr><th>Schiffe</th><td><a href="/w/moewe">MS Möwe</a>, <a href="/w/kranich">MS Kranich</a></td></tr></tbody></table>${STORY}`],
  ])('%s', (_, html) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    const { text, rules } = clean(html);
    expect(rules).toEqual([]);
    expect(text).toBe(root.textContent?.replace(/\s+/g, ' ').trim());
  });
});
