/**
 * The line rules of the structural pass (utils/extract/credit-lines.ts; the
 * link runs, prose bounds and label lines of structure.ts): credit and
 * copyright paragraphs, runs of linked titles with their label, teaser cards
 * wrapped in one link, a label left at the end, a label over no prose
 * (bare-labels.ts), "follow us" lines ending the story (follow-lines.ts) —
 * by shape, in any language; and what stays.
 */
import { describe, expect, it } from 'vitest';
import { structuralClean } from '@/utils/extract/structure';

const URL = 'https://www.gazette.example/locales/pont';
const P1 = '<p>Fermé depuis les crues de janvier, le pont suspendu de la Vienne rouvrira à la circulation le 2 septembre, a annoncé lundi la préfecture.</p>';
const P2 = '<p>Die Stadtwerke wollen bis 2027 rund 1.200 Haushalte im Norden der Stadt an das Fernwärmenetz anschließen, sagte die Geschäftsführerin.</p>';
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function clean(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const rules: string[] = [];
  structuralClean(root, URL, (rule) => rules.push(rule));
  return { rules: rules.sort(), text: flat(root.textContent) };
}

/** Teaser cards: image and headline and blurb, all inside one link to another story on the site. */
const CARDS = ['crue-janvier', 'gare-travaux', 'marche-noel'].map((slug) =>
  `<li><a href="/locales/${slug}"><img src="/i/${slug}.jpg"><p><span>Titre de l'article ${slug}</span> <span>Un chapeau de deux phrases qui résume l'article pour donner envie de cliquer dessus.</span></p></a></li>`).join('');

describe('the line rules remove', () => {
  it.each([
    ['a copyright line', `${P1}<p>© 2024 La Gazette du Val. Tous droits réservés.</p>${P2}`, ['credit-line']],
    ['a caption signed with a © and no sentence before it', `${P1}<p>Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de</p>${P2}`, ['credit-line']],
    ['a worded credit', `${P1}<p>(Image credit: Jane Doe)</p>${P2}`, ['credit-line']],
    ['a slash credit under a photo', `${P1}<img src="a.jpg"><p>AFP / Jean Morel</p>${P2}`, ['credit-line']],
    ['a labelled slash credit under a photo', `${P1}<p><img src="a.jpg"></p><p>Bild: Werk/Jana Roth</p>${P2}`, ['credit-line']],
    ['linked titles in paragraphs of their own, with their label', `${P1}${P2}<p>Schon gelesen?</p><p><a href="/a">Luftwaffe bildet Piloten in Bremen aus</a></p><p><a href="/b">Neues Trainingszentrum für Fluglehrer eröffnet</a></p>`, ['teaser-tail', 'teaser-tail', 'teaser-tail']],
    ['linked headlines with blurbs and a kicker, after the story', `${P1}${P2}<h2>Weitere Artikel</h2><p>Nachwuchs</p><h3><a href="https://gazette.example/a">Jung, cool, Blasmusik im Glottertal</a></h3><p>Warum verbringen junge Menschen ihre Freizeit mit Blasmusik? Zwei junge Frauen erzählen.</p><h3><a href="/b">Bergwacht rettet Geocacher aus dem Baum</a></h3><p>So einen Einsatz hat die Bergwacht selten: ein Geocacher klettert auf einen Baum und kommt nicht mehr herunter.</p>`, ['orphan-heading', 'teaser-tail', 'teaser-tail', 'teaser-tail', 'teaser-tail', 'teaser-tail']],
    ['teaser cards each wrapped in one link, after the story', `${P1}${P2}${P1}${P2}<ul>${CARDS}</ul>`, ['link-block']],
    ['a label line left at the end', `${P1}${P2}<p>Mehr zum Thema:</p>`, ['orphan-heading']],
    ['a label over a contact card (the card stays)', `${P1}${P2}<p>Kontakt:</p><p>Jana Roth</p><p>Telefon 0761 123 45 67</p>`, ['bare-label']],
    ['a label over a link, then a contact card', `${P1}${P2}<p>Auch interessant:</p><p><a href="https://amt.example/bus">Neue Buslinie zur Halle</a></p><h3>Kontakt</h3><p>Jana Roth</p>`, ['bare-label']],
    ['a label set as a heading, over a name', `${P1}${P2}<h3>Von:</h3><p>Götz Warnke</p>`, ['bare-label']],
    ['"follow us" lines ending the story (mail, social accounts, app stores)', `${P1}${P2}<p>Écrivez-nous à <a href="mailto:redaction@gazette.example">redaction@gazette.example</a> ou suivez-nous sur <a href="https://www.facebook.com/gazette">Facebook</a> et <a href="https://x.com/gazette">X</a>.</p><p>Téléchargez notre application pour <a href="https://apps.apple.com/fr/app/gazette/id1">iOS</a> et <a href="https://play.google.com/store/apps/details?id=gazette">Android</a>.</p>`, ['follow-line', 'follow-line']],
  ])('%s', (_, story, rules) => {
    const { rules: fired, text } = clean(story);
    expect(fired).toEqual(rules);
    expect(text).toContain('Fermé depuis les crues');
    expect(text).toContain('Die Stadtwerke wollen');
  });
});

