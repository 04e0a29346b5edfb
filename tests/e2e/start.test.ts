/**
 * `npm start -- <file> --headless`, as a user runs it: Lede opens on that
 * page, not the sample, and the popup's screenshot is written.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';
import { seed } from '../helpers/seed';
import { shellEnv } from '../helpers/shell-env';


describe('npm start on a page of your choice', () => {
  it('reads the named file in headless Chromium and writes the popup screenshot', () => {
    const output = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['tests/e2e/start.ts', '--headless', 'tests/fixtures/pages/seed-figure-carousel/source.html'],
      { cwd: ROOT, env: { ...shellEnv(), INIT_CWD: ROOT }, encoding: 'utf8' },
    );
    expect(output).toMatch(/Lede read http:\/\/127\.0\.0\.1:\d+\/source\.html in headless Chromium/);
    expect(output).toContain(`"${seed.title}"`);
    const shot = readFileSync(join(ROOT, '.output/lede-popup.png'));
    expect(shot.subarray(1, 4).toString('ascii')).toBe('PNG');
  }, 120_000);
});
