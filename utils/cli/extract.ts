/**
 * `npm run -s extract -- <file.html | URL>... [--json | --markdown | --html]`:
 * the extension's engine on the command line. Entry point only; the parts
 * live beside it.
 */
import { extractArticle } from '../extract';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args';
import { InputError, loadInput } from './load-input';
import { render } from './output';
import { parseHtml } from './parse-html';

/** Extracts one input and returns what to print; throws InputError when it gives no article. */
async function extractOne(input: string, args: CliArgs, several: boolean): Promise<string> {
  const page = await loadInput(input, args.url);
  const article = extractArticle(parseHtml(page.html, page.url), page.url, { lenient: args.lenient });
  if (!article) throw new InputError(args.lenient ? 'no article found' : 'no article found (try --lenient)');
  return render(article, args.format, several ? input : undefined);
}

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
  let failed = 0;
  let printed = 0;
  // One at a time, so output keeps the order of the inputs.
  for (const input of args.inputs) {
    try {
      const text = await extractOne(input, args, several);
      // Markdown and HTML documents of several inputs are set apart by a blank line.
      process.stdout.write(printed++ > 0 && args.format !== 'json' ? `\n${text}` : text);
    } catch (error) {
      // Any failure, even the engine throwing on one odd page, costs that input only.
      failed++;
      const message = error instanceof InputError ? error.message : `failed: ${String(error)}`;
      process.stderr.write(`extract: ${input}: ${message.replace(/\s+/g, ' ')}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
