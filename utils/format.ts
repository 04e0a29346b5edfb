import { formatDate } from './locale-format';

/** A published date for people in `locale` ("19 December 2016"), or the page's own string if it is not a date. */
export function formatPublished(value: string | null, locale: string): string | null {
  if (!value) return null;
  if (Number.isNaN(new Date(value).getTime())) return value;
  return formatDate(value, locale);
}
