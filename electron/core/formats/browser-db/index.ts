// Browser cookie databases, read-only: Firefox cookies.sqlite, Chromium Cookies, Safari binarycookies.
// Read from a copy (readFileCopy), never from the live file.
import type { Reader } from '../plugin';
import { chromiumReader } from './chromium';
import { firefoxReader } from './firefox';
import { safariReader } from './safari';

/** Firefox before Chromium: its sniff is the more specific (a Chromium file never has 'moz_cookies'). */
export const dbReaders: Reader[] = [firefoxReader, chromiumReader, safariReader];

export { chromiumReader, readChromium } from './chromium';
export { firefoxReader, readFirefox } from './firefox';
export { safariReader, readSafari } from './safari';
export { MAX_DB_BYTES, readFileCopy, type DbCopy } from './copy';
export { mergeWal, type WalMerge } from './wal';
export { loadSqlJs } from './sqlite';
