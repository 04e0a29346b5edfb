/**
 * axe-core run inside a real extension page (the popup through its CDP
 * session, the reader tab through Playwright). Runtime.evaluate is not
 * subject to the page's CSP, so the library goes in as source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** One serious or critical rule broken, with the nodes that break it. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Something that can evaluate an expression in a page and return its JSON value. */
export type Evaluate = <T>(expression: string) => Promise<T>;

/** The serious and critical axe violations on the page as it is now. */
export async function seriousViolations(evaluate: Evaluate): Promise<Violation[]> {
  if (!(await evaluate<boolean>("typeof window.axe === 'object'"))) await evaluate<unknown>(`${AXE_SOURCE};0`);
  return evaluate<Violation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`);
}
