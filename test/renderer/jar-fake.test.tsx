// The fake's Jar-view methods answer like the real core's (electron/core/jar/query.ts, edit.ts): the same
// cookies saved into both, the same queries asked of both, the same totals and the same rows in the same
// order. Names are chosen that no catalog knows, so both classify them alike (unclassified).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import type { Input } from '../../shared/contract';
import type { CookieData, CookieView } from '../../shared/model';
import { CrumbsError } from '../../shared/errors';
import { tempDir } from '../helpers/temp';
import { createFakeClient } from './fake-client';

const DAY = 86_400;
const now = Math.floor(Date.now() / 1000);
const SAME_SITE = [null, 'strict', 'lax', 'none'] as const;
const NAMES = ['alpha', 'Beta', 'gamma10', 'gamma9', 'delta', 'x'];

const cookies: CookieData[] = Array.from({ length: 48 }, (_, i) => ({
  name: `${NAMES[i % NAMES.length]}${i % 4 === 0 ? '' : `_${i}`}`,
  value: 'v'.repeat(1 + ((i * 7) % 13)),
  domain: `${i % 2 === 0 ? 'www.' : ''}shop${i % 5}-fake.com`,
  hostOnly: i % 3 !== 0,
  path: i % 4 === 0 ? '/' : `/p${i % 3}`,
  expires: i % 6 === 0 ? null : now + DAY * (1 + ((i * 37) % 500)),
  httpOnly: i % 2 === 0,
  secure: i % 4 !== 1,
  sameSite: SAME_SITE[i % 4]!,
}));

const QUERIES: Input<'jar.query'>[] = [
  {},
  { limit: 5, offset: 3 },
  { text: 'GAMMA' },
  { text: 'gamma shop3' },
  { site: 'www.shop2-fake.com' },
  { httpOnly: true, secure: false },
  { session: true },
  { session: false, sameSite: ['lax', 'unset'] },
  { expiresUntil: now + 30 * DAY },
  { expiresFrom: now + 365 * DAY },
  { expiresFrom: now + 10 * DAY, expiresUntil: now + 200 * DAY },
  { categories: ['unclassified'] },
  { categories: ['marketing'] },
  ...(['site', 'name', 'domain', 'expires', 'size', 'category'] as const).flatMap((sort) => [
    { sort },
    { sort, descending: true, offset: 7, limit: 11 },
  ]),
];

let dir: ReturnType<typeof tempDir>;
let core: Core;
const fake = createFakeClient();

beforeAll(async () => {
  dir = tempDir('crumbs-jar-fake-');
  core = await openCore({ dataDir: dir.dir });
  for (const cookie of cookies) {
    await core.client['cookies.save']({ cookie });
    await fake.client['cookies.save']({ cookie });
  }
});

afterAll(async () => {
  await core?.close();
  dir?.cleanup();
});

const keyOf = (c: { domain: string; path: string; name: string }) => `${c.name}@${c.domain}${c.path}`;

/** What each order sorts by, its tie-break included (query.ts COMPARE). */
function orderKey(sort: NonNullable<Input<'jar.query'>['sort']>) {
  return (c: CookieView): string => {
    switch (sort) {
      case 'site':
        return `${c.site} ${c.name}`;
      case 'name':
        return `${c.name} ${c.domain}`;
      case 'domain':
        return `${c.domain} ${c.name}`;
      case 'expires':
        return `${c.expires ?? 'session'} ${c.name}`;
      case 'size':
        return `${c.name.length + c.valueLength} ${c.name}`;
      case 'category':
        return `${c.classification.category} ${c.site}`;
    }
  };
}

describe('the fake Jar methods against the real core', () => {
  it('answer every query with the same totals and the same rows in the same order', async () => {
    for (const query of QUERIES) {
      const real = await core.client['jar.query'](query);
      const mine = await fake.client['jar.query'](query);
      expect({ query, total: mine.total, size: mine.size, offset: mine.offset }).toEqual({
        query,
        total: real.total,
        size: real.size,
        offset: real.offset,
      });
      // Rows the order cannot tell apart (same sort key and tie-break) may come in either order: compare the
      // keys row by row, and the cookies as a set when the whole result is there.
      const order = orderKey(query.sort ?? 'site');
      expect(mine.rows.map(order), JSON.stringify(query)).toEqual(real.rows.map(order));
      if (query.limit === undefined)
        expect(new Set(mine.rows.map(keyOf))).toEqual(new Set(real.rows.map(keyOf)));
    }
    expect((await core.client['jar.query']({})).total).toBe(48);
  });

  it('keep the revision while nothing changes, and move it on a change', async () => {
    const a = await fake.client['jar.query']({});
    const b = await fake.client['jar.query']({ text: 'x' });
    expect(b.revision).toBe(a.revision);
    const { domain, path, name } = cookies[1]!;
    const saved = await fake.client['cookies.save']({
      original: { domain, path, name },
      cookie: { ...cookies[1]!, value: 'changed' },
    });
    expect((await fake.client['jar.query']({})).revision).not.toBe(a.revision);
    await fake.client['jar.undo']({ undoId: saved.undoId! });
  });

  it('refuse the same edits with the same codes', async () => {
    const bad: { cookie: CookieData; original?: { domain: string; path: string; name: string } }[] = [
      { cookie: { ...cookies[0]!, path: 'nope' } },
      { cookie: { ...cookies[0]!, name: '__Host-a', secure: true, hostOnly: false } },
      { cookie: { ...cookies[0]!, name: '__Secure-a', secure: false } },
      { cookie: { ...cookies[0]!, expires: now - 10 } },
      { cookie: { ...cookies[0]!, value: 'x'.repeat(4096) } },
      { cookie: { ...cookies[0]!, value: 'a;b' } },
      { cookie: { ...cookies[0]!, domain: 'bad domain' } },
      { cookie: { ...cookies[0]!, domain: 'com', hostOnly: false } },
      // A clash with another cookie of the jar.
      {
        cookie: cookies[1]!,
        original: { domain: cookies[0]!.domain, path: cookies[0]!.path, name: cookies[0]!.name },
      },
      { cookie: cookies[1]!, original: { domain: 'gone.example', path: '/', name: 'gone' } },
    ];
    for (const input of bad) {
      const codeOf = (e: unknown) => (e instanceof CrumbsError ? e.code : String(e));
      const real = await core.client['cookies.save'](input).then(() => 'saved', codeOf);
      const mine = await fake.client['cookies.save'](input).then(() => 'saved', codeOf);
      expect({ input: input.cookie.name, mine }).toEqual({ input: input.cookie.name, mine: real });
      expect(real).not.toBe('saved');
    }
  });

  it('take an edit back the same way (jar.undo)', async () => {
    const original = { domain: cookies[2]!.domain, path: cookies[2]!.path, name: cookies[2]!.name };
    const edit = { original, cookie: { ...cookies[2]!, name: 'renamed', value: 'new' } };
    const real = await core.client['cookies.save'](edit);
    const mine = await fake.client['cookies.save'](edit);
    const names = async (c: typeof core.client | typeof fake.client) =>
      (await c['jar.query']({ sort: 'name', limit: 1000 })).rows.map(keyOf);
    expect(await names(fake.client)).toEqual(await names(core.client));
    await core.client['jar.undo']({ undoId: real.undoId! });
    await fake.client['jar.undo']({ undoId: mine.undoId! });
    expect(await names(fake.client)).toEqual(await names(core.client));
    expect(await names(fake.client)).toContain(keyOf(original));
  });
});
