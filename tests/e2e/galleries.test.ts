/**
 * Galleries that hide from the markup, in a real browser: slides only in
 * Next.js page data, a "6 PHOTOS" teaser whose slides are in a state object,
 * and a lightbox set whose captions live in attributes. The popup's caption
 * view lists their captions; the story shows none of them. Chromium runs the
 * page's scripts here (the fixtures' are inert data), and the engine reads
 * them as data all the same.
 */
import { describe, expect, it } from 'vitest';
import { squash } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';

const env = useExtensionBrowser();

const CASES: { slug: string; captions: string[]; story: string }[] = [
  { slug: 'next-data-gallery', captions: ['Lanterns rise over the harbour wall shortly after dark on Saturday.', 'The last lanterns drift past the lighthouse after midnight.'], story: 'Thousands of paper lanterns drifted' },
  { slug: 'state-teaser-gallery', captions: ['Water covers the road into Millbrook on Tuesday morning.', 'Residents return to their homes on Wednesday afternoon.'], story: 'Flood waters began to recede' },
  { slug: 'lightbox-gallery', captions: ['Die Brücke kurz vor der Eröffnung am Samstagmorgen.', 'Die Geländer wurden im Winter montiert.'], story: 'Nach zwei Jahren Bauzeit' },
];

describe.each(CASES)('the popup on $slug', ({ slug, captions, story }) => {
  it('lists the captions the page keeps out of sight, and keeps them out of the story', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/pages/${slug}/source.html`);
    const popup = await Popup.open(env.browser, page);
    await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
    const body = squash(await popup.evaluate<string>("document.querySelector('.article__body')?.innerText ?? ''"));
    expect(body).toContain(story);
    for (const caption of captions) expect(body).not.toContain(caption);
    const label = await popup.evaluate<string>("document.querySelector('button[role=switch]').innerText");
    expect(label).toMatch(/^Captions/);
    // The switch's state is a setting: an earlier test may have left the captions on.
    await popup.evaluate("(() => { const s = document.querySelector('button[role=switch]'); if (s.getAttribute('aria-checked') !== 'true') s.click(); })()");
    const listed = squash(await popup.waitFor<string>("[...document.querySelectorAll('.gallery__captions')].map((list) => list.innerText).join(' ')"));
    for (const caption of captions) expect(listed).toContain(caption);
    await popup.close();
    await page.close();
  });
});
