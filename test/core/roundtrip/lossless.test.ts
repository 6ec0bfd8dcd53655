// Round trips through the real core for every lossless writer/reader pair: a generated jar is imported,
// exported with export.run, the export imported into a second core (format detected), and the second
// jar must equal the first with nothing reported lost. Two long-lived cores, emptied through the API
// between runs (opening fresh ones costs ~20 ms each, the whole budget at 250 runs).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import type { CookieData, ExportFormat, SameSite, StorageEntry } from '../../../shared/model';
import { tempDir } from '../../helpers/temp';
import { contents, empty, extensionFile, jarOf, normalised, storageFile, storageOf } from './jars';

const ALL: SameSite[] = ['strict', 'lax', 'none', null];
const RUNS = 40;

const dirs: { dir: string; cleanup: () => void }[] = [];
let first: Core;
let second: Core;
beforeAll(async () => {
  dirs.push(tempDir('crumbs-rt-'), tempDir('crumbs-rt-'));
  first = await openCore({ dataDir: dirs[0]!.dir });
  second = await openCore({ dataDir: dirs[1]!.dir });
});
afterAll(async () => {
  await first.close();
  await second.close();
  for (const d of dirs) d.cleanup();
});

async function roundTrip(format: ExportFormat, cookies: CookieData[], storage: StorageEntry[]) {
  await empty(first);
  await empty(second);
  const files = [{ name: 'generated.json', content: extensionFile(cookies) }];
  if (storage.length > 0) files.push({ name: 'generated-state.json', content: storageFile(storage) });
  const seeded = await first.client['import.run']({ files });
  expect(seeded.rejected).toEqual([]);
  expect(seeded.applied).toBe(true);
  // The first jar is exactly what was generated: what follows compares against the real thing.
  const jar = contents(first);
  expect(jar).toEqual(normalised(cookies, storage));

  const exported = await first.client['export.run']({ format });
  expect(exported.lost).toEqual([]);
  expect(exported.count).toBe(cookies.length);

  const back = await second.client['import.run']({
    files: [{ name: exported.filename, content: exported.content }],
  });
  expect(back.files.map((f) => f.format)).toEqual([format]);
  expect(back.rejected).toEqual([]);
  expect(back.warnings).toEqual([]);
  expect(back).toMatchObject({ imported: cookies.length, updated: 0, skipped: 0, applied: true });
  expect(back.storage.imported).toBe(storage.length);
  expect(contents(second)).toEqual(jar);
}

describe('lossless round trips through the core (import → export.run → import)', () => {
  const pairs: [ExportFormat, SameSite[]][] = [
    ['extension-json', ALL],
    ['cdp', ALL],
    ['selenium', ALL],
    // cookies.txt has no SameSite: it is lossless for the cookies that have none.
    ['netscape', [null]],
  ];
  it.each(pairs)('%s gives back the same jar', async (format, sameSites) => {
    await fc.assert(
      fc.asyncProperty(jarOf(sameSites), (cookies) => roundTrip(format, cookies, [])),
      { numRuns: RUNS },
    );
  });

  it('playwright gives back the same cookies and localStorage', async () => {
    // Playwright always names a SameSite (unspecified would be written as Lax, and reported).
    await fc.assert(
      fc.asyncProperty(jarOf(['strict', 'lax', 'none']), storageOf, (cookies, storage) =>
        roundTrip('playwright', cookies, storage),
      ),
      { numRuns: RUNS },
    );
  });
});
