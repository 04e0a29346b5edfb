/** A published date for people ("19 December 2016"), or the page's own string if it is not a date. */
export function formatDate(value: string | null, lang?: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return date.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  }
}
