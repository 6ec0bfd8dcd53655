import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../electron/core/formats/json-error';
import { seeded } from './generate';

describe('locateJsonError', () => {
  it.each([
    ['[1,2', 1, 5, 'the text ends too early'],
    ['xyz', 1, 1, "unexpected 'x'; expected a value"],
    ['[\n  {"a": tru}\n]', 2, 9, "unexpected 't'; expected a value"],
    ['[1]x', 1, 4, "unexpected 'x' after the end of the JSON value"],
    ['{"a" 1}', 1, 6, "unexpected '1'; expected ':'"],
    ['{"a": 1,}', 1, 9, "unexpected '}'; expected a property name in double quotes"],
    ['["a\nb"]', 1, 4, 'a line break inside a string (strings must be on one line)'],
    ['["\\x"]', 1, 3, 'invalid escape in a string'],
    ['["abc', 1, 6, 'a string is not closed'],
    ['[01]', 1, 3, "unexpected '1'; expected ',' or ']'"],
    ['[\r\n  -]', 2, 3, "unexpected '-'; expected a value"],
    ['{"a": [1}', 1, 9, "unexpected '}'; expected ',' or ']'"],
  ])('%j → line %i column %i', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(locateJsonError(text)).toEqual({ line, column, reason });
  });

  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['[]', '{}', ' {"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null]} ', '"s"', '0']) {
      expect(locateJsonError(text)).toBeNull();
    }
  });

  it('survives deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    expect(locateJsonError('['.repeat(depth))).toEqual({
      line: 1,
      column: depth + 1,
      reason: 'the text ends too early',
    });
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const random = seeded(7);
    const pieces = [
      '[',
      ']',
      '{',
      '}',
      '"',
      '"a"',
      ':',
      ',',
      '0',
      '1',
      '-',
      '.',
      'e',
      'true',
      'nul',
      'null',
      ' ',
      '\n',
      '\\',
    ];
    const disagreements: string[] = [];
    let validCount = 0;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + random.int(10) }, () => random.pick(pieces)).join('');
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      if (valid) validCount++;
      if ((locateJsonError(text) === null) !== valid) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
    // Both kinds occur, or the comparison would say little.
    expect(validCount).toBeGreaterThan(100);
  });
});
