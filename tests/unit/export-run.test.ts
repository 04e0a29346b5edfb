/**
 * What the library's Export button writes (exportFile): the stored images of
 * the exported articles reach every format that can carry them.
 */
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fileNameFor } from '@/utils/export/file-name';
import { exportFile, type ExportFormat } from '@/utils/export/run';
import { ROOT } from '../e2e/harness';
import { fixtureArticles } from '../helpers/saved';

const PNG = new Uint8Array(readFileSync(join(ROOT, 'public/icon/16.png')));
const STORED = 'https://img.example/chamber.jpg';
const images = new Map([[STORED, { type: 'image/png', bytes: PNG }]]);
const [kitchen, rtl] = fixtureArticles();
const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data));
const dataUrl = `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`;

describe('exportFile with stored images', () => {
  it('inlines them in a single HTML file as data: URLs, and leaves unstored ones remote', () => {
    const html = text(exportFile([kitchen], 'html', images).data);
    expect(html).toContain(`src="${dataUrl}"`);
    expect(html).not.toContain(`src="${STORED}"`);
    expect(html).toContain('src="https://img.example/chart.png"');
  });

  it('writes them to images/ in an HTML zip, linked relatively', () => {
    const files = unzipSync(exportFile([kitchen, rtl], 'html', images).data as Uint8Array);
    expect(files['images/image-1.png']).toEqual(PNG);
    const html = strFromU8(files[fileNameFor(kitchen.title, 'html')]);
    expect(html).toContain('src="images/image-1.png"');
    expect(html).not.toContain(dataUrl);
  });

  it('puts them in the EPUB, listed in its manifest', () => {
    const files = unzipSync(exportFile([kitchen, rtl], 'epub', images).data as Uint8Array);
    expect(files['OEBPS/images/image-1.png']).toEqual(PNG);
    expect(strFromU8(files['OEBPS/content.opf'])).toMatch(/<item [^>]*href="images\/image-1\.png"[^>]*media-type="image\/png"/);
  });

  it('writes them to images/ in a Markdown zip, linked relatively', () => {
    const files = unzipSync(exportFile([kitchen, rtl], 'markdown', images).data as Uint8Array);
    expect(files['images/image-1.png']).toEqual(PNG);
    const markdown = strFromU8(files[fileNameFor(kitchen.title, 'md')]);
    expect(markdown).toContain('](images/image-1.png)');
    expect(markdown).not.toContain(STORED);
  });

  it('keeps the remote addresses in a single Markdown file (it has no folder for them)', () => {
    expect(text(exportFile([kitchen], 'markdown', images).data)).toContain(STORED);
  });

  it.each<ExportFormat>(['html', 'epub', 'markdown'])('exports %s without stored images as before', (format) => {
    expect(() => exportFile([kitchen, rtl], format)).not.toThrow();
  });
});
