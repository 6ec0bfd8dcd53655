// The Jar view's core side (electron/core/jar/query.ts) at 1,000 and 100,000 cookies, through the contract
// of a real core: what a query costs right after the jar opened, a cached window, the first sort by another
// column, and — what a user feels after each edit — a query after deleting one cookie, after saving one, and
// after an import of 100 more. Each change is followed by the query the Jar view makes. Figures are medians
// over ITERATIONS rounds on the same core, printed side by side with the ratio 100k / 1k: the aim is a cost of
// a change that does not grow with the jar. Run with `npm run bench`; never part of `npm test`.
import { afterAll, bench, describe } from 'vitest';
import { performance } from 'node:perf_hooks';
import { openCore, type Core } from '../../electron/core';
import { tempDir } from '../helpers/temp';
import { generatedCookiesTxt } from './generated-jar';

const SIZES = [1_000, 100_000] as const;
type Size = (typeof SIZES)[number];
const ITERATIONS = 7;
const nowSec = Math.floor(Date.now() / 1000);

interface Figures {
  firstQuery: number;
  cached: number[];
  firstSort: number;
  afterDelete: number[];
  afterSave: number[];
  afterImport: number[];
  sitesAfterDelete: number[];
}

const cores = new Map<Size, { core: Core; cleanup: () => void; figures: Figures }>();
for (const size of SIZES) {
  const t = tempDir(`crumbs-bench-query-${size}-`);
  const core = await openCore({ dataDir: t.dir });
  await core.client['import.run']({
    files: [{ name: 'jar.txt', content: generatedCookiesTxt(size, { tag: 'q', catalogNames: true }) }],
  });
  await core.close();
  // Reopened, as after a start: nothing prepared yet.
  const reopened = await openCore({ dataDir: t.dir });
  const t0 = performance.now();
  await reopened.client['jar.query']({ limit: 60 });
  const firstQuery = performance.now() - t0;
  const figures: Figures = {
    firstQuery,
    cached: [],
    firstSort: NaN,
    afterDelete: [],
    afterSave: [],
    afterImport: [],
    sitesAfterDelete: [],
  };
  const t1 = performance.now();
  await reopened.client['jar.query']({ limit: 60, sort: 'name' });
  figures.firstSort = performance.now() - t1;
  cores.set(size, { core: reopened, cleanup: t.cleanup, figures });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function round(size: Size, i: number): Promise<void> {
  const { core, figures } = cores.get(size)!;
  const q = core.client['jar.query'];
  figures.cached.push(await timed(() => q({ limit: 60 })));
  const { rows } = await q({ limit: 1, offset: i * 3 });
  const key = { domain: rows[0]!.domain, path: rows[0]!.path, name: rows[0]!.name };
  figures.afterDelete.push(
    await timed(async () => {
      await core.client['cookies.delete']({ keys: [key] });
      await q({ limit: 60 });
    }),
  );
  // The Sites view after a change: every site's counts, categories and findings.
  await core.client['sites.list']({});
  const { rows: more } = await q({ limit: 1, offset: i * 3 + 1 });
  figures.sitesAfterDelete.push(
    await timed(async () => {
      await core.client['cookies.delete']({
        keys: [{ domain: more[0]!.domain, path: more[0]!.path, name: more[0]!.name }],
      });
      await core.client['sites.list']({});
    }),
  );
  figures.afterSave.push(
    await timed(async () => {
      await core.client['cookies.save']({
        cookie: {
          name: `edited${i}`,
          value: 'x',
          domain: key.domain.replace(/^\./, ''),
          hostOnly: true,
          path: '/',
          expires: nowSec + 86_400 * 30,
          httpOnly: false,
          secure: true,
          sameSite: 'lax',
        },
      });
      await q({ limit: 60, sort: 'name' });
    }),
  );
  figures.afterImport.push(
    await timed(async () => {
      const content = generatedCookiesTxt(100, { from: size + i * 100, tag: `new${i}`, catalogNames: true });
      await core.client['import.run']({ files: [{ name: 'more.txt', content }] });
      await q({ limit: 60 });
    }),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]!;
};

afterAll(async () => {
  const small = cores.get(1_000)!.figures;
  const big = cores.get(100_000)!.figures;
  const line = (label: string, a: number, b: number) =>
    `${label.padEnd(48)} ${`${a.toFixed(1)} ms`.padStart(11)} ${`${b.toFixed(1)} ms`.padStart(11)} ${(b / a).toFixed(2).padStart(8)}`;
  console.log(
    [
      '',
      `jar.query in the core, 1,000 vs 100,000 cookies (medians of ${ITERATIONS})`,
      `${''.padEnd(48)} ${'1k'.padStart(11)} ${'100k'.padStart(11)} ${'100k/1k'.padStart(8)}`,
      line('first query after opening (prepares the jar)', small.firstQuery, big.firstQuery),
      line('first sort by another column', small.firstSort, big.firstSort),
      line('a window again, nothing changed', median(small.cached), median(big.cached)),
      line('delete one cookie → next window', median(small.afterDelete), median(big.afterDelete)),
      line('save one cookie → next window (by name)', median(small.afterSave), median(big.afterSave)),
      line('import 100 cookies → next window', median(small.afterImport), median(big.afterImport)),
      line('delete one cookie → sites list', median(small.sitesAfterDelete), median(big.sitesAfterDelete)),
      '',
    ].join('\n'),
  );
  for (const { core, cleanup } of cores.values()) {
    await core.close();
    cleanup();
  }
});

const options = { iterations: ITERATIONS, warmupIterations: 0, time: 0, warmupTime: 0 };
describe('jar.query after a change', () => {
  for (const size of SIZES) {
    let i = 0;
    bench(
      `${size.toLocaleString('en')} cookies: delete, save, import, each then a window`,
      () => round(size, i++),
      options,
    );
  }
});
