// Crash safety: real `crumbs` processes (import, policy import, profile create) and a key-rotation child
// are SIGKILLed at random moments, 36 times in a row on one data directory. After every kill, every data
// file must parse and hold either the state before that command or the state after it — never a mix,
// never a torn file — and a final open must find nothing to set aside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../../electron/core';
import { readJarFile } from '../../../electron/core/jar/jar-file';
import { POLICIES_DOCUMENT } from '../../../electron/core/policy/store';
import { PROFILES_DOCUMENT } from '../../../electron/core/consent/profiles/store';
import { tempDir, inDays, netscapeLine } from '../../helpers/temp';
import { buildCommandLine, type Built } from './build';

const COOKIES = 2000;
const ITERATIONS = 36;
const KINDS = ['import', 'policy', 'profile', 'rotate'] as const;
type Kind = (typeof KINDS)[number];

let built: Built;
let temp: { dir: string; cleanup: () => void };
beforeAll(async () => {
  built = await buildCommandLine('kill');
  temp = tempDir('crumbs-kill-');
}, 60_000);
afterAll(() => {
  built?.cleanup();
  temp?.cleanup();
});

/** A small seeded generator: a failure names its seed, and the same seed replays the same kill times. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cookieFile(gen: number): string {
  const path = join(temp.dir, `cookies-${gen}.txt`);
  const lines = ['# Netscape HTTP Cookie File'];
  for (let j = 0; j < COOKIES; j++) {
    lines.push(
      netscapeLine({
        domain: `.gen${j % 150}.com`,
        name: `c${j}`,
        value: `g${gen}-${j}`,
        expires: inDays(90),
      }),
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function policyFile(gen: number): string {
  const path = join(temp.dir, `policy-${gen}.json`);
  const entry = (n: string) => ({
    cookie_name: `g${gen}-${n}`,
    duration: '1 day',
    category: 'statistics',
    provider: 'Gen',
  });
  writeFileSync(path, JSON.stringify({ site: 'gen.example', entries: [entry('a'), entry('b')] }));
  return path;
}

function argsOf(kind: Kind, gen: number, dataDir: string): string[] {
  if (kind === 'import') return [built.cli, 'import', cookieFile(gen), '--data-dir', dataDir];
  if (kind === 'policy') return [built.cli, 'policy', 'import', policyFile(gen), '--data-dir', dataDir];
  if (kind === 'profile') return [built.cli, 'profile', 'create', `p${gen}`, '--data-dir', dataDir];
  return [built.child('rotate'), dataDir, '3'];
}

/** Runs to the end and returns how long it took (the kill window is drawn from it). */
function runWhole(argv: string[]): number {
  const started = Date.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', timeout: 20_000 });
  expect(r.status, r.stderr).toBe(0);
  return Date.now() - started;
}

const TEMP = /\.tmp$|\.tmp-[0-9a-f]+$/;

/** When to kill: after a delay, or at the n-th change seen in the data directory (mid-write). */
type Plan = { afterMs: number } | { onEvent: number; dataDir: string };

/** Runs and SIGKILLs it as planned (if it is still running then). */
function runKilled(argv: string[], plan: Plan): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    // inotify tells of each file created, written or renamed within a millisecond or so: the kill lands
    // while a file is being written, fsynced or renamed — or just after, when the writer was quicker.
    // (The lock file's own events are not counted: they come before any data is written.)
    const watcher =
      'onEvent' in plan
        ? watch(plan.dataDir, (_event, name) => {
            if (name && name !== 'crumbs.lock' && ++seen === plan.onEvent) child.kill('SIGKILL');
          })
        : null;
    const child = spawn(process.execPath, argv, { stdio: 'ignore' });
    const timer = 'afterMs' in plan ? setTimeout(() => child.kill('SIGKILL'), plan.afterMs) : null;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`${argv.join(' ')} exited with ${code}`));
    });
  });
}

interface State {
  jar: number;
  policy: number;
  profiles: string[];
}

