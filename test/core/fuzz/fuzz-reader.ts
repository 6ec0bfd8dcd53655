// Runs every hostile variant of one reader's fixture through the real core: first as a dry run with the
// format named, then detected ('auto'), then a subset as real imports (skipInvalid false).
import { expect } from 'vitest';
import type { ReaderId } from '../../../electron/core/formats/plugin';
import { FIXTURES } from './fixtures';
import type { Harness } from './harness';
import { casesFor, type Budget } from './mutate';

/** A fixed seed per reader: the same ids always give the same flips. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export async function fuzzReader(h: Harness, id: ReaderId, budget: Budget): Promise<number> {
  const fixture = FIXTURES[id];
  h.failures = [];
  const cases = await casesFor(fixture, budget, seedOf(id));
  const [original] = cases;
  if (!original) throw new Error('no original case');

  // The unharmed file must import cleanly and be detected as itself, or the variants prove little.
  const named = await h.run(fixture, original, id, { dryRun: true });
  expect(named).toMatchObject({ rejected: [] });
  const found = typeof named === 'object' && named ? named.imported + named.updated : 0;
  expect(found).toBeGreaterThanOrEqual(2);
  const detected = await h.run(fixture, original, 'auto', { dryRun: true });
  expect(detected).toMatchObject({ files: [{ format: id }] });

  for (const c of cases) await h.run(fixture, c, id, { dryRun: true });
  // Detection over every variant but most truncations (their prefixes repeat each other).
  let cuts = 0;
  for (const c of cases)
    if (!c.label.startsWith('cut@') || cuts++ % 9 === 0) await h.run(fixture, c, 'auto', { dryRun: true });

  // One byte over the size cap: refused before reading, with a typed error, the jar untouched.
  const over = { label: 'one byte over --max-size', bytes: original.bytes };
  expect(await h.runReal(fixture, over, id, { maxBytes: original.bytes.length - 1 })).toBe('TOO_LARGE');

  const cutEvery = Math.max(1, Math.floor(cases.filter((c) => c.label.startsWith('cut@')).length / 6));
  let cut = 0;
  let flips = 0;
  const real = cases.filter((c) => {
    if (c.label.startsWith('cut@')) return cut++ % cutEvery === cutEvery - 1;
    if (c.label.startsWith('flip#')) return flips++ < 8;
    return c.label.startsWith('huge ') || c.label.startsWith('name ') || c.label === 'NUL for every newline';
  });
  // Each next to a valid copy of the file: a rejected row anywhere must keep the valid file out too.
  for (const c of real) await h.runReal(fixture, c, id, { companion: original.bytes });

  expect(h.failures).toEqual([]);
  expect(await h.sealedUnchanged()).toBe(true);
  return cases.length;
}
