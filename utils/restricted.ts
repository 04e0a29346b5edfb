/**
 * Pages a browser never lets an extension read, whatever its permissions.
 * Checked before injecting so the popup can say so plainly instead of
 * showing the browser's raw error.
 */
const RESTRICTED_SCHEMES = [
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:',
  'view-source:', 'data:', 'blob:', 'javascript:',
];

/** Stores where Chrome and Firefox block all extension scripts. */
const RESTRICTED_HOSTS: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['accounts-static.cdn.mozilla.net', '/'],
];

/** True when no extension may script `url` (or when there is no URL to read). */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  return RESTRICTED_HOSTS.some(
    ([host, prefix]) => parsed.hostname === host && parsed.pathname.startsWith(prefix),
  );
}

/**
 * executeScript's errors that mean "this page is off limits" rather than
 * "something broke": the PDF viewer, the web store, file:// without the
 * user's "Allow access to file URLs", an error page.
 */
const RESTRICTED_ERRORS = [
  /cannot access/i, // "Cannot access a chrome:// URL", "Cannot access contents of the page"
  /cannot be scripted/i, // "The extensions gallery cannot be scripted."
  /missing host permission/i,
  /extension manifest must request permission/i,
  /error page/i, // "Frame with ID 0 is showing error page"
  /missing required permissions/i,
];

/** True when an executeScript error means the page is restricted. */
export function isRestrictedError(message: string): boolean {
  return RESTRICTED_ERRORS.some((pattern) => pattern.test(message));
}
