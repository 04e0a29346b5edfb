import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../../utils/cli/parse-html';
import { pruneHostile } from '../../utils/extract/prune';
const dir = '../shared/corpus/trafilatura-eval/html';
let maxEl = 0, maxName = '', hits: string[] = [], n = 0;
for (const name of readdirSync(dir)) {
  let html = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
  const count = (html.match(/<[a-zA-Z]/g) ?? []).length;
  if (count < 15000 && !/.{100000}/s.test('')) { // parse only pages that could meet a bound
  }
  const doc = parseHtml(html, 'https://x.example/');
  const root = doc.body ?? doc.documentElement;
  const els = root.getElementsByTagName('*').length;
  if (els > maxEl) { maxEl = els; maxName = name; }
  const r = pruneHostile(root);
  if (r.truncatedText || r.collapsedWrappers || r.linkFarms) hits.push(`${name} ${JSON.stringify(r)}`);
  n++;
}
console.log('pages', n, 'max elements', maxEl, maxName); console.log('pruned:', hits.length ? hits.join('\n') : 'none');
