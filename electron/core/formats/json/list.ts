// Reading a list of automation-tool cookie objects (CDP / Puppeteer, Selenium): a JSON array, or the
// { cookies: [...] } object Network.getAllCookies answers. One problem per entry that cannot be read.
import { joinReasons, reasonFor, type Reason } from '../../../../shared/problem-codes';
import type { ParsedEntry } from '../types';
import type { ReadInput, ReadResult } from '../plugin';
import { readCookieObject, type Dialect } from './cookie-object';
import { isRecord, jsonOf, kindOf, own, Report } from './fields';
import { shapeOf, type ShapeId } from './shape';

/** A sniff that claims only `id`'s shape. */
export function sniffFor(id: ShapeId) {
  return (input: ReadInput): Reason | null => {
    const json = input.json();
    if (!json) return null;
    const shape = shapeOf(json.value);
    return shape?.id === id ? shape.reason : null;
  };
}

function listOf(value: unknown): { list: unknown[] } | Reason {
  if (Array.isArray(value)) return { list: value };
  const cookies = isRecord(value) ? own(value, 'cookies') : undefined;
  if (Array.isArray(cookies)) return { list: cookies };
  return reasonFor('NOT_COOKIE_LIST', { kind: isRecord(value) ? 'object-without-cookies' : kindOf(value) });
}

export function readCookieList(input: ReadInput, dialect: Dialect): ReadResult {
  const json = jsonOf(input);
  if ('failed' in json) return json.failed;
  const report = new Report(input.name);
  const cookies: ParsedEntry[] = [];
  const found = listOf(json.value);
  if ('reason' in found) {
    report.problem(input.name, found);
  } else {
    found.list.forEach((raw, index) => {
      const where = `${input.name} entry ${index + 1}`;
      const read = readCookieObject(raw, dialect);
      if ('reasons' in read) {
        report.problem(where, joinReasons(read.reasons));
        return;
      }
      cookies.push({ cookie: read.cookie, where });
      for (const note of read.notes) report.note(where, note);
    });
  }
  return { cookies, storage: [], problems: report.problems.list(), notes: report.notes.list() };
}
