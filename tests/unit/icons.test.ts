import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ICON_SIZES, iconPath, renderIcon } from '../tools/make-icons.mjs';

describe('toolbar icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is assets/icon.svg rasterised at that size', async (size) => {
    const committed = readFileSync(iconPath(size));
    // PNG header: width and height are the big-endian words at bytes 16 and 20.
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
    expect(committed.equals(await renderIcon(size)), 'run `node tests/tools/make-icons.mjs` after changing the SVG').toBe(true);
  });
});
