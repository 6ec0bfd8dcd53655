// Durations in plain words in the user's language: the declared one as the site meant it ("2 weeks by
// default", "Jusqu'à 13 mois") and a real cookie's lifetime, short ("13 days", "1 year 1 month").
import type { Duration } from '../policy';
import { statedUnit } from './parse';
import { UNIT_SECONDS, type Unit } from './units';

export type DurationLanguage = 'en' | 'fr';

const NAMES: Readonly<Record<DurationLanguage, Readonly<Record<Unit, readonly [string, string]>>>> = {
  en: {
    millisecond: ['millisecond', 'milliseconds'],
    second: ['second', 'seconds'],
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  },
  fr: {
    millisecond: ['milliseconde', 'millisecondes'],
    second: ['seconde', 'secondes'],
    minute: ['minute', 'minutes'],
    hour: ['heure', 'heures'],
    day: ['jour', 'jours'],
    week: ['semaine', 'semaines'],
    month: ['mois', 'mois'],
    year: ['an', 'ans'],
  },
};

/** "2 weeks", "Up to 12 months", "2 semaines par défaut", "2 years (after last activity)"; unknown: the raw text. */
export function formatDuration(d: Duration, lang: DurationLanguage): string {
  if (d.kind === 'session') return 'Session';
  if (d.kind === 'unknown' || d.seconds === null || !Number.isFinite(d.seconds)) return d.raw;
  const span = formatDeclared(d.raw, d.seconds, lang);
  switch (d.kind) {
    case 'maximum':
      return lang === 'fr' ? `Jusqu'à ${span}` : `Up to ${span}`;
    case 'default':
      return lang === 'fr' ? `${span} par défaut` : `${span} by default`;
    case 'conditional':
      return d.condition ? `${span} (${d.condition})` : span;
    case 'fixed':
      return span;
  }
}

// The site's own unit is kept when it counts the lifetime exactly, so the table reads like the policy in the
// user's language: "12 months" stays "12 months" (not "1 year"), "24 hours" stays "24 hours", "1.5 years"
// stays "1.5 years". Durations whose text states no such unit (edited ones, "1 year 6 months") get formatSpan.
function formatDeclared(raw: string, seconds: number, lang: DurationLanguage): string {
  const unit = statedUnit(raw, seconds);
  if (unit !== null) {
    const n = seconds / UNIT_SECONDS[unit];
    const tenths = Math.round(n * 10) / 10;
    if (n >= 1 && exact(seconds, tenths, unit)) return say(tenths, unit, lang);
  }
  return formatSpan(seconds, lang);
}

const DECLARED_UNITS: readonly Unit[] = [
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
];

// Below these counts a whole number of a small unit reads naturally ("90 minutes", "60 hours"); above them
// "3944619 seconds" is worse than "1.5 months".
const NATURAL_UNDER: Partial<Record<Unit, number>> = {
  millisecond: 1000,
  second: 3600,
  minute: 1440,
  hour: 72,
};

/**
 * A declared lifetime, exactly: the largest unit that counts it in whole numbers, so it reads back to the
 * same seconds. 12 months is "1 year" and 14 days "2 weeks", but 365 days stays "365 days" (a year is
 * 365.2425 days) and 52 weeks stays "52 weeks" (Django's csrftoken, 364 days).
 */
export function formatSpan(seconds: number, lang: DurationLanguage): string {
  if (seconds <= 0) return say(0, 'second', lang);
  for (const unit of DECLARED_UNITS) {
    const n = seconds / UNIT_SECONDS[unit];
    const limit = NATURAL_UNDER[unit];
    if (n >= 1 && (limit === undefined || n < limit) && exact(seconds, Math.round(n), unit)) {
      return say(Math.round(n), unit, lang);
    }
  }
  for (const unit of DECLARED_UNITS) {
    const n = seconds / UNIT_SECONDS[unit];
    if (n >= 1 && exact(seconds, Math.round(n * 10) / 10, unit))
      return say(Math.round(n * 10) / 10, unit, lang);
  }
  for (const unit of DECLARED_UNITS) {
    const n = seconds / UNIT_SECONDS[unit];
    if (n >= 1 && unit !== 'millisecond' && exact(seconds, Math.round(n), unit))
      return say(Math.round(n), unit, lang);
  }
  const unit = DECLARED_UNITS.find((u) => seconds >= UNIT_SECONDS[u]) ?? 'millisecond';
  return say(Math.round((seconds / UNIT_SECONDS[unit]) * 100) / 100, unit, lang);
}

// Parsing rounds to the millisecond, so a count is exact when it lands within a millisecond of the seconds.
function exact(seconds: number, count: number, unit: Unit): boolean {
  return Math.abs(count * UNIT_SECONDS[unit] - seconds) < 0.001 + seconds * 1e-12;
}

function say(count: number, unit: Unit, lang: DurationLanguage): string {
  // French counts 0 and 1,5 in the singular ("1,5 an"); English only 1 ("1.5 years", "0 seconds").
  const plural = lang === 'fr' ? count >= 2 : count !== 1;
  const number = lang === 'fr' ? String(count).replace('.', ',') : String(count);
  return `${number} ${NAMES[lang][unit][plural ? 1 : 0]}`;
}

const LIFETIME_UNITS: readonly Unit[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

// A remainder smaller than this share of the lifetime is not worth a second unit: 90 days is "3 months",
// not "2 months 29 days".
const DROP_REMAINDER = 0.05;

/**
 * A real cookie's lifetime in one or two units ("13 days", "1 year 1 month", "1 hour 30 minutes"), for
 * remaining or total lifetimes. Approximate by design; negative spans read as 0 (the caller says "expired").
 */
export function formatSeconds(seconds: number, lang: DurationLanguage): string {
  if (Number.isNaN(seconds)) return lang === 'fr' ? 'inconnue' : 'unknown';
  if (seconds === Infinity) return lang === 'fr' ? 'illimitée' : 'unlimited';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return say(s, 'second', lang);
  const index = LIFETIME_UNITS.findIndex((u) => s >= UNIT_SECONDS[u]);
  const unit = LIFETIME_UNITS[index]!;
  const size = UNIT_SECONDS[unit];
  const whole = Math.round(s / size);
  if (whole >= 10 || Math.abs(s - whole * size) <= DROP_REMAINDER * s) return single(whole, index, lang);
  const smaller = LIFETIME_UNITS[index + 1]!;
  let major = Math.floor(s / size);
  let minor = Math.round((s - major * size) / UNIT_SECONDS[smaller]);
  if (minor * UNIT_SECONDS[smaller] >= size) {
    major++;
    minor = 0;
  }
  if (minor === 0) return single(major, index, lang);
  return `${say(major, unit, lang)} ${say(minor, smaller, lang)}`;
}

// A rounded count that fills the next unit up reads as that unit: 12 months is "1 year", 60 minutes "1 hour".
function single(count: number, index: number, lang: DurationLanguage): string {
  const unit = LIFETIME_UNITS[index]!;
  const larger = LIFETIME_UNITS[index - 1];
  if (larger && count * UNIT_SECONDS[unit] >= UNIT_SECONDS[larger]) {
    return single(Math.round((count * UNIT_SECONDS[unit]) / UNIT_SECONDS[larger]), index - 1, lang);
  }
  return say(count, unit, lang);
}
