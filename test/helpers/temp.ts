import { mkdtempSync, rmSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the OS temp dir; call the returned cleanup in afterEach. */
export function tempDir(prefix = 'crumbs-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under dir (recursively) with its bytes. */
export function allFiles(dir: string): { path: string; bytes: Buffer; mode: number }[] {
  const out: { path: string; bytes: Buffer; mode: number }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...allFiles(path));
    else out.push({ path, bytes: readFileSync(path), mode: st.mode & 0o777 });
  }
  return out;
}

/** A Netscape cookies.txt line. */
export function netscapeLine(o: {
  domain: string;
  name: string;
  value: string;
  path?: string;
  expires?: number;
  secure?: boolean;
  httpOnly?: boolean;
}): string {
  const sub = o.domain.startsWith('.') ? 'TRUE' : 'FALSE';
  const prefix = o.httpOnly ? '#HttpOnly_' : '';
  return [
    prefix + o.domain,
    sub,
    o.path ?? '/',
    o.secure ? 'TRUE' : 'FALSE',
    String(o.expires ?? 0),
    o.name,
    o.value,
  ].join('\t');
}

export const inDays = (days: number): number => Math.floor(Date.now() / 1000) + days * 86400;
