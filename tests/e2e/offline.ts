import type { BrowserContext, Page } from 'playwright-core';

/**
 * Refuses every request of `target` but file: ones, as a machine with no
 * network would, and returns the list the refused addresses are added to.
 */
export async function refuseNetwork(target: Page | BrowserContext): Promise<string[]> {
  const refused: string[] = [];
  await target.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return refused;
}
