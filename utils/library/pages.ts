import { browser } from 'wxt/browser';

/**
 * The library page's address (entrypoints/library/, a fixed path people can
 * bookmark). Typed loosely: the path exists only once that entrypoint is built.
 */
export function libraryUrl(): string {
  return (browser.runtime.getURL as (path: string) => string)('/library.html');
}

/** Opens the library in a new tab. */
export async function openLibraryTab(): Promise<void> {
  await browser.tabs.create({ url: libraryUrl() });
}
