// "Import from my browsers": the Firefox, Chrome, Chromium, Edge and Brave profiles installed at the
// standard places of Linux, macOS and Windows, each with its cookie database. Only looks: nothing is
// opened here, and a folder that cannot be read is skipped.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromiumProfiles } from './chromium';
import { firefoxProfiles } from './firefox';
import { keyringHint, rootsFor, type BrowserName } from './locations';

export type { BrowserName } from './locations';

export interface BrowserProfile {
  browser: BrowserName;
  /** The name the user gave it (profiles.ini Name, Chromium's profile name), else its folder name. */
  profile: string;
  cookieFile: string;
  /** Which reader reads cookieFile. */
  format: 'firefox' | 'chromium';
  /** Where the secret for --keyring-secret is kept (Chromium on Linux and macOS). */
  keyringHint?: string;
}

export interface FindOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  home?: string;
}

const BROWSER_ORDER: BrowserName[] = ['firefox', 'chrome', 'chromium', 'edge', 'brave'];

export function findBrowserProfiles(options: FindOptions = {}): BrowserProfile[] {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  const roots = rootsFor({ platform, env, home });
  const found: BrowserProfile[] = [];
  const seen = new Set<string>();
  const add = (profile: BrowserProfile): void => {
    if (seen.has(profile.cookieFile)) return;
    seen.add(profile.cookieFile);
    found.push(profile);
  };
  for (const root of roots.firefox) {
    for (const p of firefoxProfiles(root)) {
      add({
        browser: 'firefox',
        profile: p.name,
        cookieFile: join(p.dir, 'cookies.sqlite'),
        format: 'firefox',
      });
    }
  }
  for (const { browser, root } of roots.chromium) {
    const hint = keyringHint(browser, platform);
    for (const p of chromiumProfiles(root)) {
      add({
        browser,
        profile: p.name,
        cookieFile: p.cookieFile,
        format: 'chromium',
        ...(hint ? { keyringHint: hint } : {}),
      });
    }
  }
  // Stable sort: browsers in a fixed order, each browser's profiles in the order found.
  return found.sort((a, b) => BROWSER_ORDER.indexOf(a.browser) - BROWSER_ORDER.indexOf(b.browser));
}
