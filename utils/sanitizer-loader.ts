/**
 * DOMPurify and Lede's sanitiser, loaded on first use rather than with the
 * page: the popup starts loading it beside the read of the tab (main.ts), so
 * its ~12 kB gzip load while the tab is read rather than in front of the read.
 * The article's paint still waits on it (tests/bench/bundle-size.ts counts it).
 */
type Sanitizer = typeof import('./sanitize');

let loaded: Sanitizer | undefined;
let loading: Promise<Sanitizer> | undefined;

/** Starts loading the sanitiser (once) and resolves with it. */
export function loadSanitizer(): Promise<Sanitizer> {
  loading ??= import('./sanitize').then((module) => (loaded = module));
  return loading;
}

/** The sanitiser if it has loaded, else undefined (then wait on loadSanitizer()). */
export function loadedSanitizer(): Sanitizer | undefined {
  return loaded;
}
