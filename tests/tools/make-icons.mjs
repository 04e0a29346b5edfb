// Rasterises Lede's icon (assets/icon.svg) into public/icon/<size>.png, one
// file per size the manifests name. Run after changing the SVG:
//   node tests/tools/make-icons.mjs
// resvg is deterministic: the same SVG gives the same bytes, so
// tests/unit/icons.test.ts can check that the committed PNGs match the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** The sizes browsers ask for: toolbar 16/32 (1x/2x), management page 48, store listing 96/128. */
export const ICON_SIZES = [16, 32, 48, 96, 128];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCE = join(ROOT, 'assets/icon.svg');
export const iconPath = (size) => join(ROOT, `public/icon/${size}.png`);

let ready;
/** Loads resvg's WebAssembly once. */
function init() {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  ready ??= initWasm(readFileSync(wasm));
  return ready;
}

/** The PNG bytes of the source SVG at `size` × `size` pixels. */
export async function renderIcon(size, svg = readFileSync(SOURCE, 'utf8')) {
  await init();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size } });
  return Buffer.from(resvg.render().asPng());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of ICON_SIZES) writeFileSync(iconPath(size), await renderIcon(size));
  console.log(`Wrote ${ICON_SIZES.map((size) => `${size}.png`).join(', ')} from assets/icon.svg`);
}
