/**
 * `url` when it is an absolute http(s) URL, else null. Image URLs come from
 * the page and are untrusted: no javascript:, data:, blob: or extension URLs.
 */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
