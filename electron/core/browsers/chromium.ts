// Chromium-family profiles: every folder of "User Data" with a Cookies database ("Default",
// "Profile 1", ...); the names people gave them are in 'Local State' (profile.info_cache.<folder>.name).
import { join } from 'node:path';
import { isFile, readSettings, subfolders } from './files';

export interface ChromiumProfile {
  name: string;
  cookieFile: string;
}

/** Never profiles of a person: Chrome's internal profile for the profile picker. */
const SKIPPED = new Set(['System Profile']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Folder → display name, from 'Local State'; empty when the file is missing or not JSON. */
export function profileNames(localState: string | null): Map<string, string> {
  const names = new Map<string, string>();
  if (localState === null) return names;
  let parsed: unknown;
  try {
    parsed = JSON.parse(localState);
  } catch {
    return names;
  }
  const cache = isRecord(parsed) && isRecord(parsed.profile) ? parsed.profile.info_cache : undefined;
  if (!isRecord(cache)) return names;
  for (const [folder, info] of Object.entries(cache)) {
    if (isRecord(info) && typeof info.name === 'string' && info.name.trim() !== '')
      names.set(folder, info.name);
  }
  return names;
}

/** Chrome 96+ keeps the database in Network/; older versions (and a stale leftover) at the top. */
export function cookieFileOf(profileDir: string): string | null {
  for (const candidate of [join(profileDir, 'Network', 'Cookies'), join(profileDir, 'Cookies')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

function order(a: string, b: string): number {
  if (a === 'Default' || b === 'Default') return a === 'Default' ? -1 : 1;
  return a.localeCompare(b, 'en', { numeric: true });
}

export function chromiumProfiles(root: string): ChromiumProfile[] {
  const folders = subfolders(root).filter((f) => !SKIPPED.has(f));
  if (folders.length === 0) return [];
  const names = profileNames(readSettings(join(root, 'Local State')));
  const found: ChromiumProfile[] = [];
  for (const folder of folders.sort(order)) {
    const cookieFile = cookieFileOf(join(root, folder));
    if (cookieFile) found.push({ name: names.get(folder) ?? folder, cookieFile });
  }
  return found;
}
