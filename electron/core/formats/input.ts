// One file to read: its bytes, and the text and JSON views readers share (each computed once).
import type { ReadInput } from './plugin';
import { stripBom } from './limits';

export function makeInput(name: string, bytes: Uint8Array): ReadInput {
  let text: string | undefined;
  let json: { value: unknown } | undefined | null = null;
  const input: ReadInput = {
    name,
    bytes,
    text() {
      text ??= stripBom(new TextDecoder('utf-8').decode(bytes));
      return text;
    },
    json() {
      if (json === null) {
        json = undefined;
        const body = input.text();
        const first = body.trimStart().charAt(0);
        if (first === '[' || first === '{') {
          try {
            json = { value: JSON.parse(body) };
          } catch {
            json = undefined;
          }
        }
      }
      return json;
    },
  };
  return input;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Binary files (databases) are not decoded as text: decoding 100 MB of pages as UTF-8 would be waste. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 16 && new TextDecoder('latin1').decode(bytes.subarray(0, 16)) === SQLITE_MAGIC)
    return true;
  if (bytes.length >= 4 && new TextDecoder('latin1').decode(bytes.subarray(0, 4)) === 'cook') return true;
  return bytes.subarray(0, 8192).includes(0);
}
