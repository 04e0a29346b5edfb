/**
 * `npx tsx tests/eval/where.ts <file> [snippet]`: where a snippet sits in a
 * page (the smallest element holding it and its ancestors), for debugging
 * the eval's misses and leaks. Without a snippet: every `with` and `without`.
 */
import { loadEvalPages, parseEvalPage } from './corpus';
import { normaliseSpace } from './score';

function describeEl(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
  const role = el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '';
  const prop = el.getAttribute('itemprop') ? `[itemprop=${el.getAttribute('itemprop')}]` : '';
  return `${el.tagName.toLowerCase()}${id}${cls}${role}${prop}`;
}

function smallest(root: Element, needle: string): Element | null {
  if (!normaliseSpace(root.textContent ?? '').includes(needle)) return null;
  for (const child of root.children) {
    const hit = smallest(child, needle);
    if (hit) return hit;
  }
  return root;
}

const [file, snippet] = process.argv.slice(2);
const page = loadEvalPages().find((p) => p.file === file.replace(/\.gz$/, ''));
if (!page) throw new Error(`no page ${file}`);
const doc = parseEvalPage(page);
for (const s of snippet ? [snippet] : [...page.with.map((w) => `+${w}`), ...page.without.map((w) => `-${w}`)]) {
  const needle = normaliseSpace(s.replace(/^[+-]/, ''));
  const el = smallest(doc.body, needle);
  const chain: string[] = [];
  for (let up = el; up && up !== doc.body; up = up.parentElement) chain.push(describeEl(up));
  console.log(`${s.slice(0, 60)}\n   ${el ? `${chain.join(' < ')}  (${normaliseSpace(el.textContent ?? '').length} chars)` : 'not in the body text'}`);
}
