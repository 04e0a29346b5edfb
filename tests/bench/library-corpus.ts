/**
 * Articles for the library benchmark: the corpus pages run through the
 * engine in the browser (DOMParser in an extension page: many times faster
 * than jsdom, and the DOM the extension itself reads), and an in-page
 * generator that varies them into as many distinct articles as asked for.
 */
import type { Page } from 'playwright-core';
import type { Article } from '../../utils/extract';
import { injectExtract } from '../e2e/store-in-page';
import { loadCorpus, pageUrl } from '../helpers/corpus';

/** Every corpus page the engine reads, as the Article it returns, extracted in `page` (an extension page). */
export async function corpusArticles(page: Page): Promise<Article[]> {
  await injectExtract((expression) => page.evaluate(expression));
  const articles: Article[] = [];
  for (const { name, html } of loadCorpus()) {
    const url = pageUrl('https://corpus.example', name);
    const article = await page.evaluate(
      ({ html, url }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        // Links and images resolve against the page's address, not the extension's.
        const base = doc.createElement('base');
        base.href = url;
        doc.head.prepend(base);
        return (globalThis as unknown as { ledeExtract: (d: Document, u: string) => Article | null }).ledeExtract(doc, url);
      },
      { html, url },
    );
    if (article) articles.push(article);
  }
  return articles;
}

/**
 * Source of a function, run in the page, that saves articles `from`..`to`-1
 * through the store's own saveArticle, `batch` at a time. Article i is corpus
 * article i mod n with three paragraphs of another one appended and a
 * sentence of made-up names (so the vocabulary grows with the library, as a
 * real one's does), a title and URL of its own, and a saved date an hour
 * before the previous one. Plain JavaScript in a string: a function handed to
 * page.evaluate would carry the TypeScript compiler's helpers with it.
 */
export const FILL_SOURCE = `async ({ bases, from, to, batch, now }) => {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'vos', 'bel', 'dru', 'ne', 'sha', 'pol', 'gri', 'an', 'tor', 'ulu', 'fen'];
  const name = (seed) => {
    let word = '';
    for (let n = seed + 7, k = 0; k < 3; k++, n = Math.floor(n / 16) + k * 31) word += syllables[n % 16];
    return word[0].toUpperCase() + word.slice(1);
  };
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const make = (i) => {
    const base = bases[i % bases.length];
    const other = bases[(i * 7 + 3) % bases.length];
    const extra = other.textContent.split('\\n').filter(Boolean).slice(0, 3);
    const names = [name(i), name(i * 13 + 5), name(i * 101 + 11)];
    const sentence = 'Reported by ' + names.join(', ') + ' in dispatch ' + i + '.';
    const text = base.textContent + '\\n' + extra.join('\\n') + '\\n' + sentence;
    const words = text.split(/\\s+/).filter(Boolean).length;
    return {
      ...base,
      title: base.title + ' — ' + names[0],
      url: base.url.replace('/source.html', '/' + i + '.html'),
      contentHtml: base.contentHtml + extra.map((p) => '<p>' + escape(p) + '</p>').join('') + '<p>' + escape(sentence) + '</p>',
      textContent: text,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
    };
  };
  for (let start = from; start < to; start += batch) {
    const saves = [];
    for (let i = start; i < Math.min(to, start + batch); i++) {
      const article = make(i);
      saves.push(globalThis.ledeStore.saveArticle(article, article.url, now - i * 3600000));
    }
    await Promise.all(saves);
  }
}`;
