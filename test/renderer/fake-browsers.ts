// The fake core's installed browsers: a few profiles, each holding cookies as its database would, some of them
// encrypted with a keyring secret (rejected, naming --keyring-secret, until the right secret is given), or a
// database too damaged to open. Just enough for the "Import from my browsers" paths of the UI.
import { CrumbsError } from '../../shared/errors';
import type { BrowserProfileView, Cookie } from '../../shared/model';
import type { FakeReading } from './fake-formats';
import { cookie } from './fixtures';

export interface FakeBrowser extends BrowserProfileView {
  cookies: Cookie[];
  /** v11 values: readable only with this secret. */
  encrypted?: { cookie: Cookie; secret: string }[];
  /** The copy cannot be opened (IMPORT_UNREADABLE). */
  damaged?: boolean;
}

export function view({
  cookies: _c,
  encrypted: _e,
  damaged: _d,
  ...profile
}: FakeBrowser): BrowserProfileView {
  return profile;
}

export function readBrowser(
  browsers: readonly FakeBrowser[],
  id: string,
  keyringSecret: string | undefined,
): FakeReading & { name: string } {
  const found = browsers.find((b) => b.id === id);
  if (!found) throw new CrumbsError('NOT_FOUND', 'That browser profile is no longer on this computer.');
  const name = `${found.browser}/${found.profile} ${found.format === 'firefox' ? 'cookies.sqlite' : 'Cookies'}`;
  if (found.damaged) throw new CrumbsError('IMPORT_UNREADABLE', `${name} is not a readable cookie database.`);
  const reading: FakeReading & { name: string } = {
    name,
    format: found.format,
    reason: `the ${found.browser} profile ${found.profile}`,
    cookies: [...found.cookies],
    storage: [],
    problems: [],
  };
  for (const [index, { cookie: c, secret }] of (found.encrypted ?? []).entries()) {
    if (keyringSecret === secret) {
      reading.cookies.push(c);
      continue;
    }
    reading.problems.push({
      where: `${name} record ${found.cookies.length + index + 1}`,
      reason:
        keyringSecret === undefined
          ? `${c.name} (${c.domain}) is encrypted with the keyring secret (v11): give it with --keyring-secret`
          : `${c.name} (${c.domain}) is encrypted with the keyring secret (v11), and the secret given does not decrypt it`,
    });
  }
  return reading;
}

/** Firefox with two profiles, Chrome on Linux (a keyring item) with one v11 cookie, Brave without a hint. */
export function exampleBrowsers(): FakeBrowser[] {
  return [
    {
      id: '/home/ada/.mozilla/firefox/abcd.default-release/cookies.sqlite',
      browser: 'firefox',
      profile: 'default-release',
      format: 'firefox',
      cookieFile: '/home/ada/.mozilla/firefox/abcd.default-release/cookies.sqlite',
      keyringHint: null,
      cookies: [
        cookie({ name: 'sid', value: 'ff-1', domain: 'news.example' }),
        cookie({ name: 'lang', value: 'fr', domain: 'news.example' }),
      ],
    },
    {
      id: '/home/ada/.mozilla/firefox/wxyz.work/cookies.sqlite',
      browser: 'firefox',
      profile: 'work',
      format: 'firefox',
      cookieFile: '/home/ada/.mozilla/firefox/wxyz.work/cookies.sqlite',
      keyringHint: null,
      cookies: [cookie({ name: 'token', value: 'w', domain: 'intranet.example' })],
    },
    {
      id: '/home/ada/.config/google-chrome/Default/Cookies',
      browser: 'chrome',
      profile: 'Default',
      format: 'chromium',
      cookieFile: '/home/ada/.config/google-chrome/Default/Cookies',
      keyringHint: '"Chrome Safe Storage" in the desktop keyring',
      cookies: [cookie({ name: 'plain', value: 'p', domain: 'shop.example' })],
      encrypted: [
        { cookie: cookie({ name: 'cart', value: '42', domain: 'shop.example' }), secret: 'peanuts' },
      ],
    },
    {
      id: '/home/ada/.config/BraveSoftware/Brave-Browser/Default/Cookies',
      browser: 'brave',
      profile: 'Default',
      format: 'chromium',
      cookieFile: '/home/ada/.config/BraveSoftware/Brave-Browser/Default/Cookies',
      keyringHint: null,
      cookies: [],
      encrypted: [{ cookie: cookie({ name: 'bat', value: 'b', domain: 'brave.example' }), secret: 'lion' }],
    },
  ];
}
