import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The suggested key of each command in a built extension's manifest, by command name ('' when none). */
export function suggestedKeys(extensionDir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    commands?: Record<string, { suggested_key?: { default?: string } }>;
  };
  return Object.fromEntries(
    Object.entries(manifest.commands ?? {}).map(([name, command]) => [name, command.suggested_key?.default ?? '']),
  );
}
