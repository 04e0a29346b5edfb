/**
 * Lede's share of click-to-article (popup document start → article painted),
 * split into phases by the marks the popup takes (`lede:…`, see
 * entrypoints/popup, utils/extract-tab.ts, components/SafeHtml.tsx). The
 * injected script's two marks come from its own clock (wall time in the
 * page, put on the popup's timeline), so a phase across that boundary can be
 * off by a fraction of a millisecond.
 */
import { percentile } from '../helpers/corpus';

/** Mark name → its startTime in the popup (ms since the popup document started). */
export type Marks = Record<string, number>;

/** The phases in order: each runs from the previous mark (document start for the first) to its own. */
export const PHASES: Array<[mark: string, label: string]> = [
  ['lede:main-start', 'popup document start → first module running'],
  ['lede:extract-start', 'tabs.query (the active tab)'],
  ['lede:inject-sent', 'executeScript call sent'],
  ['lede:inject-start', 'injection reaches the page, script compiled, main() starts'],
  ['lede:engine-done', 'the engine in the page'],
  ['lede:result-received', 'result back in the popup (serialise, IPC, deserialise)'],
  ['lede:extract-end', 'result checked'],
  ['lede:sanitise-start', 'waiting: sanitiser, settings, Preact render to the body'],
  ['lede:sanitised', 'sanitised to a fragment and inserted'],
  ['lede:rendered', 'rest of the render (layout effects)'],
  ['lede:article-painted', 'style, layout, paint (next frame)'],
];

/** Marks that are not phase boundaries but say when a parallel load finished. */
export const SIDE_MARKS: Array<[mark: string, label: string]> = [
  ['lede:sanitizer-loaded', 'sanitiser chunk loaded'],
  ['lede:settings-loaded', 'settings read'],
];

/** The JS expression that reads every `lede:` mark in the popup. */
export const READ_MARKS = `Object.fromEntries(performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('lede:')).map((m) => [m.name, m.startTime]))`;

/** Phase durations of one popup, in PHASES order; NaN where a mark is missing. */
export function phaseDurations(marks: Marks): number[] {
  let previous = 0;
  return PHASES.map(([mark]) => {
    const at = marks[mark];
    if (at === undefined) return Number.NaN;
    const duration = at - previous;
    previous = at;
    return duration;
  });
}

/** Lines for the report: each phase's median and p95 over the popups, and the side marks' medians. */
export function phaseReport(all: Marks[]): string[] {
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  const durations = all.map(phaseDurations);
  const lines = PHASES.map(([, label], i) => {
    const values = durations.map((d) => d[i]).filter((v) => Number.isFinite(v));
    if (!values.length) return `    ${label.padEnd(62)} (no mark)`;
    return `    ${label.padEnd(62)} median ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}`;
  });
  for (const [mark, label] of SIDE_MARKS) {
    const values = all.map((m) => m[mark]).filter((v): v is number => v !== undefined);
    if (values.length) lines.push(`    (${label} at ${ms(percentile(values, 50)).trim()} after document start, median)`);
  }
  return lines;
}
