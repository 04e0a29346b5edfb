import { ARTICLE_VERSION, type Article, type Gallery } from '../../utils/extract/article';

/** A complete Article for component tests; override any field. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    version: ARTICLE_VERSION,
    title: 'Harbour plan approved',
    byline: 'Jo Reporter',
    siteName: 'The Daily Example',
    publishedTime: '2016-12-19T16:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The council approved the plan.',
    url: 'https://news.example/harbour',
    leadImageUrl: null,
    contentHtml: '<p>The council approved the harbour plan on Monday.</p><p>Work starts in spring.</p>',
    textContent: 'The council approved the harbour plan on Monday.\nWork starts in spring.',
    wordCount: 12,
    readingMinutes: 1,
    galleries: [],
    removed: { galleries: 0, ads: 0, signups: 0, related: 0, other: 0 },
    ...overrides,
  };
}

/** Two galleries shaped like the seed page's: titles, stated counts, captions with credits. */
export const GALLERIES: Gallery[] = [
  {
    title: 'Ambassador killed in gallery shooting',
    photoCount: 9,
    captions: [
      { text: 'The ambassador at the airport.', credit: 'REUTERS/Osman Orsal', imageUrl: 'https://img.example/1.jpg' },
      { text: 'A photo session at the embassy.', imageUrl: 'javascript:alert(1)' },
      { text: 'An interview in Ankara.', credit: 'AGENCY/Photographer' },
    ],
  },
  {
    title: '',
    photoCount: 15,
    captions: [
      { text: 'Police at the scene.', credit: 'REUTERS/Umit Bektas', imageUrl: 'http://img.example/2.jpg' },
      { text: 'Flowers at the embassy gate.', imageUrl: 'data:image/png;base64,AAAA' },
    ],
  },
];
