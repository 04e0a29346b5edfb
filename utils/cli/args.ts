/** Command-line arguments of `npm run extract`. */
import { parseArgs } from 'node:util';

/** What to print for each article. */
export type Format = 'markdown' | 'json' | 'html';

/** Parsed command line. */
export interface CliArgs {
  inputs: string[];
  /** Page URL for a file input (Readability resolves links against it). */
  url?: string;
  format: Format;
  /** Skip the is-this-an-article check, as the popup's "Try anyway" does. */
  lenient: boolean;
  help: boolean;
}

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {}

export const HELP = `Usage: npm run -s extract -- <file.html | http(s)://URL>... [options]

Prints the article Lede finds in each page, cleaned by the same engine as the extension.

Options:
  --markdown    Markdown with front matter (the default)
  --json        the Article as the extension receives it, one JSON object a line;
                with several inputs each object also has "source" (the input as given)
  --html        the article's HTML as a standalone document (not sanitised)
  --url URL     page URL for a file input (default: the file's file:// URL)
  --lenient     skip the "is this an article" check ("Try anyway" in the popup)
  -h, --help    this text

Exit status: 0 all inputs gave an article, 1 any input failed (one line on stderr each), 2 bad usage.
Use "npm run -s" (or "npx tsx utils/cli/extract.ts") so npm's banner stays out of the output.`;

/** Parses `argv` (without node and script). Throws UsageError on a bad command line. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        html: { type: 'boolean' },
        url: { type: 'string' },
        lenient: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const formats = (['json', 'markdown', 'html'] as const).filter((format) => values[format]);
  if (formats.length > 1) throw new UsageError(`choose one of --${formats.join(', --')}`);
  const args: CliArgs = {
    inputs: positionals,
    url: values.url,
    format: formats[0] ?? 'markdown',
    lenient: values.lenient ?? false,
    help: values.help ?? false,
  };
  if (args.help) return args;
  if (args.inputs.length === 0) throw new UsageError('no input: give an HTML file or an http(s) URL');
  if (args.url !== undefined) {
    if (!URL.canParse(args.url)) throw new UsageError(`--url: not a URL: ${args.url}`);
    // One page URL cannot be right for several files.
    if (args.inputs.length > 1) throw new UsageError('--url applies to a single input');
  }
  return args;
}
