/** The one @babel/core call the UI-literal scan makes (the package ships no types; its @types would be a dependency for one line). */
declare module '@babel/core' {
  export function parseSync(code: string, options: Record<string, unknown>): unknown;
}
