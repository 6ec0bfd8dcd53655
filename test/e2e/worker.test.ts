// Browser mode reads big import files on a worker thread (the built parse-worker.mjs), and the result is
// the same as reading them in the main thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { assertBuilt, crumbs, serve, type Served } from './built';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

let served: Served;
let cleanup: () => void;
let dir: string;
beforeAll(async () => {
  assertBuilt();
  const t = tempDir('crumbs-worker-');
  cleanup = t.cleanup;
  dir = t.dir;
  served = await serve(join(dir, 'served'), [], { CRUMBS_DEBUG: 'worker' });
});
afterAll(async () => {
  await served?.stop();
  cleanup?.();
});

describe('parsing off the main thread', () => {
  it('imports a 2 MB cookies.txt through browser mode on a worker thread, with the same result as the CLI', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) =>
      netscapeLine({
        domain: `s${i % 400}.example.org`,
        name: `cookie_${i}`,
        value: 'v'.repeat(60),
        expires: inDays(30),
      }),
    );
    lines.push('broken line without tabs');
    const content = lines.join('\n');
    expect(content.length).toBeGreaterThan(1024 * 1024);
    const res = await fetch(`${served.origin}/api/import.run`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ files: [{ name: 'big.txt', content }], dryRun: true }),
    });
    const envelope = (await res.json()) as {
      ok: boolean;
      value: { imported: number; rejected: { where: string }[] };
    };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.imported).toBe(20_000);
    expect(envelope.value.rejected.map((r) => r.where)).toEqual(['big.txt line 20001']);
    expect(served.stderr()).toMatch(/reading 1 file\(s\), \d+ bytes, on a worker thread/);

    const { writeFileSync } = await import('node:fs');
    const file = join(dir, 'big.txt');
    writeFileSync(file, content);
    const cli = crumbs(['import', file, '--dry-run', '--json', '--data-dir', join(dir, 'cli')]);
    const report = JSON.parse(cli.stdout) as { imported: number; rejected: unknown[] };
    expect(report.imported).toBe(envelope.value.imported);
    expect(report.rejected).toEqual(envelope.value.rejected);
  });
});
