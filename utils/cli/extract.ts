/**
 * `npm run -s extract -- <file.html | URL>... [--json | --markdown | --html]`:
 * the extension's engine on the command line. Entry point only; the parts
 * live beside it.
 */
import { extractArticle } from '../extract';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args';
import { InputError, loadInput } from './load-input';
import { render } from './output';
import { parseWithWarnings } from './parse-html';

/** What to print for one input, and the steps that had to be given up on it. */
interface Extracted {
  text: string;
  warnings: string[];
}

/** Extracts one input; throws InputError when it gives no article. */
async function extractOne(input: string, args: CliArgs, several: boolean): Promise<Extracted> {
  const page = await loadInput(input, args.url);
  const parsed = parseWithWarnings(page.html, page.url);
  const article = extractArticle(parsed.document, page.url, { lenient: args.lenient });
  if (!article) throw new InputError(args.lenient ? 'no article found' : 'no article found (try --lenient)');
  // The JSON output carries them too: the Article as the extension would have it, plus what the DOM gave up.
  article.warnings = [...parsed.warnings, ...(article.warnings ?? [])];
  return { text: render(article, args.format, several ? input : undefined), warnings: article.warnings };
}

/** One line for stderr, prefixed with the input it is about. */
const line = (input: string, message: string) => `extract: ${input}: ${message.replace(/\s+/g, ' ')}\n`;

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`extract: ${error.message} (see --help)\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const several = args.inputs.length > 1;
  const failed: string[] = [];
  let printed = 0;
  // One at a time, so output keeps the order of the inputs.
  for (const input of args.inputs) {
    try {
      const { text, warnings } = await extractOne(input, args, several);
      // Markdown and HTML documents of several inputs are set apart by a blank line.
      process.stdout.write(printed++ > 0 && args.format !== 'json' ? `\n${text}` : text);
      for (const warning of warnings) process.stderr.write(line(input, `warning: ${warning}`));
    } catch (error) {
      // Any failure, even the DOM throwing on one odd page, costs that input only.
      failed.push(input);
      process.stderr.write(line(input, error instanceof InputError ? error.message : `failed: ${String(error)}`));
    }
  }
  if (several && failed.length > 0) {
    process.stderr.write(`extract: ${failed.length} of ${args.inputs.length} inputs failed: ${failed.join(' ')}\n`);
  }
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
