/**
 * The Content Security Policy of every Lede page (popup, reader, library).
 * A second wall behind the sanitiser: were page HTML ever to slip through,
 * it could run no script, load no frame, plugin, font or remote media,
 * submit no form, set no <base>, and fetch nothing but images.
 *
 * - `style-src 'self'`: Lede's own stylesheets only. The appearance
 *   settings set CSS custom properties through the CSSOM
 *   (utils/appearance.ts), which a CSP does not govern, so no
 *   'unsafe-inline' is needed.
 * - `img-src`: article images come from any site; data: for inline raster
 *   images the sanitiser keeps, blob: for images kept offline.
 * - `connect-src` http(s): the one fetch Lede makes is a saved article's
 *   images, when the user turned "Keep images for offline reading" on (the
 *   background worker shares this policy). Without the optional host access
 *   that switch asks for, such a fetch still fails CORS; scripts cannot run
 *   here to make one (script-src 'self').
 *
 * WXT writes it as `content_security_policy.extension_pages` for MV3 and as
 * the MV2 string for Firefox.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http: data: blob:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
