// Where a JSON text first goes wrong, as line and column. V8's SyntaxError gives a position for some
// errors and not others ("Unexpected token 'x', "…" is not valid JSON"), its wording changes between Node
// versions, and it quotes the surrounding text, which may hold cookie values. So after JSON.parse fails,
// this small scanner finds the place itself and words the reason without echoing the input.
// It is iterative: deeply nested input must not overflow the stack.

import { reasonFor, type Reason } from '../../../shared/problem-codes';

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/** The same, with the reason coded (shared/problem-codes.ts). */
export interface CodedJsonSyntaxError {
  line: number;
  column: number;
  why: Reason;
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The `char` param of the JSON_* codes: 'end', 'break', 'U+0001' or the character quoted. */
function shown(ch: string | undefined): string {
  if (ch === undefined) return 'end';
  if (ch === '\n') return 'break';
  const code = ch.charCodeAt(0);
  return code < 0x20 ? `U+${code.toString(16).padStart(4, '0')}` : `'${ch}'`;
}

/** Returns the offset past the string that starts at `start`, or the failing offset and why. */
function scanString(text: string, start: number): { end: number } | { at: number; reason: Reason } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') return { end: i + 1 };
    if (ch === '\\') {
      const next = text.charAt(i + 1);
      if (ESCAPES.has(next)) i += 2;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else return { at: i, reason: reasonFor('JSON_BAD_ESCAPE') };
    } else if (ch.charCodeAt(0) < 0x20) {
      return { at: i, reason: reasonFor('JSON_BREAK_IN_STRING', { char: shown(ch) }) };
    } else {
      i++;
    }
  }
  return { at: text.length, reason: reasonFor('JSON_STRING_OPEN') };
}

function findOffset(text: string): { at: number; reason: Reason } | null {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) {
      return state === 'after' && stack.length === 0 ? null : { at: i, reason: reasonFor('JSON_ENDS_EARLY') };
    }
    const ch = text.charAt(i);
    if (state === 'value' || state === 'valueOrClose') {
      if (state === 'valueOrClose' && ch === ']') {
        stack.pop();
        i++;
        state = 'after';
      } else if (ch === '[' || ch === '{') {
        stack.push(ch);
        i++;
        state = ch === '[' ? 'valueOrClose' : 'keyOrClose';
      } else if (ch === '"') {
        const scanned = scanString(text, i);
        if ('at' in scanned) return scanned;
        i = scanned.end;
        state = 'after';
      } else {
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (number) i += number[0].length;
        else if (literal) i += literal.length;
        else return { at: i, reason: reasonFor('JSON_EXPECTED_VALUE', { char: shown(ch) }) };
        state = 'after';
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && ch === '}') {
        stack.pop();
        i++;
        state = 'after';
      } else if (ch === '"') {
        const scanned = scanString(text, i);
        if ('at' in scanned) return scanned;
        i = scanned.end;
        state = 'colon';
      } else {
        return { at: i, reason: reasonFor('JSON_EXPECTED_NAME', { char: shown(ch) }) };
      }
    } else if (state === 'colon') {
      if (ch !== ':') return { at: i, reason: reasonFor('JSON_EXPECTED_COLON', { char: shown(ch) }) };
      i++;
      state = 'value';
    } else {
      const open = stack.at(-1);
      if (open === undefined) return { at: i, reason: reasonFor('JSON_AFTER_END', { char: shown(ch) }) };
      const close = open === '[' ? ']' : '}';
      if (ch === ',') {
        i++;
        state = open === '[' ? 'value' : 'key';
      } else if (ch === close) {
        stack.pop();
        i++;
      } else {
        return { at: i, reason: reasonFor('JSON_EXPECTED_COMMA', { char: shown(ch), close }) };
      }
    }
  }
}

/** Locates the first syntax error of a text JSON.parse refused; null if the scanner finds none. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const found = locateCodedJsonError(text);
  return found && { line: found.line, column: found.column, reason: found.why.reason };
}

/** locateJsonError, with the reason coded. */
export function locateCodedJsonError(text: string): CodedJsonSyntaxError | null {
  const found = findOffset(text);
  if (!found) return null;
  const before = text.slice(0, found.at);
  const lastBreak = before.lastIndexOf('\n');
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: found.at - lastBreak, why: found.reason };
}
