// The English wording of every import problem code: the closed list of codes is this object's keys. The
// core builds each coded `reason` from these (problem-codes.ts reasonFor), so the English the CLI prints and
// the code the UI translates never drift apart. Pure: no Node, no DOM.
import type { Template } from './problem-codes';

const COOKIE_TXT_FIELDS = 'domain, include-subdomains, path, secure, expiry, name, value';

/** Shapes of cookie objects detected in a JSON list (detect.ts). */
export const LIST_SHAPES: Record<string, string> = {
  editor: 'Cookie-Editor / EditThisCookie shape',
  playwright: "Playwright / Puppeteer shape; 'expires' is read as the expiry",
  plain: 'name/value/domain objects',
};

/** Labels detect.ts adds to "JSON object with a cookies array". */
export const OBJECT_LABELS: Record<string, string> = {
  none: '',
  acm: " ('A Cookie Manager')",
  storage: ' (Playwright storageState)',
};

function entries(count: string | number | undefined): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/** How json-error.ts names a character: 'end', 'break', 'U+0001' (a control character) or 'x' quoted. */
export function charText(char: string | number | undefined): string {
  const c = String(char);
  if (c === 'end') return 'the end of the text';
  if (c === 'break') return 'a line break';
  if (c.startsWith('U+')) return `control character ${c}`;
  return c;
}

