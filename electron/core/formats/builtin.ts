// The first two formats, cookies.txt and browser-extension JSON, in the Reader/Writer shape.
import { reasonFor } from '../../../shared/problem-codes';
import type { CookieData, Problem, StorageEntry } from '../../../shared/model';
import { inspectText } from './detect';
import { parseExtensionJson, parseExtensionJsonValue, serializeExtensionJson } from './extension-json';
import { parseNetscape, serializeNetscape, unwritableCode } from './netscape';
import type { ReadResult, Reader, Writer } from './plugin';
import type { ParseResult } from './types';

function toReadResult(parsed: ParseResult): ReadResult {
  return { cookies: parsed.entries, storage: [], problems: parsed.problems, notes: [] };
}

/** "cookie a of example.com" — how a lost row names its cookie (never its value). */
export function cookieWhere(c: CookieData): string {
  return `cookie ${JSON.stringify(c.name)} of ${c.hostOnly ? '' : '.'}${c.domain}${c.path}`;
}

export function storageLost(storage: StorageEntry[], format: string): Problem[] {
  return storage.map((e) => ({
    where: `localStorage ${JSON.stringify(e.name)} of ${e.origin}`,
    ...reasonFor('LOST_NO_STORAGE', { format }),
  }));
}

export const netscapeReader: Reader = {
  id: 'netscape',
  label: 'cookies.txt (Netscape)',
  kind: 'text',
  sniff(input) {
    if (input.json()) return null;
    const detection = inspectText(input.text()).detection;
    return detection.format === 'netscape' ? detection : null;
  },
  read: (input) => toReadResult(parseNetscape(input.text(), input.name)),
  keeps:
    'name, value, domain (host-only or subdomains), path, Secure, HttpOnly (#HttpOnly_), expiry (0 = session)',
  loses: 'SameSite, localStorage, partition keys',
};

export const extensionJsonReader: Reader = {
  id: 'extension-json',
  label: 'browser-extension JSON (Cookie-Editor, EditThisCookie, Get cookies.txt LOCALLY, A Cookie Manager)',
  kind: 'json',
  sniff(input) {
    const text = input.text();
    const first = text.trimStart().charAt(0);
    if (first !== '[' && first !== '{') return null;
    const detection = inspectText(text).detection;
    return detection.format === 'json' ? detection : null;
  },
  read(input) {
    const json = input.json();
    return toReadResult(
      json ? parseExtensionJsonValue(json.value, input.name) : parseExtensionJson(input.text(), input.name),
    );
  },
  keeps: 'every cookie attribute: domain, host-only, path, expiry, Secure, HttpOnly, SameSite',
  loses: 'localStorage; partition keys and store ids are read but not kept',
};

export const netscapeWriter: Writer = {
  id: 'netscape',
  label: 'cookies.txt (Netscape; curl, wget, yt-dlp)',
  extension: '.cookies.txt',
  mediaType: 'text/plain',
  needsUrl: false,
  write(data, options) {
    const lost: Problem[] = [];
    const ok: CookieData[] = [];
    for (const c of data.cookies) {
      const why = unwritableCode(c);
      if (why) {
        lost.push({ where: cookieWhere(c), ...reasonFor('LOST_NOT_WRITTEN', {}, [why]) });
        continue;
      }
      if (c.sameSite !== null)
        lost.push({ where: cookieWhere(c), ...reasonFor('LOST_SAMESITE_TXT', { sameSite: c.sameSite }) });
      ok.push(c);
    }
    return {
      content: serializeNetscape(ok, { now: options.nowSec }),
      lost: [...lost, ...storageLost(data.storage, 'cookies.txt')],
    };
  },
  keeps: netscapeReader.keeps,
  loses: netscapeReader.loses,
};

export const extensionJsonWriter: Writer = {
  id: 'extension-json',
  label: 'browser-extension JSON (Cookie-Editor shape)',
  extension: '.json',
  mediaType: 'application/json',
  needsUrl: false,
  write: (data) => ({
    content: serializeExtensionJson(data.cookies),
    lost: storageLost(data.storage, 'extension JSON'),
  }),
  keeps: extensionJsonReader.keeps,
  loses: 'localStorage',
};
