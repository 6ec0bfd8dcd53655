// Issue "every cookie format": a generated cookies.txt of 100,000 cookies over 10,000 domains.
// - Crumbs import (parse, validate, insert, persist: the built CLI, as a user runs it) against curl loading
//   and saving the same file, and Python's http.cookiejar.MozillaCookieJar load + save. Each is a process.
// - Reopening the 100,000-cookie jar and one site lookup, against a bare tough-cookie MemoryCookieStore
//   filled from the same cookies.
// Needs `npm run build` first (npm run bench does not build). Not part of `npm test`.
import { bench, describe } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Cookie, MemoryCookieStore } from 'tough-cookie';
import { openCore } from '../../electron/core';
import { readJarFile } from '../../electron/core/jar/jar-file';

const COOKIES = 100_000;
const DOMAINS = 10_000;
const CLI = resolve(__dirname, '../../out/cli/crumbs.mjs');
const dir = mkdtempSync(join(tmpdir(), 'crumbs-bench100k-'));
const big = join(dir, 'big.txt');
const nowSec = Math.floor(Date.now() / 1000);

const lines = ['# Netscape HTTP Cookie File'];
for (let i = 0; i < COOKIES; i++) {
  const d = i % DOMAINS;
  // Each domain its own site (eTLD+1), as in a real jar.
  const domain = i % 3 === 0 ? `.site${d}-bench.com` : `www.site${d}-bench.com`;
  lines.push(
    [
      (i % 7 === 0 ? '#HttpOnly_' : '') + domain,
      domain.startsWith('.') ? 'TRUE' : 'FALSE',
      i % 5 === 0 ? `/p${i % 11}` : '/',
      i % 2 === 0 ? 'TRUE' : 'FALSE',
      String(i % 9 === 0 ? 0 : nowSec + 86_400 * (1 + (i % 300))),
      `c${i}`,
      randomBytes(12).toString('hex'),
    ].join('\t'),
  );
}
writeFileSync(big, lines.join('\n') + '\n');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before npm run bench`);

let run = 0;
function crumbsImport(): void {
  const data = join(dir, `data-${run++}`);
  const r = spawnSync(process.execPath, [CLI, 'import', big, '--data-dir', data, '--json'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`crumbs import failed: ${r.stderr}`);
  rmSync(data, { recursive: true, force: true });
}
function curlLoadSave(): void {
  const r = spawnSync('curl', ['-s', '-b', big, '-c', join(dir, 'curl-out.txt'), 'file:///dev/null']);
  if (r.status !== 0) throw new Error(`curl failed: ${r.stderr}`);
}
const py = `import http.cookiejar, sys
j = http.cookiejar.MozillaCookieJar()
j.load(sys.argv[1], ignore_discard=True, ignore_expires=True)
j.save(sys.argv[2], ignore_discard=True, ignore_expires=True)`;
function pythonLoadSave(): void {
  const r = spawnSync('python3', ['-c', py, big, join(dir, 'py-out.txt')]);
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
}

// A persisted 100k jar to reopen.
const jarDir = join(dir, 'jar');
const core = await openCore({ dataDir: jarDir });
await core.importFiles([{ name: 'big.txt', bytes: Buffer.from(lines.join('\n')) }], {
  format: 'auto',
  dryRun: false,
  skipInvalid: false,
});
await core.close();
const probe = 'site4242-bench.com';
const jarKey = Buffer.from(JSON.parse(readFileSync(join(jarDir, 'jar.key'), 'utf8')).key, 'base64');
const plain = readJarFile(join(jarDir, 'jar.sealed'), jarKey).cookies.map((c) => c.toJSON());

const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`import a ${COOKIES.toLocaleString('en')}-cookie cookies.txt (${DOMAINS.toLocaleString('en')} domains), process to process`, () => {
  bench('crumbs import (parse, validate, insert, persist sealed)', crumbsImport, options);
  // curl 7.88 checks every cookie it loads against all it holds: quadratic, ~50 s at 40,000 here; one run.
  if (has('curl'))
    bench('peer: curl -b big.txt -c out.txt file:///dev/null', curlLoadSave, {
      ...options,
      iterations: 1,
      warmupIterations: 0,
    });
  if (has('python3'))
    bench('peer: python3 http.cookiejar.MozillaCookieJar load + save', pythonLoadSave, options);
});

describe(`reopen the ${COOKIES.toLocaleString('en')}-cookie jar and look up one site`, () => {
  bench(
    'crumbs: openCore + sites.get',
    async () => {
      const c = await openCore({ dataDir: jarDir, readOnly: true });
      const detail = await c.client['sites.get']({ site: probe });
      if (detail.cookies.length === 0) throw new Error('lookup found nothing');
      await c.close();
    },
    options,
  );
  bench(
    'peer: bare tough-cookie MemoryCookieStore (plain JSON in memory, no unsealing) + findCookies',
    async () => {
      const store = new MemoryCookieStore();
      for (const raw of plain) {
        const c = Cookie.fromJSON(raw);
        if (c) await store.putCookie(c);
      }
      const found = await store.findCookies(`www.${probe}`, '/', true);
      if (found.length === 0) throw new Error('lookup found nothing');
    },
    options,
  );
});
