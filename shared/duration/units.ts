// The units declared durations are written in, English and French, and the words that count them.
// Every key here is already normalized: lower case, accents removed (see text.ts).

export type Unit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

// A year is the average Gregorian year (365.2425 days) and a month a twelfth of it (30.436875 days), so that
// "12 months" and "1 year" are the same lifetime, as policies use them interchangeably. "365 days" is then
// 5.8 hours short of "1 year": well inside the comparison tolerance, and formatting keeps it "365 days".
export const UNIT_SECONDS: Readonly<Record<Unit, number>> = {
  millisecond: 0.001,
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
  month: 2_629_746,
  year: 31_556_952,
};

/** Whole words, read after a digit or a number word ("2 ans", "deux ans", "one year"). */
const WORDS: Readonly<Record<string, Unit>> = {
  millisecond: 'millisecond',
  milliseconds: 'millisecond',
  milliseconde: 'millisecond',
  millisecondes: 'millisecond',
  second: 'second',
  seconds: 'second',
  seconde: 'second',
  secondes: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  heure: 'hour',
  heures: 'hour',
  day: 'day',
  days: 'day',
  jour: 'day',
  jours: 'day',
  journee: 'day',
  journees: 'day',
  week: 'week',
  weeks: 'week',
  semaine: 'week',
  semaines: 'week',
  month: 'month',
  months: 'month',
  mois: 'month',
  year: 'year',
  years: 'year',
  an: 'year',
  ans: 'year',
  annee: 'year',
  annees: 'year',
};

// Abbreviations count only right after digits ("30 min", "1h", "3w"): alone, "s", "d" or "an" are other words.
const ABBREVIATIONS: Readonly<Record<string, Unit>> = {
  ms: 'millisecond',
  s: 'second',
  sec: 'second',
  secs: 'second',
  min: 'minute',
  mins: 'minute',
  mn: 'minute',
  mns: 'minute',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  d: 'day',
  j: 'day',
  jr: 'day',
  jrs: 'day',
  w: 'week',
  wk: 'week',
  wks: 'week',
  sem: 'week',
  mo: 'month',
  mos: 'month',
  mth: 'month',
  mths: 'month',
  y: 'year',
  yr: 'year',
  yrs: 'year',
};

/** The words a misspelling may be close to, by first letter: four letters or more, so "an" or "mo" attract no typos. */
const FUZZY_TARGETS = new Map<string, string[]>();
for (const word of Object.keys(WORDS)) {
  if (word.length >= 4) FUZZY_TARGETS.set(word[0]!, [...(FUZZY_TARGETS.get(word[0]!) ?? []), word]);
}

// Real words one edit away from a unit that follow numbers in policies ("2 dans", "13 mais", "4 pour").
const NOT_TYPOS = new Set([
  'dans',
  'mais',
  'mis',
  'moins',
  'hors',
  'your',
  'ours',
  'pour',
  'four',
  'tour',
  'annex',
]);

const fuzzyCache = new Map<string, Unit | null>();

/** The unit a word names: exact words, abbreviations after digits, then near misspellings ("monhts", "moi"). */
export function unitOf(word: string, afterDigits: boolean): Unit | null {
  const exact = WORDS[word] ?? (afterDigits ? ABBREVIATIONS[word] : undefined);
  if (exact) return exact;
  return fuzzyUnit(word);
}

function fuzzyUnit(word: string): Unit | null {
  if (word.length < 3 || word.length > 14 || NOT_TYPOS.has(word)) return null;
  const cached = fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  let found: Unit | null = null;
  // A typo rarely hits the first letter; requiring it keeps "pour" from reading as "jour".
  for (const target of FUZZY_TARGETS.get(word[0]!) ?? []) {
    if (Math.abs(target.length - word.length) > 1) continue;
    if (!withinOneEdit(word, target)) continue;
    const unit = WORDS[target]!;
    if (found !== null && found !== unit) {
      found = null;
      break;
    }
    found = unit;
  }
  if (fuzzyCache.size > 5_000) fuzzyCache.clear();
  fuzzyCache.set(word, found);
  return found;
}

/** Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    // one substitution at i, or a swap of i and i + 1
    const swapped = i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i];
    return sameFrom(a, i + (swapped ? 2 : 1), b, i + (swapped ? 2 : 1)) || sameFrom(a, i + 1, b, i + 1);
  }
  return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Number words up to the ones policies use ("one year", "douze mois", "vingt-quatre heures"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['ninety', 90],
  ['un', 1],
  ['une', 1],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['sept', 7],
  ['huit', 8],
  ['neuf', 9],
  ['dix', 10],
  ['onze', 11],
  ['douze', 12],
  ['treize', 13],
  ['quatorze', 14],
  ['quinze', 15],
  ['seize', 16],
  ['vingt', 20],
  ['trente', 30],
  ['quarante', 40],
  ['cinquante', 50],
  ['soixante', 60],
]);

/** English articles count as one only right before an English unit ("a year", "an hour"): "à heure fixe" is no hour. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
export const ENGLISH_UNIT_WORDS: ReadonlySet<string> = new Set([
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
]);

/** Halves: "half an hour", "une demi-heure"; "and a half" / "et demi" after a quantity. */
export const HALF_WORDS: ReadonlySet<string> = new Set(['half', 'demi', 'demie']);
