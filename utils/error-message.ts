/** A thrown value as a sentence for the UI or a result: its message, or the value itself. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
