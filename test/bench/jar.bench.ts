// Jar load and save at 20,000 cookies: Crumbs' sealed snapshot (own load loop, AES-256-GCM, atomic write)
// against the peer it replaces, tough-cookie's own CookieJar.serialize/deserialize to plain JSON.
// Run with `npm run bench`; never part of `npm test`.
import { bench, describe } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Cookie, CookieJar, MemoryCookieStore } from 'tough-cookie';
import { readJarFile, writeJarFile } from '../../electron/core/jar/jar-file';
import { parseNetscape } from '../../electron/core/formats';

const COUNT = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'crumbs-bench-'));
const key = randomBytes(32);
const now = Date.now();
const cookies: Cookie[] = [];
for (let i = 0; i < COUNT; i++) {
  cookies.push(
    new Cookie({
      key: `cookie_${i}`,
      value: randomBytes(24).toString('hex'),
      domain: `site${i % 2000}.example.com`,
      path: i % 3 ? '/' : `/p/${i % 7}`,
      expires: new Date(now + 86_400_000 * (1 + (i % 300))),
      httpOnly: i % 2 === 0,
      secure: true,
      sameSite: 'lax',
      hostOnly: i % 5 !== 0,
      creation: new Date(now),
    }),
  );
}
const ours = join(dir, 'jar.sealed');
const peer = join(dir, 'jar.json');
writeJarFile(ours, key, cookies);
const peerJar = new CookieJar(new MemoryCookieStore());
for (const c of cookies) void peerJar.store.putCookie(c);
writeFileSync(peer, JSON.stringify(peerJar.serializeSync()));
const netscape = cookies
  .map((c) =>
    [
      c.domain,
      'FALSE',
      c.path,
      'TRUE',
      Math.floor((c.expires as Date).getTime() / 1000),
      c.key,
      c.value,
    ].join('\t'),
  )
  .join('\n');

// The peer recurses once per cookie while loading: past a few thousand it overflows the stack
// (tough-cookie issue #641). Its load is compared on a jar small enough for it.
const SMALL = 1_500;
const small = join(dir, 'small.json');
const smallJar = new CookieJar(new MemoryCookieStore());
for (const c of cookies.slice(0, SMALL)) void smallJar.store.putCookie(c);
writeFileSync(small, JSON.stringify(smallJar.serializeSync()));
const smallOurs = join(dir, 'small.sealed');
writeJarFile(smallOurs, key, cookies.slice(0, SMALL));
let peerLoaded: string;
try {
  peerLoaded = String(
    CookieJar.deserializeSync(JSON.parse(readFileSync(peer, 'utf8'))).serializeSync()?.cookies.length,
  );
} catch (err) {
  peerLoaded = `none (${err instanceof Error ? err.message : String(err)})`;
}
console.log(
  `${COUNT} cookies: sealed jar ${(readFileSync(ours).length / 1048576).toFixed(1)} MiB, plain tough-cookie JSON ` +
    `${(readFileSync(peer).length / 1048576).toFixed(1)} MiB; tough-cookie deserializeSync kept ${peerLoaded} of ${COUNT}, ` +
    `Crumbs' loader kept ${readJarFile(ours, key).cookies.length}.`,
);

describe(`load ${SMALL} cookies`, () => {
  bench('crumbs: unseal + own loop (Cookie.fromJSON)', () => {
    readJarFile(smallOurs, key);
  });
  bench('peer: tough-cookie CookieJar.deserializeSync (plain JSON)', () => {
    CookieJar.deserializeSync(JSON.parse(readFileSync(small, 'utf8')));
  });
});

describe(`load ${COUNT} cookies`, () => {
  bench('crumbs: unseal + own loop (Cookie.fromJSON)', () => {
    readJarFile(ours, key);
  });
});

describe(`save ${COUNT} cookies`, () => {
  bench('crumbs: seal + atomic write (fsync, rename)', () => {
    writeJarFile(ours, key, cookies);
  });
  bench('peer: tough-cookie serializeSync + writeFileSync (plain, not atomic)', () => {
    writeFileSync(peer, JSON.stringify(peerJar.serializeSync()));
  });
});

describe(`parse a ${COUNT}-line cookies.txt`, () => {
  bench('crumbs: parseNetscape', () => {
    parseNetscape(netscape, 'bench.txt');
  });
  bench('peer: tough-cookie Cookie.parse of the same cookies as Set-Cookie strings', () => {
    for (const c of cookies) Cookie.parse(c.toString());
  });
});
