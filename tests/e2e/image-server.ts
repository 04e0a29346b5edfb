/**
 * A test site with pictures, for the offline-images tests: PNGs made here
 * (the tests ship no binary) served from 127.0.0.1 with the CORS header the
 * granted host access gives the extension's fetch in a real profile.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** A solid-colour PNG of `size`×`size` pixels. */
export function png(size: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => rgb[i % 3])]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PARAGRAPH =
  'The harbour board approved the new breakwater on Monday after a long public consultation, and work is due to start in the spring. ' +
  'Residents who spoke at the meeting said the plan protects the old quay while leaving the beach open to swimmers all year round. ';

/** A news story the engine reads as an article, with a figure for each of `images` ([src, alt]). */
export function storyWith(title: string, images: [string, string][]): string {
  const figures = images.map(
    ([src, alt]) => `<figure><img src="${src}" alt="${alt}" width="120" height="120"><figcaption>${alt}.</figcaption></figure>
<p>${PARAGRAPH.repeat(3)}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><article><h1>${title}</h1>
<p>${PARAGRAPH.repeat(3)}</p>
${figures.join('\n')}
</article></main></body></html>`;
}

/** Files of the test site: path → [content type, bytes]. */
export type SiteFiles = Record<string, [string, Buffer]>;

/**
 * Serves `files` on a free port; 404 for anything else. Pass a function to
 * make files that name the site's own origin (known once it listens).
 * `cors: false` leaves out the CORS header, as most sites do: then only the
 * granted host access lets the extension fetch the files.
 */
export async function serveFiles(
  files: SiteFiles | ((origin: string) => SiteFiles),
  { cors = true }: { cors?: boolean } = {},
): Promise<{ server: Server; origin: string }> {
  let served: SiteFiles = typeof files === 'function' ? {} : files;
  const server = createServer((req, res) => {
    const file = served[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(404).end();
    const headers = { 'content-type': file[0], 'content-length': file[1].length };
    res.writeHead(200, cors ? { ...headers, 'access-control-allow-origin': '*' } : headers).end(file[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (typeof files === 'function') served = files(origin);
  return { server, origin };
}

/**
 * Stops `server` (resolves once it no longer listens). The browser keeps
 * idle keep-alive connections open, and `close()` alone waits for them,
 * so they are cut first: the site is gone the moment this resolves.
 */
export function stopServer(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    server.close(() => done());
    server.closeAllConnections();
  });
}

/** How many image rows the library database holds, read in an extension page. */
export function countImageRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lede-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('images').objectStore('images').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
}
