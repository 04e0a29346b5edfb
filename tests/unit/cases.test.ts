/**
 * What each fixture page is for, stated as assertions (the golden files
 * hold the full output; these say which parts matter and why).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { loadFixture } from '../helpers/page';

interface Case {
  slug: string;
  /** Text that must stay in the story. */
  keeps: string[];
  /** Text that must not be in the story. */
  drops: string[];
  /** [title, photoCount, number of captions] per gallery, in page order. */
  galleries: [string, number, number][];
  /** Photos that must stay in the story's HTML. */
  images?: string[];
}

const CASES: Case[] = [
  { slug: 'swiper-gallery', keeps: ['We lost everything on the first floor'], drops: ['Water covers Main Street', '1 / 4', 'AP Photo'], galleries: [['', 4, 4]] },
  // The caption of the slide on show repeated in a panel under the viewer, state classes in atomic CSS
  // (as on yahoo-2 in the Readability corpus): the panel goes with the gallery, captions come from the alts.
  { slug: 'current-caption-slideshow', keeps: ['More than 6,000 people', 'gusty afternoon winds'], drops: ['Flames climb a ridge', '1 / 4', 'More\n'], galleries: [['', 4, 4]] },
  // A swiper rail of story teasers (as buzzfeed-1's "Next On BuzzFeed News" in the corpus) is related links,
  // not a gallery; beside it a real swiper gallery whose photos link to their own files (a lightbox) stays one.
  { slug: 'story-rail-not-gallery', keeps: ['Marcus Hale', 'grand opening'], drops: ['Bridge repairs', 'later start times', 'Reading tables fill', '1 / 3'], galleries: [['', 3, 3]] },
  { slug: 'slick-slideshow', keeps: ['Dr Helen Marsh'], drops: ['In pictures', 'Volunteers sieve soil', 'Previous', 'Next'], galleries: [['In pictures: the harbour dig', 3, 3]] },
  { slug: 'json-ld-gallery', keeps: ['Mayor Ellen Brooks'], drops: ['View gallery', 'Rendering 1'], galleries: [['Renderings of the riverside park', 3, 3]] },
  { slug: 'teaser-only-gallery', keeps: ['Utility crews worked through the night', 'Officials urged residents'], drops: ['12 photos', 'View gallery', 'Storm damage across the county', 'Continue reading'], galleries: [['Storm damage across the county', 12, 0]] },
  { slug: 'related-and-popular', keeps: ['Dana Whitcomb', 'discounted fares'], drops: ['Read more:', 'Related Stories', 'New trains delayed', 'Most Popular', 'Trending Now', 'Bike share'], galleries: [] },
  { slug: 'ads-and-labels', keeps: ['Ad hoc volunteer groups', 'Forecasters expect some rain'], drops: ['Advertisement', 'Story continues below', 'Sponsored'], galleries: [] },
  { slug: 'newsletter-promos', keeps: ['Readers who subscribe to the paper', 'loading zones'], drops: ['Morning Brief', 'Stay informed', 'City Hall newsletter', 'By subscribing you agree'], galleries: [] },
  { slug: 'share-bar-and-cta', keeps: ['Want to read about the lake', 'Read more in our archive series'], drops: ['Tweet', 'Copy link', 'LinkedIn', 'Read the full story'], galleries: [] },
  { slug: 'single-figure-kept', keeps: ['Workers leave the mill after the last shift', 'Gary Pruitt'], drops: [], galleries: [], images: ['https://news.example.com/photos/mill-last-shift.jpg'] },
  { slug: 'photo-essay-kept', keeps: ['Captain Luis Amaral has worked on the route', 'Children from the smallest island'], drops: [], galleries: [], images: ['https://news.example.com/essay/ferry-1.jpg', 'https://news.example.com/essay/ferry-2.jpg', 'https://news.example.com/essay/ferry-3.jpg'] },
  { slug: 'lookalike-text-kept', keeps: ['Sign up rates', 'Advertisement revenue', 'Related: the rise of photo reporting', '9 photos of a single house fire', 'Next, the researchers', 'More: the full survey', 'Most popular topics'], drops: [], galleries: [] },
  { slug: 'lazy-images', keeps: ['Heaters burn between rows'], drops: [], galleries: [], images: ['https://news.example.com/img/orchard-heaters.jpg', 'https://news.example.com/img/frost-blossom.jpg'] },
  // No <p> anywhere (a site builder's <div>s): Readability's isProbablyReaderable says no; the story is read all the same.
  { slug: 'div-paragraphs-site', keeps: ['Five years ago the patch of ground', 'A rota, not a committee', 'a small greenhouse for tomatoes'], drops: ['Support us', 'Share', 'The baker who opens at four'], galleries: [] },
  // Slides only in script data: Next.js page data (beside a teaser list and author cards that are no gallery),
  // a state object joined to a "6 PHOTOS" teaser, a JSON.parse("…") string behind a one-slide viewer whose
  // "current caption" panel repeats slide 1, an Arc-style state joined to a "4 images" box, a JSON-LD ItemList.
  { slug: 'next-data-gallery', keeps: ['Thousands of paper lanterns', 'Tonight answers that'], drops: ['Lanterns rise over the harbour wall', 'Ferry timetable'], galleries: [['Lanterns over the old port', 5, 5]] },
  { slug: 'state-teaser-gallery', keeps: ['Flood waters began to recede', 'not this month'], drops: ['6 PHOTOS', 'Flooding in the river valley', 'Sandbags line'], galleries: [['Flooding in the river valley', 6, 6]] },
  { slug: 'cms-script-gallery', keeps: ['Esther Kamau won', 'entries open in September'], drops: ['Runners cross the start line', '1 / 4'], galleries: [['City marathon in pictures', 4, 4]] },
  { slug: 'preloaded-state-gallery', keeps: ['Firefighters gained ground', 'Smoke over the foothills on Wednesday'], drops: ['The Ridge Fire, day by day', '4 images', 'School board'], galleries: [['The Ridge Fire, day by day', 4, 4]] },
  { slug: 'json-ld-image-list', keeps: ['The city museum reopened', "The east wing's main hall."], drops: ['marble staircase'], galleries: [['Inside the restored east wing', 3, 3]] },
  // Captions in attributes: a lightbox set (data-title only) and a fancybox set with visible captions;
  // a single lightbox photo in the story stays. Lazy slides with <noscript> photos and a "1 of 4" counter.
  { slug: 'lightbox-gallery', keeps: ['Nach zwei Jahren Bauzeit', 'Das Nordufer, wo die zweite Brücke geplant ist.'], drops: ['Die Brücke kurz vor der Eröffnung', 'Die Stahlteile kamen per Schiff'], galleries: [['', 4, 4], ['', 3, 3]], images: ['https://news.example.com/media/nordufer-klein.jpg'] },
  // Slides with no <img>: photo in data-image, caption in data-caption, credit in data-credit; the
  // "current caption" panel repeats slide 1 and goes with the viewer.
  { slug: 'attribute-slides-gallery', keeps: ['The swing bridge over the river', 'reopen next September'], drops: ['Crews close the bridge', 'Full Screen', '1 of 5', 'Ivan Roque'], galleries: [['', 5, 5]] },
  { slug: 'noscript-figure-carousel', keeps: ['Apple and cherry growers', 'four generations'], drops: ['Frost on apple blossom', '1 of 4'], galleries: [['', 4, 4]] },
  // Not galleries: script data listing the story's own figures (lightbox zoom, paragraphs between them),
  // a most-read list (headline + page address) and a product list.
  { slug: 'script-data-not-gallery', keeps: ['Deckhand Rui Sousa ties up', 'Passengers wait on the quay', 'The ferry\'s bridge'], drops: ['Harbour parking rules'], galleries: [], images: ['https://news.example.com/essay/crossing-2.jpg'] },
  // Readability crowns the list of 120 signatories (each "Name, Institution" scores a comma); the verdict finds
  // no prose in it, and the second opinion reads the letter, the block with the most prose, instead.
  { slug: 'wrong-container-names', keeps: ['Unsere Bibliotheken, Archive und Museen', 'nicht als Vorwurf'], drops: ['Anna Albrecht', 'Impressum', 'Bühne'], galleries: [] },
  // Line rules in French: a slash credit under a photo, a copyright line, "À lire aussi" and three linked titles
  // in paragraphs of their own after the story (a teaser tail), a "Nous contacter :" label left at the end; a speed
  // limit with a slash, and a list of sources on other sites, stay.
  // Label lines over no prose (a contact card, a link) go; a label over its paragraph and a figure's credited caption stay.
  { slug: 'bare-labels-any-language', keeps: ['Private Solaranlagen:', 'Wer selbst eine Anlage', 'Foto: Stadtwerke/Jana Roth', 'Neue Buslinie 12', 'Telefon 0761'], drops: ['Auch interessant', 'Kontakt:'], galleries: [] },
  // The "write to us / follow us / get the app" lines that end a story go; a paragraph linking to a post on a network stays.
  { slug: 'follow-lines-any-language', keeps: ['un mensaje', 'publicará los datos en abierto'], drops: ['Puede escribirnos', 'Descargue la aplicación'], galleries: [] },
  { slug: 'story-edges-any-language', keeps: ['rouvrira à la circulation', 'le 12 mars', 'Vitesse limitée à 30 km/h', 'Arrêté préfectoral'], drops: ['AFP / Jean Morel', '© 2024', 'À lire aussi', 'marché de Noël', 'Nous contacter'], galleries: [] },
  // A Polish story with no date in its metadata opening on "Publikacja: 04.05.2021" and "Aktualizacja: …" lines: they
  // go, and the first one's date becomes the Article's; a "Stan:" line after the story of an undated page stays.
  { slug: 'date-lines-any-language', keeps: ['Po dwóch latach prac', 'Przetarg ma zostać', 'Stan: 06.05.2021'], drops: ['Publikacja', 'Aktualizacja'], galleries: [] },
  // A wiki page whose infobox (label cells, values all links, a list of links in one cell) sits above the story.
  { slug: 'fact-table-kept', keeps: ['Stadtwerke Nordstadt', 'Kanalstraße\nWerftinsel\nFischmarkt', 'MS Möwe, MS Kranich', 'Weiterbetrieb'], drops: ['Impressum'], galleries: [] },
  // An event page whose CMS stores every umlaut decomposed ("a" + U+0308): the text reads as typed (NFC), so search
  // and copy find "Während"; the HTML keeps what the page had.
  { slug: 'decomposed-letters', keeps: ['Während Sie über den Markt schlendern', 'Händlerinnen und Händler', 'Görlitzer Straße'], drops: ['\u0308'], galleries: [] },
  { slug: 'json-ld-article-body', keeps: ['Writing for the majority', 'Residents who brought the case'], drops: ['reader0 wrote', 'Reply'], galleries: [] },
];

describe.each(CASES)('$slug', ({ slug, keeps, drops, galleries, images }) => {
  const url = `https://news.example.com/${slug}/`;
  const article = extractArticle(loadFixture(`pages/${slug}/source.html`, url), url)!;

  it('is found', () => expect(article).not.toBeNull());
  it.each(keeps)('keeps %j', (text) => expect(article.textContent).toContain(text));
  if (drops.length) it.each(drops)('drops %j', (text) => expect(article.textContent).not.toContain(text));
  it('harvests its galleries', () => {
    expect(article.galleries.map((g) => [g.title, g.photoCount, g.captions.length])).toEqual(galleries);
    for (const caption of article.galleries.flatMap((g) => g.captions)) {
      if (caption.text) expect(article.textContent).not.toContain(caption.text);
    }
  });
  if (images) {
    it('keeps its figures in place', () => {
      for (const src of images) expect(article.contentHtml).toContain(`src="${src}"`);
    });
  }
});
