// Which JSON shape a parsed value has, decided from its keys alone so that each reader claims only its
// own shape. Browser-extension arrays (Cookie-Editor, EditThisCookie, Get cookies.txt LOCALLY) and the
// "A Cookie Manager" wrapper belong to the extension-JSON reader: any entry with expirationDate,
// hostOnly or storeId, or with `session` but no `expires`, makes a list theirs. (`session` alone is not
// enough: Puppeteer's Network.Cookie has it too, always next to `expires` and `size`.)
import { reasonFor, type Reason } from '../../../../shared/problem-codes';
import { isRecord, own, type JsonObject } from './fields';

export type ShapeId = 'cdp' | 'selenium' | 'cookie-quick-manager' | 'playwright' | 'har';

export interface Shape {
  id: ShapeId;
  reason: Reason;
}

/** Enough entries to tell the shape, few enough to stay cheap on a 100,000-cookie file. */
const SAMPLE = 100;
const EXTENSION_KEYS = ['expirationDate', 'hostOnly', 'storeId'];

function listShape(list: unknown[]): Shape | null {
  const sample = list.slice(0, SAMPLE).filter(isRecord);
  if (sample.length === 0) return null;
  const any = (test: (entry: JsonObject) => boolean): boolean => sample.some(test);
  const has = (key: string) => (entry: JsonObject) => Object.hasOwn(entry, key);
  const count = list.length;

  if (any((e) => has('Name raw')(e) && has('Host raw')(e))) {
    return { id: 'cookie-quick-manager', reason: reasonFor('SHAPE_CQM', { count }) };
  }
  if (!any((e) => has('name')(e) && has('domain')(e))) return null;
  if (EXTENSION_KEYS.some((key) => any(has(key)))) return null;
  const withExpires = any(has('expires'));
  const withExpiry = any(has('expiry'));
  if (withExpires && withExpiry) return null;
  if (withExpiry) {
    return { id: 'selenium', reason: reasonFor('SHAPE_SELENIUM', { count }) };
  }
  if (withExpires) {
    return { id: 'cdp', reason: reasonFor('SHAPE_CDP', { count }) };
  }
  if (any(has('session'))) return null;
  return { id: 'selenium', reason: reasonFor('SHAPE_SELENIUM_SESSION', { count }) };
}

function objectShape(value: JsonObject): Shape | null {
  const log = own(value, 'log');
  if (isRecord(log) && Array.isArray(own(log, 'entries'))) {
    const list = own(log, 'entries') as unknown[];
    const version = own(log, 'version');
    // An empty version would read "HAR " before: the same words either way.
    const named = typeof version === 'string' ? version.slice(0, 10) : '';
    return { id: 'har', reason: reasonFor('SHAPE_HAR', { version: named, count: list.length }) };
  }
  const cookies = own(value, 'cookies');
  if (!Array.isArray(cookies)) return null;
  if (Array.isArray(own(value, 'origins'))) {
    return { id: 'playwright', reason: reasonFor('SHAPE_STORAGE_STATE') };
  }
  // Network.getAllCookies answers { cookies: [...] } and nothing else; "A Cookie Manager" adds its version.
  if (Object.keys(value).length !== 1) return null;
  if (cookies.length === 0) {
    return { id: 'cdp', reason: reasonFor('SHAPE_CDP_EMPTY_OBJECT') };
  }
  const inner = listShape(cookies);
  if (inner?.id !== 'cdp') return null;
  return { id: 'cdp', reason: reasonFor('SHAPE_CDP_OBJECT', {}, [inner.reason]) };
}

const memo = new WeakMap<object, Shape | null>();

/** The shape of a parsed JSON value, or null when it is none of the shapes this folder reads. */
export function shapeOf(value: unknown): Shape | null {
  if (typeof value !== 'object' || value === null) return null;
  const known = memo.get(value);
  if (known !== undefined) return known;
  const shape = Array.isArray(value) ? listShape(value) : isRecord(value) ? objectShape(value) : null;
  memo.set(value, shape);
  return shape;
}
