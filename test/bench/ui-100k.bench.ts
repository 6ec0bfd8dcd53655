// Issue "a desktop UI people enjoy": the Jar view with 100,000 cookies against the same view with 1,000.
// Each jar is a generated cookies.txt imported with the built CLI, served by `crumbs serve`, and opened in
// Chromium (Playwright). Measured in the page (performance.now(), so Playwright's own round trips do not
// count):
// - open: from setting location.hash to #/jar to the first rows drawn (the frame after they are in the DOM),
//   on a freshly loaded page (no cached windows); the very first open after the server started is reported
//   apart: the core's one-time preparation of the jar (classification) is started by the server's warm-up
//   (electron/core/warm-up.ts), so what is left there is whatever of it the page still waits for;
// - rows in the DOM after opening and after scrolling to the middle of the jar;
// - filter: from the keydown of one character typed into the search field to the table showing the new
//   count (this includes the view's 150 ms debounce, which does not depend on the jar);
// - once each, after those: a first sort by another column (the core sorts the whole jar once per column),
//   and a deletion (Delete key) until the count moves (the core applies the change to the rows and orders
//   it has: electron/core/jar/query.ts).
// Each figure is printed for both jars with the ratio 100k / 1k: the aim is a cost that does not grow with
// the jar. Needs `npm run build` first (npm run bench does not build). Not part of `npm test`.
import { afterAll, bench, describe } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, CLI, serve, type Served } from '../e2e/built';
import { generatedCookiesTxt } from './generated-jar';

const SIZES = [1_000, 100_000] as const;
type Size = (typeof SIZES)[number];
const ITERATIONS = 5;

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before npm run bench`);
const dir = mkdtempSync(join(tmpdir(), 'crumbs-bench-ui-'));

interface Jar {
  size: Size;
  served: Served;
  page: Page;
  firstOpenMs: number;
  openMs: number[];
  filterMs: number[];
  rowsAfterOpen: number;
  rowsAfterScroll: number;
  domNodes: number;
  sortMs: number;
  deleteMs: number;
}

const jars = new Map<Size, Jar>();
// Whatever happens to the run, the servers it started end with it.
process.once('exit', () => {
  for (const jar of jars.values()) jar.served.process.kill();
});
const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** Loads the app on the import page (nothing of the jar view cached) and waits for it to be ready. */
async function freshPage(page: Page, served: Served): Promise<void> {
  await page.goto(`${served.origin}/#/import`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** In the page: hash → #/jar, then the time until the frame after the first row is in the DOM. */
function openJar(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="jar-row"]')) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = '#/jar';
      }),
  );
}