describe('the line rules keep', () => {
  it.each([
    ['a sentence about photos', `${P1}<p>Photo submissions from readers rose by a third.</p>${P2}`],
    ['a slash with no picture before it (a results table, a timetable)', `${P1}<p>Verstappen/Kvyat</p>${P2}`],
    ['a speed limit under a photo', `${P1}<img src="a.jpg"><p>Vitesse limitée à 30 km/h</p>${P2}`],
    ['a figure\'s caption with its credit', `${P1}<figure><img src="a.jpg"><figcaption>AFP / Jean Morel</figcaption></figure>${P2}`],
    ['a title that ends with its © after a sentence', `${P1}<p>linux usability ...or, why do I bother. © 2002, 2003 Jamie Zawinski</p>${P2}`],
    ['linked titles before the story\'s short last paragraph', `${P1}<p><a href="/a">Luftwaffe bildet Piloten in Bremen aus</a></p><p><a href="/b">Neues Trainingszentrum für Fluglehrer eröffnet</a></p>${P2}`],
    ['linked titles on other sites (sources)', `${P1}${P2}<p><a href="https://amt.example/a">Amtsblatt der Stadt vom Mai</a></p><p><a href="https://land.example/b">Förderprogramm des Landes für Wärme</a></p>`],
    ['single-word tag links, each a line', `${P1}${P2}<p><a href="/t/hotels">Hotels</a></p><p><a href="/t/hygiene">Hygiene</a></p>`],
    ['a listicle: linked section headings over long paragraphs', `${P1}<h3><a href="/a">Erstens: die Kosten der Leitungen</a></h3>${P2}${P2.replace('<p>', '<p>Außerdem: ')}<h3><a href="/b">Zweitens: der Bau in den Wohngebieten</a></h3>${P1}${P1.replace('<p>', '<p>Dazu kommt: ')}`],
    ['what sits between the story and the teasers', `${P1}${P2}<p>Vitesse limitée à 30 km/h</p>`],
    ['a label followed by its text', `${P1}<p>Kontakt:</p><p>Die Stadtwerke Nord beantworten Fragen zum Anschluss an jedem Werktag in der Hafenstraße 4.</p>`],
    ['a label over its paragraph', `${P1}<p>Private Solaranlagen:</p>${P2}`],
    ['a series of labels (an abstract)', `<p>Background:</p><p>Few data.</p><p>Objective:</p><p>To compare.</p><p>Design:</p><p>Cohort.</p><p>Setting:</p><p>England.</p>${P1}`],
    ['a sentence ending in a colon, over a number', `${P1}<p>Die Stadtwerke beantworten Fragen der Anwohner zur neuen Halle an jedem Werktag unter dieser Nummer:</p><p>0761 123 45</p>`],
    ['a last paragraph quoting a post on a social network', `${P1}${P2}<p>La préfecture l'a confirmé dans <a href="https://twitter.com/prefecture/status/123">un message</a> publié lundi soir.</p>`],
    ['a "follow" line in the middle of the story', `${P1}<p>Suivez-nous sur <a href="https://www.facebook.com/gazette">Facebook</a>.</p>${P2}`],
    ['a sentence ending in a colon at the end', `${P1}${P2}<p>Die Stadtwerke beantworten Fragen der Anwohner unter dieser Nummer:</p>`],
  ])('%s', (_, story) => {
    const root = document.createElement('div');
    root.innerHTML = story;
    const { rules, text } = clean(story);
    expect(rules).toEqual([]);
    expect(text).toBe(flat(root.textContent));
  });
});
