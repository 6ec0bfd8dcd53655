// Shared set-up for the data-safety tests: a data directory with a small jar, and its raw key.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type OpenCoreOptions } from '../../../electron/core';
import { seal } from '../../../electron/core/storage/sealing';
import { writeFileAtomic } from '../../../electron/core/storage/atomic-write';
import { inDays, netscapeLine } from '../../helpers/temp';

export const COOKIE_LINES = [
  netscapeLine({ domain: 'shop.example', name: 'sid', value: 'secret-one', expires: inDays(30) }),
  netscapeLine({ domain: 'news.example', name: 'pref', value: 'secret-two', expires: inDays(30) }),
  netscapeLine({ domain: 'news.example', name: 'ab', value: 'secret-three', expires: inDays(30) }),
].join('\n');

/** Opens, imports the three cookies, closes: jar.key and jar.sealed exist. */
export async function seedJar(dataDir: string, options: Partial<OpenCoreOptions> = {}): Promise<void> {
  const core = await openCore({ dataDir, ...options });
  try {
    await core.client['import.run']({ files: [{ name: 'seed.txt', content: COOKIE_LINES }] });
  } finally {
    await core.close();
  }
}

/** The raw data key(s) of a plain-Node directory (protection 'keyfile'). */
export function rawKeys(dataDir: string): { key: Buffer; previous: Buffer | null; version: number } {
  const file = JSON.parse(readFileSync(join(dataDir, 'jar.key'), 'utf8')) as {
    version: number;
    key: string;
    previous?: string;
  };
  return {
    key: Buffer.from(file.key, 'base64'),
    previous: file.previous ? Buffer.from(file.previous, 'base64') : null,
    version: file.version,
  };
}

/** Writes a snapshot of our choosing, sealed under the directory's key, as jar.sealed. */
export function writeSnapshot(dataDir: string, snapshot: unknown): Buffer {
  const bytes = seal(rawKeys(dataDir).key, Buffer.from(JSON.stringify(snapshot), 'utf8'));
  writeFileAtomic(join(dataDir, 'jar.sealed'), bytes);
  return bytes;
}

export const namesIn = (dir: string): string[] => readdirSync(dir).sort();
