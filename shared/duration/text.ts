// Declared durations as tokens: lower case, accents removed ("Durée" and "duree" read alike). Tokens carry
// offsets into the normalized text; `at` maps them back to the text as written so a condition is quoted exactly.

/** Longest part of a declared duration we read: table cells are short, a longer cell is prose or garbage. */
export const MAX_READ = 1_000;

export type Token =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'word'; text: string; start: number; end: number }
  /** Punctuation; `break` is a clause boundary (". ; : , ( )" or a line break). */
  | { kind: 'mark'; text: string; break: boolean; start: number; end: number };

const COMBINING = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7f]*$/;
const TOKEN = /(\d+(?:[.,]\d+)?)|(\p{L}+)|([\n\r]+)|(\S)/gu;
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4']);
const BREAKS = new Set(['.', ';', ':', ',', '(', ')', '[', ']', '!', '?', '\n', '\u2022']);

/** The text in lower case without accents, and for each of its characters the index of the raw one. */
export function normalize(raw: string): { text: string; at: number[] } {
  const source = raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw;
  if (ASCII.test(source)) {
    const at = new Array<number>(source.length + 1);
    for (let k = 0; k <= source.length; k++) at[k] = k;
    return { text: source.toLowerCase(), at };
  }
  let text = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of source) {
    const code = ch.charCodeAt(0);
    // ASCII needs no decomposition: the common case stays cheap.
    const out = code < 128 ? ch.toLowerCase() : ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
    for (let k = 0; k < out.length; k++) at.push(i);
    text += out;
    i += ch.length;
  }
  at.push(i);
  return { text, at };
}

/** Splits normalized text into numbers, words and marks; digits glued to letters split apart ("13mois", "1h30"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1] !== undefined) tokens.push({ kind: 'number', value: readNumber(m[1]), start, end });
    else if (m[2] !== undefined) tokens.push({ kind: 'word', text: m[2], start, end });
    else if (m[3] !== undefined) tokens.push({ kind: 'mark', text: '\n', break: true, start, end });
    else if (!APOSTROPHES.has(m[0]))
      tokens.push({ kind: 'mark', text: m[0], break: BREAKS.has(m[0]), start, end });
  }
  return joinThousands(tokens, text);
}

// "1,5" is one and a half (French decimal comma); "1,000" is a thousand (English grouping): three digits after
// a comma read as grouping, anything else as a decimal. A dot is always decimal.
function readNumber(digits: string): number {
  const comma = digits.indexOf(',');
  if (comma >= 0 && digits.length - comma - 1 === 3) return Number(digits.replace(',', ''));
  return Number(digits.replace(',', '.'));
}

// French writes "3 650 jours" with a (narrow) space between thousands.
function joinThousands(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const prev = out[out.length - 1];
    if (
      token.kind === 'number' &&
      prev?.kind === 'number' &&
      Number.isInteger(prev.value) &&
      prev.value < 1000 &&
      prev.end - prev.start <= 3 &&
      token.end - token.start === 3 &&
      /^[ \u00a0\u202f]$/.test(text.slice(prev.end, token.start))
    ) {
      out[out.length - 1] = {
        kind: 'number',
        value: prev.value * 1000 + token.value,
        start: prev.start,
        end: token.end,
      };
      continue;
    }
    out.push(token);
  }
  return out;
}
