// Where each browser keeps its profiles, per platform. Paths are joined with the host's path module:
// the platform chooses the layout, the file system is the one we run on (tests build a fake Windows or
// macOS home in a temp folder on Linux).
import { join } from 'node:path';

export type ChromiumBrowser = 'chrome' | 'chromium' | 'edge' | 'brave';
export type BrowserName = 'firefox' | ChromiumBrowser;

export interface Roots {
  /** Folders holding Firefox's profiles.ini (and the profiles, directly or under Profiles/). */
  firefox: string[];
  /** "User Data" folders of Chromium browsers, each holding 'Local State' and the profile folders. */
  chromium: { browser: ChromiumBrowser; root: string }[];
}

export interface Place {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

function linuxRoots(home: string, env: NodeJS.ProcessEnv): Roots {
  const config =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  const flatpak = (app: string, ...rest: string[]): string => join(home, '.var', 'app', app, ...rest);
  return {
    firefox: [
      join(home, '.mozilla', 'firefox'),
      join(home, 'snap', 'firefox', 'common', '.mozilla', 'firefox'),
      flatpak('org.mozilla.firefox', '.mozilla', 'firefox'),
      // Firefox 147+ puts new profiles under the XDG config folder [inf: announced, not seen here].
      join(config, 'mozilla', 'firefox'),
    ],
    chromium: [
      { browser: 'chrome', root: join(config, 'google-chrome') },
      { browser: 'chrome', root: flatpak('com.google.Chrome', 'config', 'google-chrome') },
      { browser: 'chromium', root: join(config, 'chromium') },
      { browser: 'chromium', root: join(home, 'snap', 'chromium', 'common', 'chromium') },
      { browser: 'chromium', root: flatpak('org.chromium.Chromium', 'config', 'chromium') },
      { browser: 'edge', root: join(config, 'microsoft-edge') },
      { browser: 'brave', root: join(config, 'BraveSoftware', 'Brave-Browser') },
      { browser: 'brave', root: flatpak('com.brave.Browser', 'config', 'BraveSoftware', 'Brave-Browser') },
    ],
  };
}

function macRoots(home: string): Roots {
  const support = join(home, 'Library', 'Application Support');
  return {
    firefox: [join(support, 'Firefox')],
    chromium: [
      { browser: 'chrome', root: join(support, 'Google', 'Chrome') },
      { browser: 'chromium', root: join(support, 'Chromium') },
      { browser: 'edge', root: join(support, 'Microsoft Edge') },
      { browser: 'brave', root: join(support, 'BraveSoftware', 'Brave-Browser') },
    ],
  };
}

function windowsRoots(home: string, env: NodeJS.ProcessEnv): Roots {
  const roaming = env.APPDATA || join(home, 'AppData', 'Roaming');
  const local = env.LOCALAPPDATA || join(home, 'AppData', 'Local');
  return {
    firefox: [join(roaming, 'Mozilla', 'Firefox')],
    chromium: [
      { browser: 'chrome', root: join(local, 'Google', 'Chrome', 'User Data') },
      { browser: 'chromium', root: join(local, 'Chromium', 'User Data') },
      { browser: 'edge', root: join(local, 'Microsoft', 'Edge', 'User Data') },
      { browser: 'brave', root: join(local, 'BraveSoftware', 'Brave-Browser', 'User Data') },
    ],
  };
}

export function rootsFor(place: Place): Roots {
  if (place.platform === 'darwin') return macRoots(place.home);
  if (place.platform === 'win32') return windowsRoots(place.home, place.env);
  return linuxRoots(place.home, place.env);
}

const SAFE_STORAGE: Record<ChromiumBrowser, string> = {
  chrome: 'Chrome Safe Storage',
  chromium: 'Chromium Safe Storage',
  edge: 'Microsoft Edge Safe Storage',
  brave: 'Brave Safe Storage',
};

/** Where the secret for --keyring-secret is kept; none on Windows, where no secret helps. */
export function keyringHint(browser: ChromiumBrowser, platform: NodeJS.Platform): string | undefined {
  const item = SAFE_STORAGE[browser];
  if (platform === 'win32') return undefined;
  if (platform === 'darwin') {
    return `the Keychain item "${item}" (security find-generic-password -w -s "${item}"): needed for encrypted values`;
  }
  const app = browser === 'chrome' ? 'chrome' : browser === 'chromium' ? 'chromium' : undefined;
  const lookup = app ? ` (GNOME: secret-tool lookup application ${app})` : '';
  return `"${item}" in the desktop keyring${lookup}: needed only for v11 values`;
}