/** Reads every data file as a fresh process would and says which state each one holds. */
function observe(dataDir: string): State {
  const keyFile = JSON.parse(readFileSync(join(dataDir, 'jar.key'), 'utf8')) as {
    version: number;
    protection: string;
    key: string;
    previous?: string;
  };
  expect([1, 2]).toContain(keyFile.version);
  const keys = [keyFile.key, ...(keyFile.previous ? [keyFile.previous] : [])].map((k) =>
    Buffer.from(k, 'base64'),
  );
  for (const k of keys) expect(k.length).toBe(32);
  const contents = readJarFile(join(dataDir, 'jar.sealed'), keys);
  expect(contents.cookies).toHaveLength(COOKIES);
  const gens = new Set(contents.cookies.map((c) => /^g(\d+)-/.exec(c.value)?.[1]));
  expect(gens.size, 'cookies of two imports in one snapshot').toBe(1);

  const policies = POLICIES_DOCUMENT.schema.parse(
    (JSON.parse(readFileSync(join(dataDir, 'policies.json'), 'utf8')) as { content: unknown }).content,
  );
  const names = policies.policies['gen.example']?.entries.map((e) => e.name) ?? [];
  const policyGens = new Set(names.map((n) => /^g(\d+)-/.exec(n)?.[1]));
  expect(names).toHaveLength(2);
  expect(policyGens.size, 'entries of two policy imports in one file').toBe(1);

  const profiles = PROFILES_DOCUMENT.schema.parse(
    (JSON.parse(readFileSync(join(dataDir, 'profiles.json'), 'utf8')) as { content: unknown }).content,
  );
  return {
    jar: Number([...gens][0]),
    policy: Number([...policyGens][0]),
    profiles: profiles.profiles.map((p) => p.name),
  };
}

const tempLeftovers = (dir: string) => readdirSync(dir).filter((n) => TEMP.test(n)).length;

describe('SIGKILL in the middle of writes', () => {
  it(`leaves every file parseable and holding the old or the new state (${ITERATIONS} kills)`, async () => {
    const seed = Number(process.env.CRUMBS_KILL_SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const dataDir = join(temp.dir, 'data');
    const took: Record<Kind, number> = { import: 0, policy: 0, profile: 0, rotate: 0 };
    for (const kind of KINDS) took[kind] = runWhole(argsOf(kind, 0, dataDir));
    let expected: State = { jar: 0, policy: 0, profiles: ['p0'] };
    expect(observe(dataDir)).toEqual(expected);

    const tally = { killed: 0, midWrite: 0, old: 0, new: 0 };
    for (let i = 0; i < ITERATIONS; i++) {
      const kind = KINDS[i % KINDS.length]!;
      const gen = i + 1;
      // A third of the kills land anywhere from the start to a bit past the usual end (most of a run is
      // start-up); the others at one of the first changes in the directory, i.e. in the middle of a write.
      // A rotation writes three files per round (key, snapshot, key), three rounds: more changes to pick.
      const plan: Plan =
        next() < 1 / 3
          ? { afterMs: Math.floor(next() * took[kind] * 1.3) }
          : { onEvent: 1 + Math.floor(next() * (kind === 'rotate' ? 24 : 3)), dataDir };
      const keyBefore = readFileSync(join(dataDir, 'jar.key'), 'utf8');
      const outcome = await runKilled(argsOf(kind, gen, dataDir), plan);
      if (outcome === 'killed') tally.killed++;
      if (tempLeftovers(dataDir) > 0) tally.midWrite++;
      const when = 'afterMs' in plan ? `after ${plan.afterMs} ms` : `at change ${plan.onEvent}`;
      const where = `seed ${seed}, kill ${i + 1} (${kind} ${when})`;
      let seen: State;
      try {
        seen = observe(dataDir);
      } catch (err) {
        throw new Error(`${where}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
      const after: State =
        kind === 'import'
          ? { ...expected, jar: gen }
          : kind === 'policy'
            ? { ...expected, policy: gen }
            : kind === 'profile'
              ? { ...expected, profiles: [...expected.profiles, `p${gen}`] }
              : expected;
      expect([expected, after], where).toContainEqual(seen);
      const changed =
        kind === 'rotate'
          ? readFileSync(join(dataDir, 'jar.key'), 'utf8') !== keyBefore
          : seen !== expected && JSON.stringify(seen) !== JSON.stringify(expected);
      if (changed) tally.new++;
      else tally.old++;
      expected = seen;
    }
    // Nothing the kills left is unreadable: a writer opening the directory sets nothing aside, finishes
    // an interrupted rotation and clears the killed writers' temp files.
    const core = await openCore({ dataDir });
    try {
      expect((await core.client['app.info']({})).notices).toEqual([]);
      expect(core.cookies()).toHaveLength(COOKIES);
      expect((await core.client['profiles.list']({})).profiles.map((p) => p.name)).toEqual(
        expect.arrayContaining(expected.profiles),
      );
    } finally {
      await core.close();
    }
    expect(tempLeftovers(dataDir)).toBe(0);
    const keyFile = JSON.parse(readFileSync(join(dataDir, 'jar.key'), 'utf8')) as { version: number };
    expect(keyFile.version).toBe(1);
    expect(existsSync(join(dataDir, 'crumbs.lock'))).toBe(false);
    console.info(
      `kill test (seed ${seed}): ${tally.killed} of ${ITERATIONS} runs killed, ${tally.midWrite} left a temp file ` +
        `(killed mid-write); the old state was kept ${tally.old} times, the new one ${tally.new} times.`,
    );
  }, 90_000);
});
