/**
 * Never fail a page: every step of the engine runs guarded, and a step that
 * throws (a DOM that lacks something, a page shaped like nothing we tested)
 * gives way to the best result still available — the step skipped, or plain
 * Readability's reading at worst — with a warning in the Article.
 */

/** Runs the engine's steps, keeping one warning per step that threw. */
export class Guard {
  /** What went wrong and what was done instead, one line each, in order. */
  readonly warnings: string[] = [];

  /** `timings`, when given, collects each step's milliseconds by name (summed): `npm run bench:engine`'s per-step times. */
  constructor(private readonly timings?: Map<string, number>) {}

  /**
   * Runs `step`; when it throws, records "`name` failed (error): `instead`"
   * and returns `fallback()` (a fallback that throws too is not caught).
   */
  run<T>(name: string, step: () => T, instead: string, fallback: () => T): T {
    const start = this.timings ? performance.now() : 0;
    try {
      return step();
    } catch (error) {
      this.warnings.push(`${name} failed (${describe(error)}): ${instead}`);
      return fallback();
    } finally {
      if (this.timings) this.timings.set(name, (this.timings.get(name) ?? 0) + performance.now() - start);
    }
  }
}

/** "TypeError: x is not a function", on one line and short. */
export function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