function counted(count: string | number | undefined, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export const ENGLISH = {
  /** Several reasons at once, joined by "; ". */
  SEVERAL: (_p, parts) => parts,

  // Detection (the Files table's "why this format").
  FILE_EMPTY: () => 'the file is empty',
  FILE_TOO_LARGE: () => 'the file is larger than 64 MiB',
  JSON_INVALID_START: (p) => `starts with '${p.first}' but is not valid JSON`,
  JSON_EMPTY_ARRAY: () => 'an empty JSON array (no cookies)',
  JSON_ARRAY_OF: (_p, parts) => `JSON array of ${parts}`,
  JSON_OBJECT_EMPTY_COOKIES: (p) =>
    `JSON object with an empty cookies array${OBJECT_LABELS[String(p.label)] ?? ''}`,
  JSON_OBJECT_COOKIES: (p, parts) =>
    `JSON object with a cookies array${OBJECT_LABELS[String(p.label)] ?? ''}: ${parts}`,
  JSON_OBJECT_NO_COOKIES: () => "JSON object without a 'cookies' array, not a list of cookies",
  JSON_VALUE_NOT_LIST: (p) => `JSON value that is ${p.kind}, not a list of cookies`,
  LIST_NO_COOKIE_OBJECTS: (p) =>
    `${counted(p.count, 'entry', 'entries')}, none of them a cookie object with name and domain`,
  LIST_ALL_COOKIE_OBJECTS: (p) =>
    `${counted(p.count, 'cookie object')} (${LIST_SHAPES[String(p.shape)] ?? p.shape})`,
  LIST_SOME_COOKIE_OBJECTS: (p) =>
    `${counted(p.count, 'entry', 'entries')}, ${p.cookies} of them cookie objects (${LIST_SHAPES[String(p.shape)] ?? p.shape})`,
  NETSCAPE_HEADER: () => "starts with '# Netscape HTTP Cookie File'",
  NETSCAPE_OLD_HEADER: () => "starts with '# HTTP Cookie File' (the older curl / Netscape header)",
  NETSCAPE_SPEC_COMMENT: (p) => `has the cookies.txt spec comment on line ${p.line}`,
  NETSCAPE_NOT_A_LINE: (p, parts) => `line ${p.line} is not a cookies.txt line: ${parts}`,
  NETSCAPE_TAB_FIELDS: (p) =>
    `${p.count} tab-separated fields${p.count === 6 ? ' (the value left out)' : ''} on line ${p.line}`,
  NETSCAPE_SPACE_FIELDS: (p) =>
    `${p.count} space-separated fields on line ${p.line} (tabs replaced by spaces; read leniently)`,
  NETSCAPE_NO_TABS_NO_FLAGS: (p) =>
    `line ${p.line} is not a cookies.txt line: no tabs, and its 2nd and 4th words are not TRUE/FALSE`,
  NETSCAPE_ONLY_COMMENTS: () => 'only comments and blank lines: no cookies.txt header and no cookie lines',
  BINARY_UNKNOWN: () => 'a binary file that is no browser cookie database Crumbs knows',
  NO_KNOWN_FORMAT: (p) => `no known format starts like this (line 1: ${p.line})`,
  READ_AS_ASKED: (p, parts) => `read as ${p.label} as asked (${parts})`,
  READ_AS_ASKED_UNLIKE: (p, parts) =>
    `read as ${p.label} as asked, though it does not look like it: ${parts}`,
  READ_AS_ASKED_UNLIKE_BARE: (p) => `read as ${p.label} as asked, though it does not look like it`,
  NOT_READ: () => 'not read',
  NOT_A_COOKIE_FILE: (_p, parts) => `not a cookie file Crumbs can read: ${parts}`,
  MORE_PROBLEMS: (p) => `${p.count} more problems not listed`,

  // cookies.txt lines.
  LINE_TOO_LONG: (p) => `line is ${p.bytes} bytes long; the limit is ${p.limit} KiB`,
  NETSCAPE_TAB_COUNT: (p) => `expected 7 tab-separated fields (${COOKIE_TXT_FIELDS}), found ${p.count}`,
  NETSCAPE_NO_TABS: (p) =>
    `found no tabs and ${p.count} space-separated ${p.count === 1 ? 'field' : 'fields'}; ` +
    `expected 7 tab-separated fields (${COOKIE_TXT_FIELDS})`,
  DOMAIN_EMPTY: () => 'domain is empty',
  DOMAIN_DOTS: (p) => `domain ${p.value} starts with more than one dot`,
  SUBDOMAINS_FLAG: (p) => `include-subdomains field is ${p.value}; expected TRUE or FALSE`,
  PATH_EMPTY: () => 'path is empty',
  PATH_NO_SLASH: (p) => `path ${p.value} does not start with '/'`,
  SECURE_FLAG: (p) => `secure field is ${p.value}; expected TRUE or FALSE`,
  EXPIRY_TOO_LARGE: (p) => `expiry ${p.value} is too large`,
  EXPIRY_NEGATIVE: (p) => `expiry ${p.value} is negative; expected 0 (a session cookie) or Unix seconds`,
  EXPIRY_NOT_NUMBER: (p) => `expiry ${p.value} is not a number of seconds`,

  // JSON.
  JSON_INVALID: () => 'not valid JSON',
  JSON_INVALID_AT: (_p, parts) => `not valid JSON: ${parts}`,
  JSON_BAD_ESCAPE: () => 'invalid escape in a string',
  JSON_BREAK_IN_STRING: (p) => `${charText(p.char)} inside a string (strings must be on one line)`,
  JSON_STRING_OPEN: () => 'a string is not closed',
  JSON_ENDS_EARLY: () => 'the text ends too early',
  JSON_EXPECTED_VALUE: (p) => `unexpected ${charText(p.char)}; expected a value`,
  JSON_EXPECTED_NAME: (p) => `unexpected ${charText(p.char)}; expected a property name in double quotes`,
  JSON_EXPECTED_COLON: (p) => `unexpected ${charText(p.char)}; expected ':'`,
  JSON_AFTER_END: (p) => `unexpected ${charText(p.char)} after the end of the JSON value`,
  JSON_EXPECTED_COMMA: (p) => `unexpected ${charText(p.char)}; expected ',' or '${p.close}'`,
  NOT_COOKIE_LIST: (p) =>
    `expected a JSON array of cookies or an object with a 'cookies' array; found ${p.kind === 'object-without-cookies' ? "an object without a 'cookies' array" : p.kind}`,
  NOT_COOKIE_OBJECT: (p) => `expected a cookie object, found ${p.kind}`,
  FIELD_MISSING: (p) => `'${p.field}' is missing`,
  FIELD_TYPE: (p) => `'${p.field}' must be ${p.expected}, found ${p.kind}`,
  FIELD_NEGATIVE: (p) => `'${p.field}' is negative`,
  FIELD_TOO_LARGE: (p) => `'${p.field}' is too large`,
  SAMESITE_TYPE: (p) => `sameSite must be a string or null, found ${p.type}`,
  SAMESITE_VALUE: (p) =>
    `sameSite '${p.value}' is not one of no_restriction, lax, strict, unspecified (or None, Lax, Strict)`,

  // The automation tools' JSON shapes (json/shape.ts).
  SHAPE_CQM: (p) => `JSON array of ${entries(p.count)} with 'Name raw' and 'Host raw' (Cookie Quick Manager)`,
  SHAPE_SELENIUM: (p) => `JSON array of ${entries(p.count)} with 'expiry' (Selenium get_cookies())`,
  SHAPE_CDP: (p) =>
    `JSON array of ${entries(p.count)} with 'expires' (Chrome DevTools protocol / Puppeteer / Playwright cookies)`,
  SHAPE_SELENIUM_SESSION: (p) =>
    `JSON array of ${entries(p.count)} with name/value/domain and no expiry field (Selenium get_cookies(), session cookies)`,
  SHAPE_HAR: (p) =>
    `JSON object with log.entries (${p.version === '' ? 'HAR' : `HAR ${p.version}`}, ${entries(p.count)})`,
  SHAPE_STORAGE_STATE: () => "JSON object with 'cookies' and 'origins' arrays (Playwright storageState)",
  SHAPE_CDP_EMPTY_OBJECT: () => "JSON object with only an empty 'cookies' array (Network.getAllCookies)",
  SHAPE_CDP_OBJECT: (_p, parts) =>
    `JSON object with only a 'cookies' array (Network.getAllCookies): ${parts}`,

  // Playwright storageState, Cookie Quick Manager, HAR.
  ARRAY_FIELD_TYPE: (p) => `'${p.field}' must be an array, found ${p.kind}`,
  NOT_ORIGIN_OBJECT: (p) => `expected an origin object, found ${p.kind}`,
  NOT_STORAGE_ENTRY: (p) => `expected a localStorage entry {name, value}, found ${p.kind}`,
  NOT_STORAGE_STATE: (p) => `expected a storageState object {cookies, origins}, found ${p.kind}`,
  ORIGIN_NOT_A_URL: (p) => `origin ${p.value} is not a URL`,
  ORIGIN_NOT_HTTP_ORIGIN: (p) => `origin ${p.value} is not an http or https origin`,
  ORIGIN_MORE_THAN_ORIGIN: (p) => `origin ${p.value} has more than a scheme, host and port`,
  NOTE_STORAGE_DROPPED: (p) =>
    `${p.what === 'opfs' ? 'origin private file system' : 'IndexedDB'} of ${p.origin} dropped: the jar keeps cookies and localStorage only`,
  CQM_FLAG: (p) => `'${p.field}' must be "true" or "false", found ${p.found}`,
  CQM_EXPIRES_TYPE: (p) => `'Expires raw' must be a string of Unix seconds, found ${p.kind}`,
  CQM_EXPIRES_TEXT: (p) => `'Expires raw' ${p.value} is not Unix seconds`,
  NOT_CQM_LIST: (p) => `expected a JSON array of Cookie Quick Manager entries, found ${p.kind}`,
  NOTE_FIRST_PARTY: (p) =>
    `first-party domain ${p.domain} dropped: the jar keeps cookies without first-party isolation`,
  NOTE_FIREFOX_STORE: (p) =>
    `Firefox cookie store ${p.store} dropped: the jar has one store (no containers or private windows)`,
  NOT_HAR: () => "expected a HAR file: an object with 'log.entries' (an array)",
  NOT_HAR_ENTRY: (p) => `expected a HAR entry object, found ${p.kind}`,
  SET_COOKIE_NOT_STRING: (p) => `the Set-Cookie header value must be a string, found ${p.kind}`,
  HAR_URL_MISSING: () => "the entry's request.url is missing, so the cookie has no site",
  HAR_URL_INVALID: (p) => `the entry's request.url ${p.value} is not a URL`,
  HAR_URL_NOT_HTTP: (p) => `the entry's request.url ${p.value} is not an http(s) URL`,
  HAR_DOMAIN_NOT_HOST: (p) => `Domain ${p.domain} is not a host name`,
  HAR_DOMAIN_MISMATCH: (p) => `Domain ${p.domain} does not domain-match the request host ${p.host}`,
  SET_COOKIE_UNREADABLE: () =>
    'not a Set-Cookie line tough-cookie can read (no name=value pair, or a control character)',
  HAR_EXPIRES_NOT_DATE: (p) => `'expires' ${p.value} is not a date`,
  NOTE_HAR_REQUEST_COOKIE: (p) =>
    `read as a session cookie for ${p.host}, path /: a browser sends only the name and value, not the cookie's domain, path, expiry or flags`,

  // Text formats: Set-Cookie lines, Cookie: header, LWP.
  SNIFF_STARTS_WITH: (p) => `starts with '${p.text}'`,
  SNIFF_FIRST_LINE: (p) => `first line starts with '${p.text}'`,
  SNIFF_FIRST_COOKIE_LINE: (p) => `first cookie line starts with '${p.text}'`,
  NEEDS_URL: () => 'these Set-Cookie lines need the URL they came from (--url)',
  BAD_URL_OPTION: (p) => `--url ${p.value} is not an http:// or https:// URL`,
  NEEDS_SITE: () => 'a Cookie header needs the site it was sent to (--site)',
  BAD_SITE_OPTION: (p) => `--site ${p.value} is not a host name or URL`,
  SET_COOKIE_EMPTY: () => 'Set-Cookie: with nothing after it',
  SET_COOKIE_NO_EQUALS: () => "the first part has no '=': a Set-Cookie line starts with name=value",
  SET_COOKIE_NO_NAME: () => 'the cookie name is empty',
  SET_COOKIE_UNPARSABLE: () => 'tough-cookie cannot parse it as a Set-Cookie header',
  SET_COOKIE_DOMAIN_MISMATCH: (p) => `Domain ${p.domain} does not match the URL's host ${p.host}`,
  SET_COOKIE_PUBLIC_SUFFIX: (p) => `Domain ${p.domain} is a public suffix: no site may set it`,
  SET_COOKIE_HOST_PREFIX: () => 'a __Host- cookie must be Secure, have Path=/ and no Domain',
  SET_COOKIE_INSECURE: () =>
    'a Secure cookie from an http:// URL: browsers ignore it (give the https:// URL with --url)',
  NOTE_BAD_EXPIRES: (p) => `Expires ${p.value} is not a cookie date: ignored, as browsers do`,
  NOTE_BAD_MAX_AGE: (p) => `Max-Age ${p.value} is not a number: ignored, as browsers do`,
  NOTE_MAX_AGE_DELETES: (p) => `Max-Age=${p.value} deletes the cookie: read as already expired`,
  NOTE_BAD_SAMESITE: (p) => `SameSite ${p.value} is not Strict, Lax or None: read as unspecified`,
  NOTE_SAMESITE_NONE_INSECURE: () => 'SameSite=None without Secure: current browsers refuse this cookie',
  NOTE_ATTRIBUTE_DROPPED: (p) => `attribute ${p.name} is not kept`,
  HEADER_PAIR_NO_EQUALS: (p) =>
    `pair ${p.pair} has no '=': a Cookie header lists name=value pairs separated by ';'`,
  HEADER_PAIR_NO_NAME: (p) => `pair ${p.pair} has no name before '='`,
  NOTE_HEADER_REPEATED: (p) =>
    `cookie ${p.name} appears again (first on ${p.first}): the later value is kept`,
  NOTE_HEADER_ONLY_PAIRS: (p) =>
    `a Cookie header carries no domain, path, expiry or flags: read as host-only cookies of ${p.host}, ` +
    'path "/", session, not Secure, not HttpOnly',
  LWP_NO_PAIR: () => 'no name=value pair',
  LWP_DOMAIN_MISSING: () => 'domain is missing or empty',
  LWP_DOMAIN_SPACES: (p) => `domain ${p.value} holds spaces`,
  LWP_PATH_MISSING: () => 'path is missing or empty',
  LWP_EXPIRES_NOT_DATE: (p) => `expires ${p.value} is not a date like "2026-01-01 00:00:00Z"`,
  LWP_NOT_A_LINE: () => "not a 'Set-Cookie3:' line: an LWP cookie file holds one cookie a line",
  LWP_EMPTY_LINE: () => "'Set-Cookie3:' with no cookie after it",
  NOTE_LWP_NO_VALUE: (p) => `cookie ${p.name} has no '=value': read with an empty value`,
  NOTE_LWP_DISCARD: () => 'discard and expires are both set: read as a session cookie, as discard says',
  NOTE_LWP_PORT: (p) => `port restriction ${p.value} is not kept: the cookie goes to every port`,

  // Browser cookie databases.
  SNIFF_FIREFOX: () => "an SQLite database with a 'moz_cookies' table (Firefox)",
  SNIFF_CHROMIUM: () => "an SQLite database with an 'encrypted_value' column (Chromium Cookies)",
  SNIFF_SAFARI: () => "starts with 'cook' (Safari binarycookies)",
  DB_HOST_MISSING: () => 'the host is missing',
  DB_HOST_EMPTY: () => 'the host is empty',
  DB_HOST_DOTS: (p) => `the host ${p.value} starts with more than one dot`,
  DB_HOST_SEPARATORS: (p) => `the host ${p.value} holds spaces or separators`,
  DB_PATH_NO_SLASH: (p) => `the path ${p.value} does not start with '/'`,
  DB_EXPIRY_RANGE: (p) => `the expiry ${p.value} is out of range`,
  DB_NAME_MISSING: () => 'the name is missing',
  DB_VALUE_MISSING: () => 'the value is missing',
  DB_EXPIRY_NOT_DATE: () => 'the expiry is not a date',
  DB_UNDECRYPTABLE: (p, parts) => `cookie ${p.name} of ${p.host} ${parts}`,
  DECRYPT_V10_UNKNOWN_KEY: () =>
    "is encrypted (v10) with a key Crumbs does not have: not Chromium's Linux key; Chrome on macOS needs " +
    'its Keychain password (give it with --keyring-secret), Chrome on Windows encrypts with a key only ' +
    'the browser can use',
  DECRYPT_V11_NO_SECRET: () => 'is encrypted with the keyring secret (v11): give it with --keyring-secret',
  DECRYPT_V11_WRONG_SECRET: () =>
    'is encrypted with the keyring secret (v11), and the secret given does not decrypt it',
  DECRYPT_V20: () => 'cannot be decrypted outside the browser (v20 app-bound encryption)',
  DECRYPT_DPAPI: () => 'cannot be decrypted outside the browser (Windows DPAPI encryption)',
  DECRYPT_UNKNOWN_PREFIX: () =>
    'cannot be decrypted outside the browser (encrypted_value has no known prefix)',
  NOTE_DB_SAMESITE_UNKNOWN: (p) => `${p.field} ${p.value} is unknown: read as unspecified`,
  NOTE_DB_PARTITION: (p) => `partition ${p.value} dropped: the jar keeps unpartitioned cookies`,
  NOTE_WAL_MODE: () =>
    'the database uses a write-ahead log and was read without its -wal file: cookies the browser changed ' +
    'since its last checkpoint may be missing (import from the browser profile to include them)',
  NOTE_WAL_IGNORED: (p) => `not read: ${p.detail}; cookies changed since the last checkpoint may be missing`,
  NOTE_ORIGIN_ATTRIBUTES: () => 'origin attributes not understood: imported into the jar as a plain cookie',
  FIREFOX_PRIVATE: () => 'a private-browsing cookie: not imported',
  NOTE_CONTAINER: (p) => `container ${p.value} merged into the jar`,
  NOTE_FIRST_PARTY_ISOLATION: (p) => `first-party isolation domain ${p.value} dropped`,
  NOTE_ORIGIN_ATTRIBUTE: (p) => `origin attribute ${p.value} dropped`,
  SAFARI_FIELD_OFFSET: (p) => `the ${p.field} offset ${p.offset} lies outside the record (${p.size} bytes)`,
  SAFARI_FIELD_OVERRUN: (p) => `the ${p.field} runs past the end of the record`,
  SAFARI_COOKIE: (p, parts) => `cookie ${p.name}: ${parts}`,
  SAFARI_PAGE_MARKER: () => 'the page does not start with the page marker 00 00 01 00',
  SAFARI_PAGE_COUNT: (p) =>
    `the page claims ${p.count} cookies but its ${p.bytes} bytes hold at most ${p.room} offsets`,
  SAFARI_RECORD_OFFSET: (p) => `the record offset ${p.offset} lies outside its page (${p.bytes} bytes)`,
  SAFARI_RECORD_SIZE: (p) =>
    `the record size ${p.size} does not fit its page (${p.left} bytes left, ${p.min} at least)`,
  SAFARI_PAGE_OVERRUN: (p) =>
    `the page (${p.size} bytes) runs past the end of the file${Number(p.after) > 0 ? `; the ${p.after} pages after it are lost too` : ''} (truncated?)`,

  // What the jar cannot keep of a Chrome cookie (notes).
  NOTE_PARTITION_KEY: (p) =>
    `${p.key === '' ? 'partition key' : `partition key ${p.key}`} dropped: the jar keeps cookies unpartitioned`,
  NOTE_OPAQUE_PARTITION_KEY: () => 'opaque partition key dropped: the jar keeps cookies unpartitioned',
  NOTE_PRIORITY: (p) =>
    `priority ${p.priority} dropped: the jar has no cookie priority (Chrome's default is Medium)`,
  NOTE_SAME_PARTY: () => 'SameParty dropped: the jar has no SameParty attribute (Chrome no longer uses it)',

  // The jar's own checks (validate.ts) and tough-cookie's (admit.ts).
  CHECK_DOMAIN_EMPTY: () => 'the domain is empty',
  CHECK_NOT_HOST: (p) => `the domain "${p.domain}" is not a host name`,
  CHECK_PATH: (p) => `the path "${p.path}" does not start with "/"`,
  CHECK_EXPIRY: () => 'the expiry is not a date (beyond year 275760, or not a whole number of seconds)',
  CHECK_NAME: () => 'the name contains a control character, ";" or "="',
  CHECK_VALUE: () => 'the value contains a control character or ";"',
  CHECK_SIZE: (p) => `name and value are ${p.size} bytes; browsers keep at most ${p.max}`,
  PUBLIC_SUFFIX: () => 'its domain is a public suffix (like "com" or "co.uk"): no site may set it',
  HOST_PREFIX: () => 'a __Host- cookie must be Secure, host-only and have path "/"',
  SECURE_PREFIX: () => 'a __Secure- cookie must be Secure',
  DOMAIN_MISMATCH: (p) => `its domain does not match the host it claims: ${p.message}`,
  COOKIE_REFUSED: () => 'the cookie was refused',
  /** tough-cookie's own message, passed on as it is. */
  TOUGH_REJECTED: (p) => String(p.message),

  ORIGIN_NOT_URL: (p) => `"${p.origin}" is not an origin (scheme://host[:port])`,
  ORIGIN_NOT_HTTP: (p) => `"${p.origin}" is not an http or https origin`,
  ORIGIN_NOT_BARE: (p) => `"${p.origin}" is not a bare origin (expected "${p.expected}")`,

  // What an export could not carry (the lost list).
  LOST_NO_STORAGE: (p) => `${p.format} cannot hold localStorage (Playwright storageState can)`,
  LOST_NOT_WRITTEN: (_p, parts) => `not written: ${parts}`,
  UNWRITABLE_NAME: () => 'its name holds a tab or line break',
  UNWRITABLE_VALUE: () => 'its value holds a tab or line break',
  UNWRITABLE_PATH: () => "its path does not start with '/' or holds a tab",
  UNWRITABLE_DOMAIN: () => 'its domain is empty, starts with "." or "#", or holds spaces',
  LOST_SAMESITE_TXT: (p) => `SameSite=${p.sameSite} not carried: cookies.txt has no SameSite`,
  LOST_INSECURE_NONE: () => 'SameSite=None without Secure: Chromium refuses to store it',
  LOST_PLAYWRIGHT_LAX: () => 'SameSite unspecified written as Lax (Playwright needs a value)',
  LOST_PLAYWRIGHT_EXPIRY: () => "expiry after 9999-12-31 written as 9999-12-31 (Playwright's limit)",

  // Warnings of the import.
  EXPIRY_OVER_LIMIT: (p) =>
    `expires in ${p.days} days; browsers keep a cookie at most ${p.max} days (RFC 6265bis)`,
  TOO_MANY_FOR_SITE: (p) =>
    `${Number(p.count).toLocaleString('en')} cookies for one site; Chrome keeps at most ${p.max} and evicts the oldest`,
} satisfies Record<string, Template>;
