// The project's own small fixtures: a built-in example policy in the shape of the seed site's, and a few
// cookies at fixed offsets from "now" so relative dates are predictable.
import type { Cookie, SitePolicy, StorageEntry } from '../../shared/model';

const DAY = 86_400;

export const EXAMPLE_SITE = 'dashboard.paris';

export const examplePolicy: SitePolicy = {
  site: EXAMPLE_SITE,
  publisher: 'Opendatasoft',
  language: 'en',
  intro: 'This site uses cookies.\n\nHere is what each of them does.',
  sections: [
    {
      category: 'necessary',
      heading: 'Strictly necessary cookies',
      description: 'Needed for the service to work; set automatically.',
    },
  ],
  entries: [
    {
      supplier: 'Opendatasoft',
      name: 'sessionid',
      match: 'exact',
      type: 'cookie',
      duration: { raw: '2 weeks', kind: 'fixed', seconds: 14 * DAY, condition: null },
      function: 'Keeps you signed in.',
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      name: 'csrftoken',
      match: 'exact',
      type: 'cookie',
      duration: { raw: 'Up to 12 months', kind: 'maximum', seconds: 365 * DAY, condition: null },
      function: 'Protects forms against CSRF.',
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      name: 'cookies_preferences',
      match: 'exact',
      type: 'cookie',
      duration: { raw: '6 months', kind: 'fixed', seconds: 182 * DAY, condition: null },
      function: 'Remembers your cookie choices.',
      category: 'necessary',
    },
    {
      supplier: 'Opendatasoft',
      name: 'django_language',
      match: 'exact',
      type: 'cookie',
      duration: { raw: '12 months', kind: 'fixed', seconds: 365 * DAY, condition: null },
      function: 'Remembers your language.',
      category: 'necessary',
    },
  ],
  source: { kind: 'builtin', label: 'Built-in example', at: '2025-01-15', url: null, file: null },
};

export function cookie(partial: Partial<Cookie> & Pick<Cookie, 'name' | 'value' | 'domain'>): Cookie {
  return {
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
    site: partial.domain.split('.').slice(-2).join('.'),
    creation: 1_700_000_000,
    ...partial,
  };
}

export function inDays(days: number): number {
  return Math.floor(Date.now() / 1000) + days * DAY + 60;
}

export function exampleCookies(): Cookie[] {
  return [
    cookie({
      name: 'sessionid',
      value: 's3cr3t-session',
      domain: 'dashboard.paris',
      expires: inDays(13),
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
    }),
    cookie({
      name: 'csrftoken',
      value: 'tok-123',
      domain: 'dashboard.paris',
      hostOnly: false,
      expires: inDays(-2),
      sameSite: 'strict',
    }),
    cookie({ name: '_ga', value: 'GA1.1.42', domain: 'dashboard.paris', hostOnly: false }),
    cookie({ name: 'pref', value: 'dark', domain: 'example.org', expires: inDays(200) }),
  ];
}

/** localStorage of two origins of the example site (consent platforms keep their state there). */
export function exampleStorage(): StorageEntry[] {
  return [
    { origin: `https://${EXAMPLE_SITE}`, name: 'consent', value: '{"statistics":false}' },
    { origin: `https://www.${EXAMPLE_SITE}`, name: 'theme', value: 'dark' },
  ];
}
