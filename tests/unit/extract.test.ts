import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { countWords } from '@/utils/extract/text';
import { loadFixture as load } from '../helpers/page';
import { seed } from '../helpers/seed';


describe('extractArticle', () => {
  it('returns a plain serialisable Article for the seed page', () => {
    const url = 'https://www.aol.com/article/news/2016/12/19/russian-ambassador/21630329/';
    const article = extractArticle(load('pages/seed-classic/source.html', url), url)!;
    expect(article).not.toBeNull();
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
    expect(article).toMatchObject({
      title: seed.title,
      byline: 'Reuters',
      siteName: 'AOL.com',
      url,
      lang: 'en-US',
    });
    for (const paragraph of seed.paragraphs) expect(article.textContent).toContain(paragraph);
    // The story alone: 21 paragraphs and the subheading, no captions or controls.
    expect(article.wordCount).toBe(countWords([...seed.paragraphs, seed.subheading].join(' ')));
    expect(article.readingMinutes).toBe(3);
  });

  it('leaves the document it reads untouched', () => {
    const doc = load('pages/seed-classic/source.html');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://example.com/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds no article on a sign-in page', () => {
    const doc = load('e2e/no-article.html');
    expect(extractArticle(doc, 'https://example.com/')).toBeNull();
  });
});
