// Opendatasoft portals (the seed site, dashboard.paris): the portal's own `cookies_preferences` cookie keeps
// the visitor's choices for 6 months (the portal's cookie policy). Its value is not documented and no captured
// value was available: the encoding is a guess — URL-encoded JSON of tracker flags, {"analytics":true} — and
// says so in its notes. Decoding accepts whatever a portal plausibly writes: a JSON object of flags (encoded
// or not), a JSON list of accepted trackers, `a:true|b:false` or `a=1,b=0` pairs, a bare list of accepted
// names, or one word for everything ("true", "accepted", "refused").
import { z } from 'zod';
import type { CmpAdapter, StoredState } from '../adapter';
import { CanonicalCategory, choiceOf, idMap, mixedNote, rollUp, uniformReading } from './category-rollup';
import { cookieExpiry, pickCookie } from './cookie-read';
import { cookieScope, DomainOption, expiresDaysOption, gpcSignal, writeCookie } from './cookie-write';
import { isRecord, parseFlag, parseJsonLenient } from './lenient-values';
import { decodeRepeatedly } from './percent-encoding';

const INFERRED = 'The Opendatasoft cookies_preferences format is not documented: this encoding is inferred.';

export const OpendatasoftOptions = z.object({
  trackers: idMap({ analytics: 'statistics' }),
  cookieName: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, _ and -')
    .default('cookies_preferences'),
  domain: DomainOption,
  expiresDays: expiresDaysOption(183),
});
export type OpendatasoftOptions = z.output<typeof OpendatasoftOptions>;

type Flags =
  { kind: 'flags'; flags: Map<string, boolean> } | { kind: 'all'; value: boolean } | { kind: 'none' };

/** Every shape a portal plausibly writes, from the most to the least structured. */
export function readPreferences(raw: string): Flags {
  const text = decodeRepeatedly(raw.trim()).replace(/\+/g, ' ').trim();
  const json = parseJsonLenient(text);
  const flags = new Map<string, boolean>();
  if (isRecord(json)) {
    for (const [key, value] of Object.entries(json)) {
      const flag = parseFlag(value);
      if (flag !== null) flags.set(key.trim(), flag);
    }
    return { kind: 'flags', flags };
  }
  if (Array.isArray(json)) {
    for (const item of json) if (typeof item === 'string' && item.trim() !== '') flags.set(item.trim(), true);
    return { kind: 'flags', flags };
  }
  const whole = parseFlag(text);
  if (whole !== null) return { kind: 'all', value: whole };
  for (const item of text.split(/[,|;&]/)) {
    const piece = item.trim();
    if (piece === '') continue;
    const at = piece.search(/[:=]/);
    // A bare name is an accepted tracker — when it looks like a name; anything else is noise.
    if (at < 0) {
      if (/^[\w.-]{1,100}$/.test(piece)) flags.set(piece, true);
    } else {
      const flag = parseFlag(piece.slice(at + 1));
      if (flag !== null) flags.set(piece.slice(0, at).trim(), flag);
    }
  }
  return flags.size > 0 ? { kind: 'flags', flags } : { kind: 'none' };
}

function decode(state: StoredState, options: OpendatasoftOptions) {
  const picked = pickCookie(state, options.cookieName);
  if (picked === null) return null;
  const notes = [...picked.notes, INFERRED];
  const read = readPreferences(picked.item.value);
  let categories = rollUp([]).categories;
  let services: Record<string, boolean> | undefined;
  if (read.kind === 'all') {
    categories = {
      necessary: true,
      preferences: read.value,
      statistics: read.value,
      marketing: read.value,
      social: read.value,
    };
    notes.push(`One answer for everything: ${read.value ? 'accepted' : 'refused'}.`);
  } else if (read.kind === 'none') {
    notes.push('The value holds no readable choice.');
  } else {
    services = Object.fromEntries(read.flags);
    const byLower = new Map(Object.entries(options.trackers).map(([id, c]) => [id.toLowerCase(), c]));
    const entries: Array<{ category: CanonicalCategory; value: boolean }> = [];
    const unmapped: string[] = [];
    for (const [id, value] of read.flags) {
      const category = byLower.get(id.toLowerCase());
      if (category === undefined) unmapped.push(id);
      else entries.push({ category, value });
    }
    const rolled = rollUp(entries);
    categories = rolled.categories;
    if (entries.length === 0) {
      const uniform = uniformReading([...read.flags.values()]);
      if (uniform !== null) {
        categories = uniform;
        notes.push(
          `No tracker is mapped: all are ${uniform.marketing ? 'accepted' : 'refused'}, so is every category.`,
        );
      }
    } else notes.push(...mixedNote(rolled.mixed));
    if (unmapped.length > 0 && entries.length > 0) notes.push(`Trackers not mapped: ${unmapped.join(', ')}.`);
  }
  categories.necessary = true;
  return {
    categories,
    ...(services === undefined ? {} : { services }),
    decidedAt: null,
    expiresAt: cookieExpiry(picked.item),
    sources: [options.cookieName],
    notes,
  };
}

export const opendatasoft = {
  id: 'opendatasoft',
  label: 'Opendatasoft portal',
  inferred: true,
  options: OpendatasoftOptions,
  optionDocs: [
    {
      name: 'trackers',
      description: 'Tracker flag → canonical category (inferred format).',
      default: 'analytics → statistics',
    },
    { name: 'cookieName', description: 'Name of the preferences cookie.', default: 'cookies_preferences' },
    { name: 'domain', description: 'Cookie domain.', default: 'the host only' },
    {
      name: 'expiresDays',
      description: 'Days the choice is kept (6 months per the portal policy).',
      default: '183',
    },
  ],
  detect(state) {
    return state.cookies.some((c) => c.name === 'cookies_preferences')
      ? { evidence: ['cookies_preferences'] }
      : null;
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const json = `{${Object.entries(options.trackers)
      .map(([id, category]) => `${JSON.stringify(id)}:${choiceOf(choices, category)}`)
      .join(',')}}`;
    return {
      cookies: [
        writeCookie({
          name: options.cookieName,
          value: encodeURIComponent(json),
          scope: cookieScope(target, options.domain, 'host'),
          now,
          expiresDays: options.expiresDays,
          // Unknown attributes: left to the browser's defaults.
          sameSite: null,
          secure: false,
        }),
      ],
      storage: [],
      ...gpcSignal(gpc),
      notes: [INFERRED],
    };
  },
} satisfies CmpAdapter<OpendatasoftOptions>;
