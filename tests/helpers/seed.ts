import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './page';

/** The seed article's text (tests/fixtures/seed/seed.json, parsed from ../shared/seed). */
export interface Seed {
  title: string;
  /** The 21 story paragraphs, in order. */
  paragraphs: string[];
  /** Paragraphs and the subheading, in page order. */
  blocks: string[];
  subheading: string;
  galleries: Array<{ title: string; photoCount: number; captions: string[] }>;
  related: string[];
  signup: string[];
  /** Slideshow controls and other leftovers that must not reach the story. */
  controls: string[];
}

export const seed: Seed = JSON.parse(readFileSync(join(FIXTURES, 'seed/seed.json'), 'utf8'));

/** Text with every run of white space (no-break spaces too) folded to one space. */
export const squash = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();
