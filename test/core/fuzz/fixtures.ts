// One small valid file per reader, built here (never copied from anywhere), with two holes the fuzz
// cases fill: the first cookie's NAME (for `__proto__` / `constructor` / `prototype`) and its expiry
// (for huge numbers). Everything expires relative to the real clock so the seed jar stays live.
import type { ReaderId } from '../../../electron/core/formats/plugin';
import {
  CHROMIUM_SCHEMA,
  chromeTime,
  chromiumEncrypt,
  chromiumInsert,
  FIREFOX_SCHEMA,
  firefoxInsert,
  metaVersion,
  safariFile,
  sqliteFile,
} from '../formats/browser-db/build';

export const NOW_SEC = Math.floor(Date.now() / 1000);
export const NOW_MS = NOW_SEC * 1000;
const IN_30 = NOW_SEC + 30 * 86_400;
const IN_90 = NOW_SEC + 90 * 86_400;

/** A huge or odd number as each kind of file spells it. */
export interface Huge {
  label: string;
  /** A JSON literal (a number, or a string where the test is a numeric string). */
  json: string;
  /** An SQL literal for an UPDATE of the expiry column. */
  sql: string;
  /** As written in a text format's field. */
  text: string;
  /** Safari's IEEE double. */
  double: number;
}

export const HUGE: Huge[] = [
  { label: '1e308', json: '1e308', sql: '1e308', text: '1e308', double: 1e308 },
  { label: '-1e308', json: '-1e308', sql: '-1e308', text: '-1e308', double: -1e308 },
  {
    label: '2**53+1',
    json: '9007199254740993',
    sql: '9007199254740993',
    text: '9007199254740993',
    double: 2 ** 53 + 1,
  },
  {
    label: "'99999999999999999999999'",
    json: '"99999999999999999999999"',
    sql: "'99999999999999999999999'",
    text: '99999999999999999999999',
    double: 1e23,
  },
  {
    label: '99999999999999999999999',
    json: '99999999999999999999999',
    sql: '99999999999999999999999',
    text: '99999999999999999999999',
    double: 1e23,
  },
  // Safe integers, but past the last instant a JavaScript Date holds (8.64e12 s): a Date made of it is invalid.
  {
    label: '8640000000001 s',
    json: '8640000000001',
    sql: '8640000000001',
    text: '8640000000001',
    double: 8640000000001,
  },
  {
    label: '8640000000001000 ms',
    json: '8640000000001000',
    sql: '8640000000001000',
    text: '8640000000001000',
    double: 8640000000001000,
  },
  // Past the Date range as Chromium's microseconds since 1601 (1e13 s), a safe integer in seconds.
  {
    label: '1e19',
    json: '10000000000000000000',
    sql: '10000000000000000000',
    text: '10000000000000000000',
    double: 1e19,
  },
  { label: '1e999 (Infinity)', json: '1e999', sql: '1e999', text: '1e999', double: Infinity },
  { label: 'NaN', json: '"NaN"', sql: "'NaN'", text: 'NaN', double: NaN },
  { label: '-0', json: '-0', sql: '-0.0', text: '-0', double: -0 },
];

export interface Fill {
  name: string;
  expiry: Huge | null;
}

