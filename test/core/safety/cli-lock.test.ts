// One writer per data directory across processes: the real `crumbs` command against a real second
// process that holds the lock (the app's owner name, and `crumbs serve`). Writers are refused with exit
// status 2 and a message naming the holder; read-only commands still work; exports are written 0600.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { tempDir, inDays, netscapeLine } from '../../helpers/temp';
import { buildCommandLine, type Built } from './build';

let built: Built;
let temp: { dir: string; cleanup: () => void };
beforeAll(async () => {
  built = await buildCommandLine('lock');
  temp = tempDir('crumbs-cli-lock-');
}, 60_000);
afterAll(() => {
  built?.cleanup();
  temp?.cleanup();
});

function crumbs(args: string[], umask?: string): { status: number | null; stdout: string; stderr: string } {
  // A umask of 000 would make a plain open() create world-readable files: the exports must still be 0600.
  const [cmd, argv] =
    umask === undefined
      ? [process.execPath, [built.cli, ...args]]
      : ['/bin/sh', ['-c', `umask ${umask}; exec "$0" "$@"`, process.execPath, built.cli, ...args]];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts a process and resolves once it printed `marker` on stdout (it then holds the lock). */
async function startHolder(argv: string[], marker: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the holder did not start: ${stderr}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (marker.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

const stop = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

function seed(dataDir: string): string {
  const file = join(temp.dir, 'seed.txt');
  writeFileSync(
    file,
    netscapeLine({ domain: 'shop.example', name: 'sid', value: 'seed-secret', expires: inDays(30) }) + '\n',
  );
  const r = crumbs(['import', file, '--data-dir', dataDir]);
  expect(r.status, r.stderr).toBe(0);
  return file;
}

describe('one writer per data directory, across processes', () => {
  it('refuses writers with exit status 2 while the desktop app holds the directory, and lets readers in', async () => {
    const dataDir = join(temp.dir, 'app-held');
    const file = seed(dataDir);
    const holder = await startHolder([built.child('hold-lock'), dataDir, 'Crumbs desktop app'], /^held$/);
    try {
      const before = readFileSync(join(dataDir, 'jar.sealed'));
      for (const args of [
        ['import', file],
        ['delete', '--site', 'shop.example'],
        ['profile', 'create', 'mine'],
      ]) {
        const r = crumbs([...args, '--data-dir', dataDir]);
        expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain('in use by Crumbs desktop app');
        expect(r.stderr).toContain(`process ${holder.pid}`);
      }
      // --json callers get the stable code.
      const json = crumbs(['import', file, '--data-dir', dataDir, '--json']);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'LOCKED' } });
      expect(readFileSync(join(dataDir, 'jar.sealed')).equals(before)).toBe(true);

      const list = crumbs(['list', '--data-dir', dataDir, '--json']);
      expect(list.status, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([
        expect.objectContaining({ name: 'sid', site: 'shop.example' }),
      ]);
      expect(crumbs(['profile', 'list', '--data-dir', dataDir]).status).toBe(0);
      const out = join(temp.dir, 'export.txt');
      const exported = crumbs(['export', '--out', out, '--data-dir', dataDir], '000');
      expect(exported.status, exported.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('seed-secret');
      if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);
    } finally {
      await stop(holder);
    }
    // Closed normally: the lock is gone and writers are welcome again.
    expect(existsSync(join(dataDir, 'crumbs.lock'))).toBe(false);
    expect(crumbs(['import', file, '--data-dir', dataDir]).status).toBe(0);
  });

  it('names `crumbs serve` when browser mode holds the directory; a holder killed with SIGKILL is taken over', async () => {
    const dataDir = join(temp.dir, 'serve-held');
    const file = seed(dataDir);
    const server = await startHolder(
      [built.cli, 'serve', '--json', '--port', '0', '--data-dir', dataDir],
      /"url"/,
    );
    try {
      const r = crumbs(['import', file, '--data-dir', dataDir]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('in use by crumbs serve (browser mode)');
      expect(crumbs(['list', '--data-dir', dataDir]).status).toBe(0);
    } finally {
      await stop(server, 'SIGKILL');
    }
    // The lock file stays behind, naming a dead process: the next writer takes it over.
    expect(existsSync(join(dataDir, 'crumbs.lock'))).toBe(true);
    const after = crumbs(['import', file, '--data-dir', dataDir]);
    expect(after.status, after.stderr).toBe(0);
  });
});
