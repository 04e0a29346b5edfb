import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../utils/cli/parse-html';
import { pruneHostile } from '../../utils/extract/prune';
const dirs = ['../shared/corpus/readability-test-pages'];
let maxEl = 0, maxName = '', maxText = 0, hits: string[] = [];
for (const dir of dirs) for (const name of readdirSync(dir)) {
  const f = join(dir, name, 'source.html'); if (!existsSync(f)) continue;
  const doc = parseHtml(readFileSync(f, 'utf8'), 'https://x.example/');
  const root = doc.body ?? doc.documentElement;
  const n = root.getElementsByTagName('*').length;
  if (n > maxEl) { maxEl = n; maxName = name; }
  const r = pruneHostile(root);
  if (r.truncatedText || r.collapsedWrappers || r.linkFarms) hits.push(`${name} ${JSON.stringify(r)}`);
}
console.log('max elements', maxEl, maxName); console.log('pruned:', hits.length ? hits.join('\n') : 'none');
