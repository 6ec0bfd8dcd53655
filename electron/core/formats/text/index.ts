// The text family: LWP jars, raw Set-Cookie lines and Cookie: request headers in; a Cookie header and a
// curl command for one URL out. The registry lists them next to the other families.
import type { Reader, Writer } from '../plugin';
import { headerReader } from './header-reader';
import { lwpReader } from './lwp';
import { setCookieReader } from './set-cookie';
import { curlWriter, headerWriter } from './writers';

export const textReaders: Reader[] = [lwpReader, setCookieReader, headerReader];
export const textWriters: Writer[] = [headerWriter, curlWriter];

export { cookiesForUrl, requestUrl, type ForUrl, type NotSent } from './send';
export { headerUnsafe, shellQuote } from './writers';
export { siteHost } from './header-reader';
