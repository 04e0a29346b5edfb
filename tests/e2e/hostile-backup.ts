/**
 * A backup record as an attacker would craft it, for the import tests:
 * every field a backup may hold, each carrying script.
 */
import { fire, xssVectors } from '../helpers/xss-vectors';

/**
 * A backup record crafted by hand from `base` (a real one): script in the
 * title, byline, site, excerpt, warnings, gallery and captions; the whole
 * corpus in the story; javascript: and data:text/html addresses.
 */
export function hostileRecord(base: Record<string, unknown>, beaconOrigin: string) {
  const vectors = xssVectors(beaconOrigin).map((v) => v.html);
  const script = (id: string) => `<script>${fire(id)}</script><img src=x onerror="${fire(id)}">`;
  return {
    ...base,
    id: 'hostile-backup',
    key: 'https://evil.example/hostile',
    url: `javascript:${fire('bk-url')}`,
    leadImageUrl: `javascript:${fire('bk-lead')}`,
    title: `Hostile backup ${script('bk-title')}`,
    byline: `By ${script('bk-byline')}`,
    siteName: `Site ${script('bk-site')}`,
    excerpt: `Excerpt ${script('bk-excerpt')}`,
    contentHtml: `<p>Backup story text.</p>${vectors.map((html) => `<p>${html}</p>`).join('\n')}`,
    textContent: 'Backup story text.',
    galleries: [{
      title: `Gallery ${script('bk-gallery')}`,
      photoCount: 2,
      captions: [
        { text: `Caption ${script('bk-caption')}`, credit: `Credit ${script('bk-credit')}`, imageUrl: `javascript:${fire('bk-image')}` },
        { text: vectors[1], credit: vectors[2], imageUrl: `data:text/html,<script>${fire('bk-image-2')}</script>` },
      ],
    }],
    warnings: [script('bk-warning')],
  };
}