export interface Fixture {
  id: ReaderId;
  file: string;
  binary: boolean;
  /** Read options the format needs. */
  options: { url?: string; site?: string };
  make(fill: Fill): Promise<Uint8Array>;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A text template with {{NAME}}, {{EXP}} (JSON literal) and {{EXPT}} (text), each with a default. */
function template(
  id: ReaderId,
  file: string,
  body: string,
  defaults: { exp?: string; expt?: string },
  options: Fixture['options'] = {},
): Fixture {
  return {
    id,
    file,
    binary: false,
    options,
    make: async ({ name, expiry }) =>
      utf8(
        body
          .replaceAll('{{NAME}}', name)
          .replaceAll('{{EXP}}', expiry ? expiry.json : (defaults.exp ?? ''))
          .replaceAll('{{EXPT}}', expiry ? expiry.text : (defaults.expt ?? '')),
      ),
  };
}

const netscape = template(
  'netscape',
  'cookies.txt',
  [
    '# Netscape HTTP Cookie File',
    `.example.com\tTRUE\t/\tTRUE\t{{EXPT}}\t{{NAME}}\tv1`,
    `www.example.com\tFALSE\t/a/b\tFALSE\t0\tbeta\tv 2`,
    `#HttpOnly_example.org\tFALSE\t/\tFALSE\t${IN_90}\tgamma\t`,
    '',
  ].join('\n'),
  { expt: String(IN_30) },
);

const lwp = template(
  'lwp',
  'jar.lwp',
  [
    '#LWP-Cookies-2.0',
    'Set-Cookie3: {{NAME}}=v1; path="/"; domain=".example.com"; path_spec; domain_dot; secure; expires="{{EXPT}}"; version=0',
    'Set-Cookie3: beta="v 2"; path="/a/b"; domain=www.example.com; path_spec; discard; HttpOnly; version=0',
    'Set-Cookie3: gamma=3; path="/"; domain="example.org"; expires="2031-01-01 00:00:00Z"; SameSite=Lax; version=0',
    '',
  ].join('\n'),
  { expt: '2031-01-01 00:00:00Z' },
);

const extensionJson = template(
  'extension-json',
  'cookies.json',
  `[
  {"domain":".example.com","hostOnly":false,"name":"{{NAME}}","value":"v1","path":"/","expirationDate":{{EXP}},"secure":true,"httpOnly":false,"sameSite":"no_restriction","session":false,"storeId":"0"},
  {"domain":"www.example.com","hostOnly":true,"name":"beta","value":"v 2","path":"/a/b","session":true,"secure":false,"httpOnly":true,"sameSite":"lax","storeId":"0"},
  {"domain":"example.org","hostOnly":true,"name":"gamma","value":"","path":"/","expirationDate":${IN_90}.25,"secure":false,"httpOnly":false,"sameSite":"unspecified","session":false}
]
`,
  { exp: String(IN_30) },
);

const cookieQuickManager = template(
  'cookie-quick-manager',
  'cqm.json',
  `[
  {"Host raw":"https://.example.com/","Name raw":"{{NAME}}","Path raw":"/","Content raw":"v1","Expires raw":"{{EXPT}}","Send for raw":"true","HTTP only raw":"false","SameSite raw":"no_restriction","This domain only raw":"false","Store raw":"firefox-default","First Party Domain":""},
  {"Host raw":"http://www.example.com/a/b","Name raw":"beta","Path raw":"/a/b","Content raw":"v 2","Expires raw":"0","Send for raw":"false","HTTP only raw":"true","SameSite raw":"lax","This domain only raw":"true","Store raw":"firefox-default","First Party Domain":""}
]
`,
  { expt: String(IN_30) },
);

const playwright = template(
  'playwright',
  'state.json',
  `{
  "cookies": [
    {"name":"{{NAME}}","value":"v1","domain":".example.com","path":"/","expires":{{EXP}},"httpOnly":false,"secure":true,"sameSite":"None"},
    {"name":"beta","value":"v 2","domain":"www.example.com","path":"/a/b","expires":-1,"httpOnly":true,"secure":false,"sameSite":"Lax"}
  ],
  "origins": [
    {"origin":"https://www.example.com","localStorage":[{"name":"{{NAME}}","value":"{\\"ok\\":true}"},{"name":"consent","value":"yes"}]}
  ]
}
`,
  { exp: String(IN_30) },
);

const cdp = template(
  'cdp',
  'cdp.json',
  `[
  {"name":"{{NAME}}","value":"v1","domain":".example.com","path":"/","expires":{{EXP}},"size":7,"httpOnly":false,"secure":true,"session":false,"sameSite":"None","priority":"Medium","sameParty":false,"sourceScheme":"Secure","sourcePort":443},
  {"name":"beta","value":"v 2","domain":"www.example.com","path":"/a/b","expires":-1,"size":7,"httpOnly":true,"secure":false,"session":true,"sameSite":"Strict","priority":"High","sameParty":false,"sourceScheme":"NonSecure","sourcePort":80}
]
`,
  { exp: `${IN_30}.5` },
);

const selenium = template(
  'selenium',
  'selenium.json',
  `[
  {"domain":".example.com","expiry":{{EXP}},"httpOnly":false,"name":"{{NAME}}","path":"/","sameSite":"None","secure":true,"value":"v1"},
  {"domain":"www.example.com","httpOnly":true,"name":"beta","path":"/a/b","sameSite":"Lax","secure":false,"value":"v 2"}
]
`,
  { exp: String(IN_30) },
);

const har = template(
  'har',
  'session.har',
  `{"log":{"version":"1.2","creator":{"name":"Firefox","version":"128.0"},"entries":[
  {"startedDateTime":"2025-01-01T00:00:00.000Z",
   "request":{"method":"GET","url":"https://www.example.com/a/b/page","headers":[{"name":"Cookie","value":"seen=1"}],"cookies":[{"name":"seen","value":"1"}]},
   "response":{"status":200,"headers":[{"name":"Set-Cookie","value":"{{NAME}}=v1; Path=/; Domain=.example.com; Secure; Max-Age={{EXPT}}\\nbeta=v2; HttpOnly; SameSite=Lax"}],
     "cookies":[{"name":"{{NAME}}","value":"v1","path":"/","domain":".example.com","expires":{{EXP}},"secure":true},{"name":"gamma","value":"g","expires":"2031-01-01T00:00:00.000Z"}],
     "content":{"size":4,"mimeType":"text/plain","text":"body"}}}
]}}
`,
  { exp: '"2031-01-01T00:00:00.000Z"', expt: '2592000' },
);

const setCookie = template(
  'set-cookie',
  'headers.txt',
  [
    '# captured from https://www.example.com/a/b/page',
    'Set-Cookie: {{NAME}}=v1; Path=/; Domain=.example.com; Secure; SameSite=None; Max-Age={{EXPT}}',
    'Set-Cookie: beta="v 2"; Path=/a/b; HttpOnly; Expires=Wed, 01 Jan 2031 00:00:00 GMT',
    'gamma=3; SameSite=Strict',
    '',
  ].join('\n'),
  { expt: '2592000' },
  { url: 'https://www.example.com/a/b/page' },
);

const header = template(
  'header',
  'header.txt',
  'Cookie: {{NAME}}=v1; beta={{EXPT}}; gamma=\n',
  { expt: '2' },
  { site: 'www.example.com' },
);

function database(id: ReaderId, file: string, build: (fill: Fill) => Promise<Uint8Array>): Fixture {
  return { id, file, binary: true, options: {}, make: build };
}

const firefox = database('firefox', 'cookies.sqlite', ({ name, expiry }) =>
  sqliteFile(FIREFOX_SCHEMA, [
    firefoxInsert({ name, value: 'v1', host: '.example.com', expiry: IN_30, isSecure: 1, sameSite: 0 }),
    firefoxInsert({
      name: 'beta',
      value: 'v 2',
      host: 'www.example.com',
      path: '/a/b',
      isHttpOnly: 1,
      sameSite: 1,
    }),
    firefoxInsert({
      name: 'gamma',
      value: '',
      host: 'example.org',
      expiry: IN_90 * 1000,
      sameSite: 2,
      originAttributes: '^userContextId=2',
    }),
    ...(expiry ? [[`UPDATE moz_cookies SET expiry = ${expiry.sql} WHERE id = 1`, []] as [string, []]] : []),
  ]),
);

const chromium = database('chromium', 'Cookies', ({ name, expiry }) =>
  sqliteFile(CHROMIUM_SCHEMA, [
    metaVersion(24),
    chromiumInsert({
      host: '.example.com',
      name,
      encrypted: chromiumEncrypt('v1', { hostHash: '.example.com' }),
      expires: chromeTime(IN_30),
      secure: 1,
      sameSite: 0,
    }),
    chromiumInsert({
      host: 'www.example.com',
      name: 'beta',
      value: 'v 2',
      path: '/a/b',
      httpOnly: 1,
      sameSite: 1,
    }),
    chromiumInsert({
      host: 'example.org',
      name: 'gamma',
      value: 'g',
      expires: chromeTime(IN_90),
      sameSite: -1,
    }),
    ...(expiry
      ? [[`UPDATE cookies SET expires_utc = ${expiry.sql} WHERE rowid = 1`, []] as [string, []]]
      : []),
  ]),
);

const safari = database('safari', 'Cookies.binarycookies', async ({ name, expiry }) =>
  safariFile([
    [
      {
        domain: '.example.com',
        name,
        path: '/',
        value: 'v1',
        flags: 1,
        expires: expiry ? expiry.double : IN_30,
      },
      { domain: 'www.example.com', name: 'beta', path: '/a/b', value: 'v 2', flags: 4, expires: IN_90 },
    ],
    [{ domain: 'example.org', name: 'gamma', path: '/', value: 'g', flags: 5, expires: IN_90 }],
  ]),
);

export const FIXTURES: Record<ReaderId, Fixture> = {
  netscape,
  lwp,
  'extension-json': extensionJson,
  'cookie-quick-manager': cookieQuickManager,
  playwright,
  cdp,
  selenium,
  har,
  'set-cookie': setCookie,
  header,
  firefox,
  chromium,
  safari,
};
