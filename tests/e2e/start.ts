/**
 * `npm start [-- <url or file>] [-- --headless]`: builds Lede and opens
 * Chromium with it loaded on a page — the one named (an http(s) address, or
 * a local HTML file served from its folder on 127.0.0.1), else the bundled
 * sample news page.
 *
 * With a display, it clicks the toolbar button once so Lede's popup is the
 * first thing you see, and the browser stays open for you to use. Without
 * one (or with --headless), it clicks the button, writes a screenshot of the
 * popup, prints its path and quits.
 */
import { execSync } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { launchWithExtension, serveDirectory, ROOT } from './harness';
import { Popup } from './popup';
import { startTarget } from './start-target';

const SAMPLE = '/pages/seed-classic/source.html';
const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;

let target;
try {
  // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
  target = startTarget(args, process.env.INIT_CWD ?? process.cwd());
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
let server: Server | undefined;
let url: string;
if (target.kind === 'url') {
  url = target.url;
} else {
  const served = await serveDirectory(target.kind === 'file' ? target.dir : join(ROOT, 'tests/fixtures'));
  server = served.server;
  url = served.origin + (target.kind === 'file' ? target.path : SAMPLE);
}
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);

if (headless) {
  const popup = await Popup.open(browser, page);
  await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
  const shot = join(ROOT, '.output', 'lede-popup.png');
  await popup.screenshot(shot);
  const title = await popup.evaluate<string>("document.querySelector('.article__title, .status__title').textContent");
  console.log(`Lede read ${url} in headless Chromium: "${title}". Popup screenshot: ${shot}`);
  await browser.close();
  server?.close();
} else {
  browser.context.on('close', () => server?.close());
  await Popup.open(browser, page);
  console.log(`Chromium is open on ${url} with Lede loaded, and Lede's popup is showing.`);
  console.log("Open any article and click Lede's toolbar button (pin it from the puzzle-piece menu). Close the browser to stop.");
}
