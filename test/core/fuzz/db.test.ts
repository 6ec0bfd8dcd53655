// Fuzz: the browser databases (Firefox, Chromium, Safari) through the real core; the SQLite files are cut
// at every 97th offset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReaderId } from '../../../electron/core/formats/plugin';
import { fuzzReader } from './fuzz-reader';
import { Harness } from './harness';
import { DB_BUDGET, TEXT_BUDGET } from './mutate';

let h: Harness;
beforeAll(async () => {
  h = await Harness.open();
});
afterAll(async () => {
  await h.close();
});

// Measured: about half again as many; fewer means the hostile cases stopped reaching the validation.
const REFUSED = 15;
const IDS: ReaderId[] = ['firefox', 'chromium', 'safari'];

describe('fuzz: browser databases', () => {
  it.each(IDS)(
    '%s: every hostile variant ends in a report or a typed error, the jar untouched',
    async (id) => {
      // A binarycookies file of three cookies is ~300 bytes: cut it at every offset like the text files.
      expect(await fuzzReader(h, id, id === 'safari' ? TEXT_BUDGET : DB_BUDGET)).toBeGreaterThan(100);
    },
  );

  it('some real imports were refused with rejected rows and left jar.sealed byte-identical', () => {
    expect(h.refusedUntouched).toBeGreaterThan(REFUSED);
  });
});
