// Fuzz: the text readers (cookies.txt, LWP, Set-Cookie lines, Cookie header) through the real core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReaderId } from '../../../electron/core/formats/plugin';
import { fuzzReader } from './fuzz-reader';
import { Harness } from './harness';
import { TEXT_BUDGET } from './mutate';

let h: Harness;
beforeAll(async () => {
  h = await Harness.open();
});
afterAll(async () => {
  await h.close();
});

// Measured: about half again as many; fewer means the hostile cases stopped reaching the validation.
const REFUSED = 30;
const IDS: ReaderId[] = ['netscape', 'lwp', 'set-cookie', 'header'];

describe('fuzz: text readers', () => {
  it.each(IDS)(
    '%s: every hostile variant ends in a report or a typed error, the jar untouched',
    async (id) => {
      expect(await fuzzReader(h, id, TEXT_BUDGET)).toBeGreaterThan(100);
    },
  );

  it('some real imports were refused with rejected rows and left jar.sealed byte-identical', () => {
    expect(h.refusedUntouched).toBeGreaterThan(REFUSED);
  });
});
