// Small, failure-proof file-system questions: discovery looks into folders that may be missing,
// unreadable or half-written by a running browser, and must simply skip what it cannot read.
import { readdirSync, readFileSync, statSync } from 'node:fs';

/** profiles.ini and 'Local State' are kilobytes; anything this big is not one. */
const MAX_SETTINGS_BYTES = 8 * 1024 * 1024;

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function subfolders(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

export function readSettings(path: string): string | null {
  try {
    if (statSync(path).size > MAX_SETTINGS_BYTES) return null;
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
