/**
 * `npm start`: builds Lede, serves the bundled sample news page on
 * 127.0.0.1 and opens Chromium with the extension loaded on it.
 *
 * With a display, it clicks the toolbar button once so Lede's popup is the
 * first thing you see, and the browser stays open for you to use. Without
 * one (or with --headless), it clicks the button, writes a screenshot of the
 * popup, prints its path and quits.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { launchWithExtension, serveDirectory, ROOT } from './harness';
import { Popup } from './popup';

const SAMPLE = '/pages/seed-classic/source.html';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const { server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures'));
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(origin + SAMPLE);

if (headless) {
  const popup = await Popup.open(browser, page);
  await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
  const shot = join(ROOT, '.output', 'lede-popup.png');
  await popup.screenshot(shot);
  console.log(`Lede read ${origin + SAMPLE} in headless Chromium. Popup screenshot: ${shot}`);
  await browser.close();
  server.close();
} else {
  browser.context.on('close', () => server.close());
  await Popup.open(browser, page);
  console.log(`Chromium is open on ${origin + SAMPLE} with Lede loaded, and Lede's popup is showing.`);
  console.log("Open any article and click Lede's toolbar button (pin it from the puzzle-piece menu). Close the browser to stop.");
}
