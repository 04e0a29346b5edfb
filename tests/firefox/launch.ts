/**
 * Starts Debian's Firefox ESR headless with Marionette on, in a fresh
 * profile that keeps it off the network, and connects to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marionette } from './marionette';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Preferences for a test profile: Marionette's port, and no traffic of
 * Firefox's own (updates, telemetry, safe browsing, remote settings, the
 * new-tab page's feeds), so a run needs no network and leaves no trace on it.
 * Downloads go to `downloads` without a question, as they do for a user who
 * kept Firefox's default ("Always ask where to save files" off).
 */
export function profilePrefs(port: number, downloads: string): Record<string, string | number | boolean> {
  return {
    'marionette.port': port,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.search.update': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'media.gmp-manager.url': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'services.settings.server': 'data:,#remote-settings-offline',
  };
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** A TCP port nobody listens on right now (Marionette needs a fixed one in the profile). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A running Firefox and its Marionette connection. */
export interface RunningFirefox {
  marionette: Marionette;
  process: ChildProcess;
  /** Where the profile's downloads land (inside the profile: removed with it). */
  downloads: string;
  /** Quits Firefox and removes its profile. */
  close(): Promise<void>;
}

/** Starts Firefox headless in a fresh profile and opens a Marionette session on it. */
export async function launchFirefox(): Promise<RunningFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  const port = await freePort();
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  writeFileSync(join(profile, 'user.js'), userJs(profilePrefs(port, downloads)));
  const child = spawn(
    FIREFOX,
    ['-headless', '-marionette', '-remote-allow-system-access', '-no-remote', '-profile', profile],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let marionette: Marionette;
  try {
    marionette = await Promise.race([
      Marionette.connect(port),
      exited.then(() => Promise.reject(new Error(`Firefox exited before Marionette answered:\n${stderr}`))),
    ]);
    await marionette.newSession();
  } catch (error) {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    marionette,
    process: child,
    downloads,
    async close() {
      await marionette.quit();
      const quit = await Promise.race([exited.then(() => true), new Promise((done) => setTimeout(done, 10_000, false))]);
      if (!quit) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
