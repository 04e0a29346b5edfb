import type { SavedSummary } from '@/utils/library';
import { makeArticle } from './article';

/**
 * A saved article's summary, shaped as the store's listSummaries() returns it
 * (the Article's list fields, the library's own, and the caption count).
 */
export function makeSummary(overrides: Partial<SavedSummary> = {}): SavedSummary {
  return { ...baseSummary(), ...overrides };
}

function baseSummary(): SavedSummary {
  const { url, title, byline, siteName, excerpt, publishedTime, lang, dir, wordCount, readingMinutes, leadImageUrl } =
    makeArticle();
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    key: url,
    url, title, byline, siteName, excerpt, publishedTime, lang, dir, wordCount, readingMinutes, leadImageUrl,
    savedAt: Date.UTC(2026, 10, 29, 12),
    updatedAt: Date.UTC(2026, 10, 29, 12),
    read: false,
    captionCount: 0,
  };
}
