// parse(write(x)) = x for everything each format holds, and `lost` lists exactly what it cannot hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CookieData, StorageEntry } from '../../../../shared/model';
import { jsonReaders, jsonWriters } from '../../../../electron/core/formats/json';
import { PLAYWRIGHT_MAX_EXPIRES } from '../../../../electron/core/formats/json/playwright-write';
import type { Reader, Writer } from '../../../../electron/core/formats/plugin';
import { NOW_MS, NOW_SEC, textInput } from './helpers';

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const hostName = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'org', 'fr', 'test', 'co.uk'),
  )
  .map(([labels, tld]) => [...labels, tld].join('.'));
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));
const domain = fc.oneof({ weight: 9, arbitrary: hostName }, { weight: 1, arbitrary: ipv4 });
// JSON carries any text, lone surrogates and control characters included.
const text = fc.oneof(
  { weight: 9, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant('__proto__') },
);

const cookieData: fc.Arbitrary<CookieData> = fc.record({
  name: text,
  value: text,
  domain,
  hostOnly: fc.boolean(),
  path: fc.string({ unit: 'binary', maxLength: 20 }).map((rest) => `/${rest}`),
  expires: fc.option(fc.integer({ min: NOW_SEC + 1, max: PLAYWRIGHT_MAX_EXPIRES }), { nil: null }),
  httpOnly: fc.boolean(),
  secure: fc.boolean(),
  sameSite: fc.constantFrom('strict' as const, 'lax' as const, 'none' as const, null),
});

const origin = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    hostName,
    fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: null }),
  )
  .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`);
const storageEntry: fc.Arbitrary<StorageEntry> = fc.record({ origin, name: text, value: text });

const data = fc.record({
  cookies: fc.array(cookieData, { minLength: 1, maxLength: 15 }),
  storage: fc.array(storageEntry, { maxLength: 8 }),
});

function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function where(c: CookieData): string {
  return `cookie ${JSON.stringify(c.name)} of ${c.hostOnly ? '' : '.'}${c.domain}${c.path}`;
}

const insecureNone = (c: CookieData): boolean => c.sameSite === 'none' && !c.secure;

async function roundTrip(
  writer: Writer,
  reader: Reader,
  x: { cookies: CookieData[]; storage: StorageEntry[] },
) {
  const written = writer.write(x, { nowSec: NOW_SEC });
  const input = textInput(`out${writer.extension}`, written.content);
  const claimedBy = jsonReaders.filter((r) => r.sniff(input) !== null).map((r) => r.id);
  const result = await reader.read(input, { nowMs: NOW_MS });
  return { written, claimedBy, result };
}

describe('round trips through the JSON-family writers and readers', () => {
  it.each(['cdp', 'selenium'])(
    '%s holds every cookie attribute; localStorage is reported lost, entry by entry',
    async (id) => {
      const writer = byId(jsonWriters, id);
      const reader = byId(jsonReaders, id);
      await fc.assert(
        fc.asyncProperty(data, async (x) => {
          const { written, claimedBy, result } = await roundTrip(writer, reader, x);
          expect(claimedBy).toEqual([id]);
          expect(result.problems).toEqual([]);
          expect(result.notes).toEqual([]);
          expect(result.storage).toEqual([]);
          expect(result.cookies.map((e) => e.cookie)).toEqual(x.cookies);
          expect(written.lost.map((p) => p.where)).toEqual([
            ...x.cookies.filter(insecureNone).map(where),
            ...x.storage.map((e) => `localStorage ${JSON.stringify(e.name)} of ${e.origin}`),
          ]);
        }),
      );
    },
  );

  it('playwright holds cookies and localStorage; only an unspecified SameSite changes (to Lax), and says so', async () => {
    const writer = byId(jsonWriters, 'playwright');
    const reader = byId(jsonReaders, 'playwright');
    await fc.assert(
      fc.asyncProperty(data, async (x) => {
        const { written, claimedBy, result } = await roundTrip(writer, reader, x);
        expect(claimedBy).toEqual(['playwright']);
        expect(result.problems).toEqual([]);
        expect(result.notes).toEqual([]);
        expect(result.cookies.map((e) => e.cookie)).toEqual(
          x.cookies.map((c) => ({ ...c, sameSite: c.sameSite ?? 'lax' })),
        );
        // Grouped by origin: each origin's entries keep their order, and none is lost or added.
        const got = result.storage.map((s) => s.entry);
        expect(got).toHaveLength(x.storage.length);
        for (const o of new Set(x.storage.map((e) => e.origin))) {
          expect(got.filter((e) => e.origin === o)).toEqual(x.storage.filter((e) => e.origin === o));
        }
        expect(written.lost).toMatchObject(
          x.cookies.flatMap((c) =>
            c.sameSite === null
              ? [
                  {
                    where: where(c),
                    reason: 'SameSite unspecified written as Lax (Playwright needs a value)',
                  },
                ]
              : insecureNone(c)
                ? [{ where: where(c), reason: 'SameSite=None without Secure: Chromium refuses to store it' }]
                : [],
          ),
        );
      }),
    );
  });

  it('exports the three writers', () => {
    expect(jsonWriters.map((w) => w.id)).toEqual(['playwright', 'cdp', 'selenium']);
  });
});
