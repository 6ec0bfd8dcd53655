// Two exports for one URL: the `Cookie:` request header a client would send there, and a curl command
// that sends it. Which cookies go, and in what order, is cookiesForUrl's (tough-cookie's) answer; every
// cookie that does not go is reported with the reason, so nothing disappears silently.
import { CrumbsError } from '../../../../shared/errors';
import type { CookieData, Problem } from '../../../../shared/model';
import { cookieWhere, storageLost } from '../builtin';
import type { WriteData, WriteOptions, Writer } from '../plugin';
import { cookiesForUrl, requestUrl } from './send';

interface Pairs {
  pairs: string[];
  lost: Problem[];
}

/** Why name=value cannot go into a Cookie header unchanged, or null when it can. */
export function headerUnsafe(c: CookieData): string | null {
  if (c.name === '')
    return 'it has no name: a Cookie header would send the bare value, which servers read differently';
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000a-\u001f\u007f]/;
  if (control.test(c.name) || /[;=]/.test(c.name)) return 'its name holds a control character, ";" or "="';
  if (control.test(c.value) || c.value.includes(';')) return 'its value holds a control character or ";"';
  const edges = /^[ \t]|[ \t]$/;
  if (edges.test(c.name) || edges.test(c.value)) {
    return 'its name or value starts or ends with a space or tab, which Cookie header readers trim';
  }
  return null;
}

function pairsFor(data: WriteData, options: WriteOptions, format: string): Pairs & { url: URL } {
  if (options.url === undefined || options.url.trim() === '') {
    throw new CrumbsError('VALIDATION', `the ${format} needs a URL`);
  }
  const url = requestUrl(options.url.trim());
  const { sent, notSent } = cookiesForUrl(data.cookies, url.href, options.nowSec);
  const lost: Problem[] = notSent.map(({ cookie, reason }) => ({ where: cookieWhere(cookie), reason }));
  const pairs: string[] = [];
  for (const cookie of sent) {
    const unsafe = headerUnsafe(cookie);
    if (unsafe) lost.push({ where: cookieWhere(cookie), reason: `not sent: ${unsafe}` });
    else pairs.push(`${cookie.name}=${cookie.value}`);
  }
  return { url, pairs, lost: [...lost, ...storageLost(data.storage, format)] };
}

/** One POSIX shell word: single quotes keep everything literal; a ' is closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const LOSES =
  'everything but names and values; cookies not sent to that URL (other domain or path, Secure over http, expired); localStorage';

export const headerWriter: Writer = {
  id: 'header',
  label: 'Cookie: request header (for one URL)',
  extension: '.txt',
  mediaType: 'text/plain',
  needsUrl: true,
  write(data, options) {
    const { pairs, lost } = pairsFor(data, options, 'Cookie header');
    return { content: `Cookie: ${pairs.join('; ')}\n`, lost };
  },
  keeps: 'the names and values a browser would send to the URL, in its order (longer paths first)',
  loses: LOSES,
};

export const curlWriter: Writer = {
  id: 'curl',
  label: 'curl command line (for one URL)',
  extension: '.sh',
  mediaType: 'text/x-shellscript',
  needsUrl: true,
  write(data, options) {
    const { url, pairs, lost } = pairsFor(data, options, 'curl command');
    // curl reads a --cookie argument without '=' as a file name; with no cookie at all, leave it out.
    const cookie = pairs.length > 0 ? ` --cookie ${shellQuote(pairs.join('; '))}` : '';
    return { content: `curl${cookie} ${shellQuote(url.href)}\n`, lost };
  },
  keeps: 'the Cookie header of that URL as a POSIX shell command (safe single quoting)',
  loses: LOSES,
};
