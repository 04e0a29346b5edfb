/**
 * Never fail a page: a step of the engine that throws gives way to the best
 * result still available, named in `warnings`. Each step is broken in turn
 * (its real module wrapped so it throws on demand) and the seed page must
 * still come back with its story.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { loadFixture } from '../helpers/page';
import { seed, squash } from '../helpers/seed';

/** Names of the functions that throw in the current test; "Readability" breaks its parse(). */
const broken = vi.hoisted(() => new Set<string>());

/** Wraps each named export of a real module so it throws while its name is in `broken`. */
async function breakable<M extends Record<string, unknown>>(load: () => Promise<M>, names: string[]): Promise<M> {
  const real = await load();
  const wrapped: Record<string, unknown> = { ...real };
  for (const name of names) {
    const fn = real[name] as (...args: unknown[]) => unknown;
    wrapped[name] = (...args: unknown[]) => {
      if (broken.has(name)) throw new TypeError(`${name} broke`);
      return fn(...args);
    };
  }
  return wrapped as M;
}

vi.mock('@/utils/extract/scan', (load) => breakable(load, ['scanPage']));
vi.mock('@/utils/extract/galleries', (load) => breakable(load, ['harvestGalleries']));
vi.mock('@/utils/extract/data-galleries', (load) => breakable(load, ['scriptGalleries']));
vi.mock('@/utils/extract/boilerplate', (load) => breakable(load, ['removeBoilerplate']));
vi.mock('@/utils/extract/json-ld', (load) => breakable(load, ['readJsonLd']));
vi.mock('@/utils/extract/article-body', (load) => breakable(load, ['shouldUseArticleBody']));
vi.mock('@/utils/extract/post-clean', (load) => breakable(load, ['postClean', 'dropBylineEcho']));
vi.mock('@/utils/extract/metadata', (load) => breakable(load, ['mergeMetadata', 'leadImage']));
vi.mock('@/utils/extract/second-opinion', (load) => breakable(load, ['densestBlock']));
vi.mock('@/utils/extract/verdict', (load) => breakable(load, ['readShape']));
vi.mock('@mozilla/readability', async (load) => {
  const real = await load<typeof import('@mozilla/readability')>();
  // Breaks the first parse only ("Readability once") or every parse.
  class Readability<T> extends real.Readability<T> {
    parse() {
      if (broken.delete('Readability once') || broken.has('Readability')) throw new RangeError('Readability broke');
      return super.parse();
    }
  }
  return { ...real, Readability };
});

const URL = 'https://www.aol.com/article/news/2016/12/19/seed-classic/';
const read = () => extractArticle(loadFixture('pages/seed-classic/source.html', URL), URL);

afterEach(() => broken.clear());

describe('a step that throws', () => {
  it('leaves no warning when nothing breaks', () => {
    expect(read()?.warnings).toEqual([]);
  });

  it.each([
    // [what breaks, the warning, whether the galleries survive]
    ['scanPage', 'the clean-up before Readability failed (TypeError: scanPage broke): read without it', false],
    ['scriptGalleries', 'the clean-up before Readability failed (TypeError: scriptGalleries broke): read without it', false],
    ['harvestGalleries', 'the clean-up before Readability failed (TypeError: harvestGalleries broke): read without it', false],
    ['removeBoilerplate', 'the clean-up before Readability failed (TypeError: removeBoilerplate broke): read without it', false],
    ['Readability once', "Readability after the clean-up failed (RangeError: Readability broke): plain Readability's reading instead", true],
    ['postClean', 'the post-clean failed (TypeError: postClean broke): skipped', true],
    ['mergeMetadata', "metadata failed (TypeError: mergeMetadata broke): Readability's own", true],
    ['dropBylineEcho', 'the byline-echo check failed (TypeError: dropBylineEcho broke): skipped', true],
    ['readShape', 'the article check failed (TypeError: readShape broke): read as an article', true],
    ['leadImage', 'the lead image failed (TypeError: leadImage broke): none', true],
  ])('%s: the story still comes back, and the warning says what was given up', (name, warning, galleries) => {
    broken.add(name);
    const article = read();
    expect(article?.warnings).toEqual([warning]);
    for (const paragraph of seed.paragraphs) expect(squash(article!.textContent)).toContain(squash(paragraph));
    expect(article!.title).toBe(seed.title);
    expect(article!.galleries.length).toBe(galleries ? 2 : 0);
  });

  it('skips the JSON-LD articleBody repair when it throws, keeping what Readability read', () => {
    broken.add('shouldUseArticleBody');
    const url = 'https://news.example.com/json-ld-article-body/';
    const article = extractArticle(loadFixture('pages/json-ld-article-body/source.html', url), url);
    expect(article?.warnings).toEqual(['the JSON-LD articleBody check failed (TypeError: shouldUseArticleBody broke): skipped']);
    expect(article?.textContent).toBeTruthy();
  });

  it('keeps Readability\'s pick when the second opinion on the container throws, with the letter above it put back as its lead', () => {
    broken.add('densestBlock');
    const url = 'https://news.example.com/wrong-container-names/';
    const article = extractArticle(loadFixture('pages/wrong-container-names/source.html', url), url);
    expect(article?.warnings).toEqual(['the second opinion failed (TypeError: densestBlock broke): skipped']);
    expect(article?.textContent).toContain('Universität Leipzig');
    expect(article?.textContent).toContain('Unsere Bibliotheken, Archive und Museen');
  });

  it('reads JSON-LD again after the clean-up failed, and skips it when that fails too', () => {
    broken.add('harvestGalleries');
    broken.add('readJsonLd');
    const article = read();
    expect(article?.warnings).toEqual([
      'the clean-up before Readability failed (TypeError: readJsonLd broke): read without it',
      'JSON-LD failed (TypeError: readJsonLd broke): not used',
    ]);
    expect(article?.textContent).toContain(squash(seed.paragraphs[0]));
  });

  it('says "no article" rather than throwing when even plain Readability fails', () => {
    broken.add('Readability');
    expect(read()).toBeNull();
  });
});
