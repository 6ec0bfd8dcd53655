// Reading the values closed platforms store without trusting their spelling: yes/no, true/false, 1/0,
// allow/deny in any case; JSON that may be a string holding JSON; Cookiebot's JavaScript object literal.

const TRUE_WORDS = new Set([
  'true',
  'yes',
  'y',
  '1',
  'on',
  'allow',
  'allowed',
  'accept',
  'accepted',
  'granted',
]);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'n',
  '0',
  'off',
  'deny',
  'denied',
  'refuse',
  'refused',
  'reject',
  'rejected',
]);

/** A boolean-ish flag, or null when it says nothing (empty, missing, an unknown word). */
export function parseFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const word = value
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that never throws; a JSON string holding JSON (stored twice over) is parsed again. */
export function parseJsonLenient(text: string): unknown {
  let value: unknown = text;
  for (let i = 0; i < 3 && typeof value === 'string'; i += 1) {
    const trimmed = value.trim();
    if (!/^[[{"]/.test(trimmed)) return i === 0 ? undefined : value;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return i === 0 ? undefined : value;
    }
  }
  return value;
}

/**
 * Reads a flat JavaScript object literal such as Cookiebot's `{stamp:'…',necessary:true,ver:1}`: keys bare or
 * quoted, values quoted strings, booleans or numbers. Keys come back lower-cased (platforms and tools disagree
 * on case); unreadable pieces are skipped.
 */
export function parseObjectLiteral(text: string): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  const body = text.trim().replace(/^\{/, '').replace(/\}$/, '');
  let i = 0;
  const readQuoted = (): string => {
    const quote = body[i];
    let value = '';
    i += 1;
    while (i < body.length && body[i] !== quote) {
      if (body[i] === '\\' && i + 1 < body.length) i += 1;
      value += body[i];
      i += 1;
    }
    i += 1;
    return value;
  };
  while (i < body.length) {
    while (i < body.length && /[\s,]/.test(body[i] ?? '')) i += 1;
    if (i >= body.length) break;
    let key: string;
    if (body[i] === "'" || body[i] === '"') key = readQuoted();
    else {
      const start = i;
      while (i < body.length && body[i] !== ':' && body[i] !== ',') i += 1;
      key = body.slice(start, i);
    }
    while (i < body.length && /\s/.test(body[i] ?? '')) i += 1;
    if (body[i] !== ':') continue;
    i += 1;
    while (i < body.length && /\s/.test(body[i] ?? '')) i += 1;
    let value: string | number | boolean;
    if (body[i] === "'" || body[i] === '"') value = readQuoted();
    else {
      const start = i;
      while (i < body.length && body[i] !== ',') i += 1;
      const raw = body.slice(start, i).trim();
      const flag = /^(true|false)$/i.test(raw) ? raw.toLowerCase() === 'true' : null;
      value = flag ?? (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
    }
    const name = key.trim().toLowerCase();
    if (name !== '' && !out.has(name)) out.set(name, value);
  }
  return out;
}

/** An ISO date-time from epoch milliseconds (number or digits), or null when it is not a plausible date. */
export function isoFromMillis(value: unknown): string | null {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value.trim())
        ? Number(value)
        : NaN;
  // Between 2000 and 2200: anything else is a unit mix-up (seconds) or garbage.
  if (!Number.isFinite(ms) || ms < 946_684_800_000 || ms > 7_258_118_400_000) return null;
  return new Date(ms).toISOString();
}

/** An ISO date-time from a date string JavaScript can read, or null. */
export function isoFromDateText(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
