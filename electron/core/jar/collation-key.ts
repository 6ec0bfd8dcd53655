// Sorting 100,000 cookie names with Intl.Collator costs ~1.7 million collator calls. Nearly every cookie name
// and domain is printable ASCII, and for those a key can be made once per string whose plain code-unit order
// is the collator's order (base sensitivity, numeric): each character becomes its collation weight, read off
// the collator itself at load, and each run of digits becomes a marker, its length without leading zeros and
// its digits, so that "x9" < "x10" and "a01" = "a1" as the collator has them. Anything else (other
// characters, very long digit runs) gets no key and is compared by the collator; a property test holds the
// keys to the collator's answers.
export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const FIRST = 0x20;
const LAST = 0x7e;
/** Weights are written as code units from here up, above every ASCII digit the keys also hold. */
const BASE = 0x100;
const MAX_DIGITS = 30;

const weights = readWeights();

/** The collator's order of the printable ASCII characters, as code units (equal ones share one). */
function readWeights(): string[] | null {
  const chars: string[] = [];
  for (let code = FIRST; code <= LAST; code++) chars.push(String.fromCharCode(code));
  const sorted = [...chars].sort(collator.compare);
  const weightOf = new Map<string, number>();
  let weight = BASE;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && collator.compare(sorted[i - 1]!, sorted[i]!) !== 0) weight++;
    weightOf.set(sorted[i]!, weight);
  }
  // The digit marker stands for every digit: nothing else may sort among the digits.
  const zero = weightOf.get('0')!;
  const nine = weightOf.get('9')!;
  for (const [char, w] of weightOf) if (!/[0-9]/.test(char) && w >= zero && w <= nine) return null;
  return chars.map((char) => String.fromCharCode(weightOf.get(char)!));
}

const MARK = weights ? weights['0'.charCodeAt(0) - FIRST]! : '';

/** A string whose code-unit order is the collator's order among keyed strings; null: compare by collator. */
export function collationKey(s: string): string | null {
  if (weights === null) return null;
  let key = '';
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code < FIRST || code > LAST) return null;
    if (code < 0x30 || code > 0x39) {
      key += weights[code - FIRST];
      i++;
      continue;
    }
    let end = i;
    while (end < s.length && s.charCodeAt(end) >= 0x30 && s.charCodeAt(end) <= 0x39) end++;
    let start = i;
    while (start < end && s.charCodeAt(start) === 0x30) start++;
    if (end - start > MAX_DIGITS) return null;
    key += MARK + String.fromCharCode(BASE + end - start) + s.slice(start, end);
    i = end;
  }
  return key;
}

/** The collator's answer, through the keys when both strings have one. */
export function compareKeyed(a: string, aKey: string | null, b: string, bKey: string | null): number {
  if (aKey !== null && bKey !== null) return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
  return collator.compare(a, b);
}
