// Helpers for end-to-end tests: they run what `npm run build` produced, as a user would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(__dirname, '../..');
export const CLI = resolve(ROOT, 'out/cli/crumbs.mjs');
export const CHROMIUM = process.env.CRUMBS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function assertBuilt(): void {
  for (const f of [CLI, resolve(ROOT, 'out/renderer/index.html')]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does it).`);
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function crumbs(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface Served {
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `crumbs serve --json` and waits for the line that says where it listens. */
export async function serve(
  dataDir: string,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<Served> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--json', '--port', '0', '--data-dir', dataDir, ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout! });
  let buffer = '';
  const info = await new Promise<{ url: string }>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`crumbs serve did not start: ${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`crumbs serve exited with ${code}: ${stderr}`)));
    lines.on('line', (line) => {
      buffer += line + '\n';
      try {
        const parsed = JSON.parse(buffer) as { url: string };
        clearTimeout(timer);
        resolvePromise(parsed);
      } catch {
        // the JSON spans several lines: keep reading
      }
    });
  });
  const url = new URL(info.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  return {
    stderr: () => stderr,
    url: info.url,
    origin: url.origin,
    token,
    process: child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
