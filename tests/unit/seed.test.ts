/**
 * The seed article in four markup styles: each must give the 21 paragraphs
 * and the subheading in order, no gallery or promo text, and both galleries
 * with their titles, stated counts and all 22 captions.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { loadFixture } from '../helpers/page';
import { seed, squash } from '../helpers/seed';

const RENDITIONS = ['seed-classic', 'seed-figure-carousel', 'seed-generated-classes', 'seed-div-paragraphs'];

describe.each(RENDITIONS)('%s', (slug) => {
  const url = `https://www.aol.com/article/news/2016/12/19/${slug}/`;
  const article = extractArticle(loadFixture(`pages/${slug}/source.html`, url), url)!;

  it('is an article by Reuters on AOL.com', () => {
    expect(article).not.toBeNull();
    expect(article).toMatchObject({ title: seed.title, byline: 'Reuters', siteName: 'AOL.com' });
    expect(article.publishedTime).toMatch(/^2016-12-19T/);
  });

  it('keeps the 21 paragraphs and the subheading, in order, and nothing else', () => {
    expect(article.textContent.split('\n').map(squash)).toEqual(seed.blocks.map(squash));
  });

  it.each([...seed.controls, ...seed.related, ...seed.signup.map(squash)])('drops %j from the text and the HTML', (text) => {
    expect(squash(article.textContent)).not.toContain(text);
    expect(squash(article.contentHtml)).not.toContain(text);
  });

  it('harvests both galleries with their titles, stated counts and captions in order', () => {
    expect(article.galleries.map((g) => [g.title, g.photoCount, g.captions.length])).toEqual(
      seed.galleries.map((g) => [g.title, g.photoCount, g.captions.length]),
    );
    const read = article.galleries.map((g) => g.captions.map((c) => squash([c.text, c.credit].filter(Boolean).join(' '))));
    expect(read).toEqual(seed.galleries.map((g) => g.captions.map(squash)));
    for (const caption of seed.galleries.flatMap((g) => g.captions)) {
      expect(squash(article.textContent)).not.toContain(squash(caption).slice(0, 60));
    }
  });

  it('gives every caption its absolute photo address and splits agency credits off', () => {
    const captions = article.galleries.flatMap((g) => g.captions);
    for (const caption of captions) expect(caption.imageUrl).toMatch(/^https:\/\/www\.aol\.com\/img\/g[12]-\d+\.jpg$/);
    expect(captions.find((c) => c.text.startsWith('An ambulance leaves'))?.credit).toBe('REUTERS/Umit Bektas');
    expect(captions.filter((c) => c.credit === '(Photo by Erhan Ortac/Getty Images)')).toHaveLength(2);
  });

  it('counts what it removed', () => {
    expect(article.removed.galleries).toBe(2);
    expect(article.removed.signups).toBe(1);
    expect(article.removed.ads).toBeGreaterThanOrEqual(1);
  });
});
