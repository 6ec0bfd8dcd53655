// The lifetimes stated in a text: a count and a unit ("13 mois", "one year", "1h30", "1 an et demi"),
// ranges whose first number borrows the second's unit ("1 to 2 years", "de 1 à 2 ans") and sums of
// falling units ("1 year 6 months", "1 an et 6 mois").
import type { Token } from './text';
import {
  ARTICLES,
  ENGLISH_UNIT_WORDS,
  HALF_WORDS,
  NUMBER_WORDS,
  UNIT_SECONDS,
  unitOf,
  type Unit,
} from './units';

export interface Quantity {
  seconds: number;
  unit: Unit;
  /** Token indices: `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
}

interface Count {
  value: number;
  next: number;
  digits: boolean;
  /** "a"/"an"/"half": a count only when an English unit follows at once. */
  weak: boolean;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013', '\u2014']);
const RANGE_WORDS = new Set(['to', 'till', 'until', 'a', 'au', 'or', 'ou', 'and', 'et']);
const SUM_WORDS = new Set(['and', 'et', 'plus']);

function wordAt(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text : null;
}

function isHyphen(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.kind === 'mark' && HYPHENS.has(token.text);
}

function readCount(tokens: readonly Token[], i: number): Count | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return { value: token.value, next: i + 1, digits: true, weak: false };
  if (token.kind !== 'word') return null;
  if (HALF_WORDS.has(token.text)) {
    let next = i + 1;
    if (ARTICLES.has(wordAt(tokens, next) ?? '') || isHyphen(tokens, next)) next++;
    return { value: 0.5, next, digits: false, weak: true };
  }
  const value = NUMBER_WORDS.get(token.text);
  if (value !== undefined) {
    // "vingt-quatre", "twenty four", "vingt et un"
    if (value >= 10 && value % 10 === 0) {
      let j = i + 1;
      if (isHyphen(tokens, j) || wordAt(tokens, j) === 'et') j++;
      const ones = NUMBER_WORDS.get(wordAt(tokens, j) ?? '');
      if (ones !== undefined && ones < 10)
        return { value: value + ones, next: j + 1, digits: false, weak: false };
    }
    return { value, next: i + 1, digits: false, weak: false };
  }
  if (ARTICLES.has(token.text)) return { value: 1, next: i + 1, digits: false, weak: true };
  return null;
}

function readUnit(tokens: readonly Token[], i: number, count: Count): { unit: Unit; at: number } | null {
  // "13-month", "30-day"
  const at = isHyphen(tokens, i) && !count.weak ? i + 1 : i;
  const word = wordAt(tokens, at);
  if (word === null) return null;
  if (count.weak && !ENGLISH_UNIT_WORDS.has(word) && !(count.value === 0.5 && unitOf(word, false)))
    return null;
  const unit = unitOf(word, count.digits);
  return unit ? { unit, at } : null;
}

function toSeconds(value: number, unit: Unit): number {
  return Math.round(value * UNIT_SECONDS[unit] * 1000) / 1000;
}

/** Every lifetime stated in the tokens, in order. */
export function readQuantities(tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const count = readCount(tokens, i);
    if (!count) {
      i++;
      continue;
    }
    const unit = readUnit(tokens, count.next, count);
    if (unit) {
      const quantity = finishQuantity(tokens, i, count.value, unit.unit, unit.at);
      if (quantity) addQuantity(found, quantity, tokens);
      i = quantity ? quantity.to : unit.at + 1;
      continue;
    }
    const range = !count.weak ? readRange(tokens, i, count) : null;
    if (range) {
      found.push(...range);
      i = range[1]!.to;
      continue;
    }
    i++;
  }
  return found;
}

// "1 to 2 years", "1-2 ans", "between 1 and 2 years": the first number takes the second one's unit.
function readRange(tokens: readonly Token[], i: number, first: Count): [Quantity, Quantity] | null {
  const connector = tokens[first.next];
  const isConnector =
    (connector?.kind === 'word' && RANGE_WORDS.has(connector.text)) || isHyphen(tokens, first.next);
  if (!isConnector) return null;
  const second = readCount(tokens, first.next + 1);
  if (!second || second.weak) return null;
  const unit = readUnit(tokens, second.next, second);
  if (!unit) return null;
  const high = finishQuantity(tokens, first.next + 1, second.value, unit.unit, unit.at);
  const lowSeconds = toSeconds(first.value, unit.unit);
  if (!high || !Number.isFinite(lowSeconds)) return null;
  return [{ seconds: lowSeconds, unit: unit.unit, from: i, to: first.next }, high];
}

// After "N unit": "and a half" / "et demi", and the minutes of "1h30".
function finishQuantity(
  tokens: readonly Token[],
  from: number,
  value: number,
  unit: Unit,
  unitAt: number,
): Quantity | null {
  let to = unitAt + 1;
  let seconds = toSeconds(value, unit);
  const w1 = wordAt(tokens, to);
  if ((w1 === 'and' && wordAt(tokens, to + 1) === 'a' && wordAt(tokens, to + 2) === 'half') || w1 === 'et') {
    const halfAt = w1 === 'and' ? to + 2 : to + 1;
    if (HALF_WORDS.has(wordAt(tokens, halfAt) ?? '')) {
      seconds += toSeconds(0.5, unit);
      to = halfAt + 1;
    }
  }
  const minutes = tokens[to];
  if (
    wordAt(tokens, unitAt) === 'h' &&
    minutes?.kind === 'number' &&
    minutes.start === tokens[unitAt]!.end &&
    Number.isInteger(minutes.value) &&
    minutes.value < 60
  ) {
    seconds += minutes.value * 60;
    to++;
  }
  return Number.isFinite(seconds) ? { seconds, unit, from, to } : null;
}

// "1 year 6 months", "1 an et 6 mois": a smaller unit right after a larger one adds to it, when the smaller
// part is less than one of the larger unit ("1 year 365 days" says the same thing twice, it is no sum).
function addQuantity(found: Quantity[], next: Quantity, tokens: readonly Token[]): void {
  const prev = found[found.length - 1];
  if (prev && UNIT_SECONDS[next.unit] < UNIT_SECONDS[prev.unit] && next.seconds < UNIT_SECONDS[prev.unit]) {
    const gap = next.from - prev.to;
    const between = tokens[prev.to];
    const joined =
      gap === 0 ||
      (gap === 1 &&
        ((between?.kind === 'word' && SUM_WORDS.has(between.text)) ||
          (between?.kind === 'mark' && between.text === '+')));
    if (joined) {
      found[found.length - 1] = {
        seconds: prev.seconds + next.seconds,
        unit: next.unit,
        from: prev.from,
        to: next.to,
      };
      return;
    }
  }
  found.push(next);
}
