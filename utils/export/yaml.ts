/** The little YAML the Markdown export writes: front matter of plain strings and string lists. */

/**
 * `value` as a YAML double-quoted scalar. JSON's string escapes are a subset
 * of YAML's, so JSON.stringify does most of it; YAML additionally requires
 * the characters it does not count as printable (C1 controls, DEL, the BOM,
 * line/paragraph separators) to be escaped; JSON.stringify already escapes
 * lone surrogates.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A front matter value: a string, or a list of strings. */
export type FrontMatterValue = string | string[];

/** A `---` fenced YAML block; null, undefined, empty strings and empty lists are left out. */
export function frontMatter(fields: [key: string, value: FrontMatterValue | null | undefined][]): string {
  const lines: string[] = [];
  for (const [key, value] of fields) {
    if (value === null || value === undefined || value.length === 0) continue;
    if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
    else lines.push(`${key}: ${yamlString(value)}`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}
