// Profile discovery on fake home folders laid out as Linux, macOS and Windows browsers lay them out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrowserProfiles } from '../../../electron/core/browsers';
import { tempDir } from '../../helpers/temp';

let home = '';
let cleanup = (): void => {};
beforeEach(() => {
  const temp = tempDir('crumbs-home-');
  home = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(() => cleanup());

function file(path: string, content = 'x'): string {
  const full = join(home, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

const localState = (names: Record<string, string>): string =>
  JSON.stringify({
    profile: {
      info_cache: Object.fromEntries(
        Object.entries(names).map(([k, name]) => [k, { name, avatar_icon: 'x' }]),
      ),
    },
  });

describe('findBrowserProfiles on Linux', () => {
  it('finds Firefox profiles by profiles.ini (install default first), unlisted folders, snap and flatpak', () => {
    file(
      '.mozilla/firefox/profiles.ini',
      [
        '[Profile1]',
        'Name=default',
        'IsRelative=1',
        'Path=old.default',
        'Default=1',
        '',
        '[Profile0]',
        'Name=Everyday',
        'IsRelative=1',
        'Path=abcd.default-release',
        '',
        '[Profile2]',
        'Name=Empty',
        'IsRelative=1',
        'Path=empty.profile',
        '',
        '[Install4F96D1932A9F858E]',
        'Default=abcd.default-release',
        'Locked=1',
      ].join('\r\n'),
    );
    const old = file('.mozilla/firefox/old.default/cookies.sqlite');
    const everyday = file('.mozilla/firefox/abcd.default-release/cookies.sqlite');
    mkdirSync(join(home, '.mozilla/firefox/empty.profile'), { recursive: true });
    const copied = file('.mozilla/firefox/copied.profile/cookies.sqlite');
    const snap = file('snap/firefox/common/.mozilla/firefox/s1.default/cookies.sqlite');
    const flatpak = file('.var/app/org.mozilla.firefox/.mozilla/firefox/f1.default/cookies.sqlite');

    expect(findBrowserProfiles({ platform: 'linux', env: {}, home })).toEqual([
      { browser: 'firefox', profile: 'Everyday', cookieFile: everyday, format: 'firefox' },
      { browser: 'firefox', profile: 'default', cookieFile: old, format: 'firefox' },
      { browser: 'firefox', profile: 'copied.profile', cookieFile: copied, format: 'firefox' },
      { browser: 'firefox', profile: 's1.default', cookieFile: snap, format: 'firefox' },
      { browser: 'firefox', profile: 'f1.default', cookieFile: flatpak, format: 'firefox' },
    ]);
  });

  it('finds Chromium-family profiles with their Local State names, Network/Cookies first', () => {
    file('.config/google-chrome/Local State', localState({ Default: 'Person 1', 'Profile 2': 'Work' }));
    const chromeDefault = file('.config/google-chrome/Default/Cookies');
    const work = file('.config/google-chrome/Profile 2/Network/Cookies');
    file('.config/google-chrome/Profile 2/Cookies'); // stale pre-96 leftover
    const ten = file('.config/google-chrome/Profile 10/Network/Cookies');
    file('.config/google-chrome/System Profile/Network/Cookies');
    mkdirSync(join(home, '.config/google-chrome/Crashpad'), { recursive: true });
    const chromium = file('.config/chromium/Default/Network/Cookies');
    const edge = file('.config/microsoft-edge/Default/Network/Cookies');
    file('.config/BraveSoftware/Brave-Browser/Local State', '{not json');
    const brave = file('.config/BraveSoftware/Brave-Browser/Default/Network/Cookies');

    const found = findBrowserProfiles({ platform: 'linux', env: {}, home });
    expect(
      found.map(({ browser, profile, cookieFile, format }) => ({ browser, profile, cookieFile, format })),
    ).toEqual([
      { browser: 'chrome', profile: 'Person 1', cookieFile: chromeDefault, format: 'chromium' },
      { browser: 'chrome', profile: 'Work', cookieFile: work, format: 'chromium' },
      { browser: 'chrome', profile: 'Profile 10', cookieFile: ten, format: 'chromium' },
      { browser: 'chromium', profile: 'Default', cookieFile: chromium, format: 'chromium' },
      { browser: 'edge', profile: 'Default', cookieFile: edge, format: 'chromium' },
      { browser: 'brave', profile: 'Default', cookieFile: brave, format: 'chromium' },
    ]);
    expect(found[0]?.keyringHint).toContain('Chrome Safe Storage');
    expect(found[0]?.keyringHint).toContain('secret-tool lookup application chrome');
    expect(found[3]?.keyringHint).toContain('Chromium Safe Storage');
    expect(found[5]?.keyringHint).toContain('Brave Safe Storage');
  });

  it('follows XDG_CONFIG_HOME for Chromium browsers', () => {
    const cookies = file('xdg/google-chrome/Default/Cookies');
    file('.config/google-chrome/Default/Cookies');
    const found = findBrowserProfiles({
      platform: 'linux',
      env: { XDG_CONFIG_HOME: join(home, 'xdg') },
      home,
    });
    expect(found.map((p) => p.cookieFile)).toEqual([cookies]);
  });

  it('finds nothing in an empty home, and nothing where a folder is a file', () => {
    expect(findBrowserProfiles({ platform: 'linux', env: {}, home })).toEqual([]);
    file('.mozilla/firefox', 'not a folder');
    file('.config/google-chrome', 'not a folder');
    expect(findBrowserProfiles({ platform: 'linux', env: {}, home })).toEqual([]);
  });
});

describe('findBrowserProfiles on macOS', () => {
  it('reads ~/Library/Application Support with Keychain hints', () => {
    const support = 'Library/Application Support';
    file(
      `${support}/Firefox/profiles.ini`,
      '[Profile0]\nName=default-release\nIsRelative=1\nPath=Profiles/x1.default-release\n',
    );
    const firefox = file(`${support}/Firefox/Profiles/x1.default-release/cookies.sqlite`);
    file(`${support}/Google/Chrome/Local State`, localState({ Default: 'Anna' }));
    const chrome = file(`${support}/Google/Chrome/Default/Cookies`);
    const chromium = file(`${support}/Chromium/Default/Cookies`);
    const edge = file(`${support}/Microsoft Edge/Profile 1/Cookies`);
    const brave = file(`${support}/BraveSoftware/Brave-Browser/Default/Cookies`);
    // A Linux layout in the same home is not looked at on macOS.
    file('.mozilla/firefox/l.default/cookies.sqlite');

    const found = findBrowserProfiles({ platform: 'darwin', env: {}, home });
    expect(found.map((p) => [p.browser, p.profile, p.cookieFile])).toEqual([
      ['firefox', 'default-release', firefox],
      ['chrome', 'Anna', chrome],
      ['chromium', 'Default', chromium],
      ['edge', 'Profile 1', edge],
      ['brave', 'Default', brave],
    ]);
    expect(found[0]?.keyringHint).toBeUndefined();
    expect(found[1]?.keyringHint).toContain('Keychain item "Chrome Safe Storage"');
    expect(found[3]?.keyringHint).toContain('Microsoft Edge Safe Storage');
  });
});

describe('findBrowserProfiles on Windows', () => {
  it('reads %APPDATA% and %LOCALAPPDATA%, without keyring hints', () => {
    const env = { APPDATA: join(home, 'Roaming'), LOCALAPPDATA: join(home, 'Local') };
    file(
      'Roaming/Mozilla/Firefox/profiles.ini',
      '[Profile0]\r\nName=Main\r\nIsRelative=1\r\nPath=Profiles/w1.default-release\r\n',
    );
    const firefox = file('Roaming/Mozilla/Firefox/Profiles/w1.default-release/cookies.sqlite');
    file('Local/Google/Chrome/User Data/Local State', localState({ Default: 'Ben' }));
    const chrome = file('Local/Google/Chrome/User Data/Default/Network/Cookies');
    const edge = file('Local/Microsoft/Edge/User Data/Default/Network/Cookies');
    const brave = file('Local/BraveSoftware/Brave-Browser/User Data/Default/Network/Cookies');

    const found = findBrowserProfiles({ platform: 'win32', env, home });
    expect(found).toEqual([
      { browser: 'firefox', profile: 'Main', cookieFile: firefox, format: 'firefox' },
      { browser: 'chrome', profile: 'Ben', cookieFile: chrome, format: 'chromium' },
      { browser: 'edge', profile: 'Default', cookieFile: edge, format: 'chromium' },
      { browser: 'brave', profile: 'Default', cookieFile: brave, format: 'chromium' },
    ]);
  });

  it('falls back to AppData under the home folder when the variables are unset', () => {
    const chrome = file('AppData/Local/Google/Chrome/User Data/Default/Network/Cookies');
    const firefox = file('AppData/Roaming/Mozilla/Firefox/Profiles/p.default/cookies.sqlite');
    const found = findBrowserProfiles({ platform: 'win32', env: {}, home });
    expect(found.map((p) => [p.browser, p.profile, p.cookieFile])).toEqual([
      ['firefox', 'p.default', firefox],
      ['chrome', 'Default', chrome],
    ]);
  });
});
