import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber, matchingLocale, pluralMessage, usableLocale } from '@/utils/locale-format';
import { messageLookup } from '../helpers/messages';

const lookups = { en: messageLookup('en'), de: messageLookup('de') };

describe('pluralMessage', () => {
  it.each([
    ['en', 'articleCount', 0, [], '0 articles'],
    ['en', 'articleCount', 1, [], '1 article'],
    ['en', 'articleCount', 2, [], '2 articles'],
    ['en', 'articleCount', 12345, [], '12,345 articles'],
    ['en', 'captionSwitchLabel', 1, [], 'Captions (1 gallery)'],
    ['en', 'captionSwitchLabel', 3, [], 'Captions (3 galleries)'],
    ['en', 'readingMinutes', 5, [], '5 min read'],
    ['en', 'listMatchesOnSite', 1, ['harbour', 'Beta'], '1 match for “harbour” on Beta'],
    ['en', 'listMatchesOnSite', 2, ['harbour', 'Beta'], '2 matches for “harbour” on Beta'],
    ['de', 'articleCount', 1, [], '1 Artikel'],
    ['de', 'storedImageCount', 1, [], '1 gespeichertes Bild'],
    ['de', 'storedImageCount', 4, [], '4 gespeicherte Bilder'],
    ['de', 'photoCount', 0, [], '0 Fotos'],
    ['de', 'photoCount', 12345, [], '12.345 Fotos'],
    ['de', 'captionSwitchLabel', 1, [], 'Bildunterschriften (1 Galerie)'],
    ['de', 'captionSwitchLabel', 2, [], 'Bildunterschriften (2 Galerien)'],
    ['de', 'readingMinutes', 5, [], '5 Min. Lesezeit'],
    ['de', 'listMatches', 3, ['Hafen'], '3 Treffer für „Hafen“'],
  ] as const)('%s %s × %i → %s', (locale, base, count, more, expected) => {
    expect(pluralMessage(lookups[locale], locale, base, count, ...more)).toBe(expected);
  });

  it('falls back to the "other" form for a category the messages lack', () => {
    // Polish has "few" (2–4) and "many" (5+); the messages give only one and other.
    expect(pluralMessage(lookups.en, 'pl', 'photoCount', 3)).toBe('3 photos');
    expect(pluralMessage(lookups.en, 'pl', 'photoCount', 1)).toBe('1 photo');
  });
});

describe('formatting for the UI language', () => {
  it.each([
    ['en', 1234567.5, '1,234,567.5'],
    ['de', 1234567.5, '1.234.567,5'],
    ['en-US', 0, '0'],
  ])('formatNumber %s %d → %s', (locale, value, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it.each([
    ['en', 512, '512 bytes'],
    ['en', 1, '1 byte'],
    ['en', 1536, '1.5 kB'],
    ['en', 25 * 1024 * 1024, '25 MB'],
    ['de', 1536, '1,5 kB'],
    ['de', 3.25 * 1024 ** 3, '3,3\u00a0GB'], // German puts a no-break space before GB
  ])('formatBytes %s %d → %s', (locale, bytes, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });

  it.each([
    ['en', '2016-12-19T12:00:00Z', 'long', 'December 19, 2016'],
    ['en-GB', '2016-12-19T12:00:00Z', 'long', '19 December 2016'],
    ['de', '2016-12-19T12:00:00Z', 'long', '19. Dezember 2016'],
    ['en', Date.UTC(2026, 10, 29, 12), 'short', 'Nov 29, 2026'],
    ['de', Date.UTC(2026, 10, 29, 12), 'short', '29. Nov. 2026'],
  ] as const)('formatDate %s %s (%s) → %s', (locale, value, style, expected) => {
    expect(formatDate(value, locale, style)).toBe(expected);
  });

  it.each([
    ['de-DE', 'de-DE'],
    ['en_US', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('usableLocale(%j) → %s', (wanted, expected) => {
    expect(usableLocale(wanted, 'en')).toBe(expected);
  });

  it.each([
    ['en-GB', 'en', 'en-GB'],
    ['de-AT', 'de', 'de-AT'],
    ['fr-FR', 'en', 'en'],
    ['en-US', 'de', 'de'],
    ['', 'de', 'de'],
  ])('matchingLocale(browser %j, messages %s) → %s', (browserTag, messagesTag, expected) => {
    expect(matchingLocale(browserTag, messagesTag)).toBe(expected);
  });
});