/** Types one character into the search field; the time from its keydown to the new count on screen. */
async function filterOnce(page: Page, size: Size, char: string): Promise<number> {
  const field = page.getByTestId('jar-filter-text');
  await field.fill('');
  // Back to the whole jar (its windows are cached) before the keystroke measured.
  const whole = `${size.toLocaleString('en')} of ${size.toLocaleString('en')} cookies`;
  await page.waitForFunction(
    (text) =>
      document.querySelector('[data-testid="jar-count"]')?.textContent === text &&
      !document.querySelector('.jar-table.stale'),
    whole,
  );
  const armed = page.evaluate(
    (previous) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector('[data-testid="jar-filter-text"]')!;
        let t0 = 0;
        input.addEventListener('keydown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
        const count = document.querySelector('[data-testid="jar-count"]')!;
        const timer = setTimeout(() => reject(new Error('the table did not update within 10 s')), 10_000);
        const observer = new MutationObserver(() => {
          if (
            t0 === 0 ||
            count.textContent === previous ||
            !document.querySelector('[data-testid="jar-row"]')
          )
            return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    whole,
  );
  await field.focus();
  await page.keyboard.type(char);
  return armed;
}

/** Clicks the Name header: the time until the first rows are those of the new order. */
function sortByName(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const firstNames = () =>
          [...document.querySelectorAll('[data-testid="jar-row"]')]
            .slice(0, 5)
            .map((r) => r.getAttribute('data-name'))
            .join();
        const before = firstNames();
        const observer = new MutationObserver(() => {
          if (firstNames() === before || document.querySelector('.jar-table.stale')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>('[data-testid="jar-sort-name"]')!.click();
      }),
  );
}

/** Deletes the first row with the Delete key: the time from the keydown to the new count on screen. */
async function deleteFirst(page: Page): Promise<number> {
  const before = await page.getByTestId('jar-count').innerText();
  const armed = page.evaluate(
    (previous) =>
      new Promise<number>((resolve) => {
        let t0 = 0;
        document.addEventListener('keydown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
        const count = document.querySelector('[data-testid="jar-count"]')!;
        const observer = new MutationObserver(() => {
          if (t0 === 0 || count.textContent === previous) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    before,
  );
  await page.getByTestId('jar-row').first().click();
  await page.keyboard.press('Delete');
  return armed;
}

/** Measured once per jar, after the repeated runs: each changes what the core has prepared. */
async function measureChanges(jar: Jar): Promise<void> {
  const { page } = jar;
  await page.getByTestId('jar-filter-text').fill('');
  jar.sortMs = await sortByName(page);
  jar.deleteMs = await deleteFirst(page);
}

for (const size of SIZES) {
  const data = join(dir, `data-${size}`);
  const file = join(dir, `jar-${size}.txt`);
  writeFileSync(file, generatedCookiesTxt(size, { tag: 'ui' }));
  const r = spawnSync(process.execPath, [CLI, 'import', file, '--data-dir', data, '--json'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`crumbs import of ${size} cookies failed: ${r.stderr}`);
  const served = await serve(data);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  // The first load reads the token from the address and keeps it for the session.
  await page.goto(served.url);
  await page.waitForFunction(() => !location.href.includes('token='));
  await freshPage(page, served);
  const firstOpenMs = await openJar(page);
  await page
    .getByTestId('jar-count')
    .filter({ hasText: size.toLocaleString('en') })
    .waitFor();
  const rowsAfterOpen = await page.getByTestId('jar-row').count();
  await page.getByTestId('jar-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  // The middle of the jar drawn: its rows read, no placeholder left.
  await page.waitForFunction(
    (middle) =>
      !document.querySelector('.jar-row.placeholder') &&
      [...document.querySelectorAll('[data-testid="jar-row"]')].some(
        (row) => Math.abs(Number(row.getAttribute('data-index')) - middle) < 40,
      ),
    Math.floor(size / 2),
  );
  const rowsAfterScroll = await page.locator('.jar-table tbody tr:not(.spacer)').count();
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  jars.set(size, {
    size,
    served,
    page,
    firstOpenMs,
    openMs: [],
    filterMs: [],
    rowsAfterOpen,
    rowsAfterScroll,
    domNodes,
    sortMs: NaN,
    deleteMs: NaN,
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]!;
};

function report(): void {
  const small = jars.get(1_000)!;
  const big = jars.get(100_000)!;
  const line = (label: string, a: number, b: number, unit: string) =>
    `${label.padEnd(52)} ${`${a.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`.padStart(12)} ${`${b.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`.padStart(12)} ${(b / a).toFixed(2).padStart(8)}`;
  const out = [
    '',
    `Jar view, 1,000 vs 100,000 cookies (medians of ${ITERATIONS} runs, measured in the page)`,
    `${''.padEnd(52)} ${'1k'.padStart(12)} ${'100k'.padStart(12)} ${'100k/1k'.padStart(8)}`,
    line('open #/jar → first rows drawn (fresh page)', median(small.openMs), median(big.openMs), 'ms'),
    line('first open after the server started (warm-up)', small.firstOpenMs, big.firstOpenMs, 'ms'),
    line(
      'filter keystroke → table updated (incl. 150 ms debounce)',
      median(small.filterMs),
      median(big.filterMs),
      'ms',
    ),
    line('  the same without the debounce', median(small.filterMs) - 150, median(big.filterMs) - 150, 'ms'),
    line('sort by another column, first time (core sorts)', small.sortMs, big.sortMs, 'ms'),
    line('delete a row → count updated (core applies it)', small.deleteMs, big.deleteMs, 'ms'),
    line('rows in the DOM after opening', small.rowsAfterOpen, big.rowsAfterOpen, 'rows'),
    line('rows in the DOM scrolled to the middle', small.rowsAfterScroll, big.rowsAfterScroll, 'rows'),
    line('DOM elements in the page', small.domNodes, big.domNodes, 'el.'),
    '',
  ];
  console.log(out.join('\n'));
}

async function cleanup(): Promise<void> {
  await browser.close();
  for (const jar of jars.values()) await jar.served.stop();
  rmSync(dir, { recursive: true, force: true });
}

// After the repeated runs: the measurements that change the jar, then the figures side by side.
afterAll(async () => {
  try {
    for (const jar of jars.values()) await measureChanges(jar);
    report();
  } finally {
    await cleanup();
  }
});

const options = { iterations: ITERATIONS, warmupIterations: 0, time: 0, warmupTime: 0 };
const CHARS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('Jar view: open #/jar on a freshly loaded page until the first rows are drawn', () => {
  for (const size of SIZES) {
    bench(
      `${size.toLocaleString('en')} cookies`,
      async () => {
        const jar = jars.get(size)!;
        await freshPage(jar.page, jar.served);
        jar.openMs.push(await openJar(jar.page));
      },
      options,
    );
  }
});

describe('Jar view: one character typed into the search until the table shows the new count', () => {
  for (const size of SIZES) {
    bench(
      `${size.toLocaleString('en')} cookies`,
      async () => {
        const jar = jars.get(size)!;
        // A character not typed before: its windows are not cached yet.
        jar.filterMs.push(await filterOnce(jar.page, size, CHARS[jar.filterMs.length % CHARS.length]!));
      },
      options,
    );
  }
});
