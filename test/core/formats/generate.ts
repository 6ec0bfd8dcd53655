// A small seeded generator for property-style tests (fast-check is not installed): the same seed gives
// the same cookies, so a failure can be replayed.
import type { CookieData, SameSite } from '../../../shared/model';

export interface Random {
  next(): number;
  /** 0 ≤ n < max */
  int(max: number): number;
  bool(): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    bool: () => next() < 0.5,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
  };
}

/** Characters cookies.txt can hold in a field: anything but tab and line breaks. */
const TEXT = [...'abcXYZ019 =#;,.:/"\'\\%+-_~!?&éß€', '😀', '中'];
/** JSON holds everything, including what cookies.txt cannot. */
const JSON_ONLY = ['\t', '\n', '\r', '\u0000', '\u2028', '\ud800'];
const LABEL = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const SAME_SITES: readonly SameSite[] = ['strict', 'lax', 'none', null];

function text(random: Random, maxLength: number, alphabet: readonly string[]): string {
  return Array.from({ length: random.int(maxLength + 1) }, () => random.pick(alphabet)).join('');
}

function domain(random: Random): string {
  if (random.int(10) === 0) return Array.from({ length: 4 }, () => String(random.int(256))).join('.');
  const label = (): string => random.pick(LABEL) + text(random, 8, [...LABEL, '-']) + random.pick(LABEL);
  return [
    ...Array.from({ length: 1 + random.int(3) }, label),
    random.pick(['com', 'org', 'fr', 'co.uk', 'test']),
  ].join('.');
}

function expires(random: Random): number | null {
  const roll = random.int(10);
  if (roll < 3) return null;
  if (roll === 3) return 22147483647;
  return 1 + random.int(4_000_000_000);
}

export function randomCookie(random: Random, format: 'netscape' | 'json'): CookieData {
  const alphabet = format === 'json' ? [...TEXT, ...JSON_ONLY] : TEXT;
  return {
    name: text(random, 12, alphabet),
    value: random.int(50) === 0 ? 'v'.repeat(4000) : text(random, 40, alphabet),
    domain: domain(random),
    hostOnly: random.bool(),
    path: `/${text(random, 3, LABEL)}${
      random.bool()
        ? `/${text(
            random,
            10,
            TEXT.filter((c) => c !== ' '),
          )}`
        : ''
    }`,
    expires: expires(random),
    httpOnly: random.bool(),
    secure: random.bool(),
    sameSite: format === 'json' ? random.pick(SAME_SITES) : null,
  };
}

export function randomCookies(seed: number, count: number, format: 'netscape' | 'json'): CookieData[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => randomCookie(random, format));
}
