/**
 * A profile in which the user has not turned on "Allow access to file URLs"
 * for Lede. Chromium grants that to an extension loaded from the command
 * line unless the profile says otherwise; the toggle on chrome://extensions
 * stores its choice in the profile's preferences, so the profile is written
 * before launch as the toggle would leave it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, unpackedExtensionId } from './harness';

/** Sets Lede's "Allow access to file URLs" in `profile` (created when missing); returns the profile. */
export function setFileAccess(allowed: boolean, profile = mkdtempSync(join(tmpdir(), 'lede-profile-'))): string {
  const file = join(profile, 'Default', 'Preferences');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const prefs = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const id = unpackedExtensionId(EXTENSION_DIR);
  prefs.extensions ??= {};
  prefs.extensions.settings ??= {};
  prefs.extensions.settings[id] = { ...prefs.extensions.settings[id], newAllowFileAccess: allowed };
  writeFileSync(file, JSON.stringify(prefs));
  return profile;
}

/** A story saved as a file on this computer (a file:// page), in `dir`; its URL. */
export function storyFile(dir: string): string {
  const path = join(dir, 'story.html');
  const paragraph = '<p>The harbour council approved the expansion plan on Monday after a session that ran past midnight, and the vote was close.</p>';
  writeFileSync(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved</title></head>
<body><article><h1>Harbour plan approved</h1>${paragraph.repeat(12)}</article></body></html>`);
  return `file://${path}`;
}
