// Firefox profiles: profiles.ini names them ([ProfileN] Name=, Path=, IsRelative=); profile folders
// it does not list (copied in by hand, or an ini lost) are found by looking for cookies.sqlite.
import { isAbsolute, join, resolve } from 'node:path';
import { isDirectory, isFile, readSettings, subfolders } from './files';

export interface FirefoxProfile {
  name: string;
  dir: string;
}

type Sections = Map<string, Map<string, string>>;

export function parseIni(text: string): Sections {
  const sections: Sections = new Map();
  let current: Map<string, string> | undefined;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return sections;
}

function profileDir(root: string, path: string, relative: boolean): string {
  // Relative paths use '/' on every platform ("Profiles/abcd.default-release").
  return relative || !isAbsolute(path) ? join(root, ...path.split('/')) : path;
}

/** The profiles of one Firefox root that have a cookies.sqlite, the one Firefox starts with first. */
export function firefoxProfiles(root: string): FirefoxProfile[] {
  if (!isDirectory(root)) return [];
  const found: FirefoxProfile[] = [];
  const seen = new Set<string>();
  const add = (name: string, dir: string, first = false): void => {
    const key = resolve(dir);
    if (seen.has(key) || !isFile(join(dir, 'cookies.sqlite'))) return;
    seen.add(key);
    if (first) found.unshift({ name, dir });
    else found.push({ name, dir });
  };

  const ini = readSettings(join(root, 'profiles.ini'));
  if (ini !== null) {
    const sections = parseIni(ini);
    // [Install<hash>] Default= is the profile this installation opens (Firefox 67+).
    const installDefaults = new Set(
      [...sections].filter(([id]) => id.startsWith('Install')).map(([, keys]) => keys.get('Default')),
    );
    for (const [id, keys] of sections) {
      const path = keys.get('Path');
      if (!id.startsWith('Profile') || !path) continue;
      const dir = profileDir(root, path, keys.get('IsRelative') !== '0');
      add(keys.get('Name') || path.split(/[\\/]/).pop() || path, dir, installDefaults.has(path));
    }
  }
  // Linux keeps profile folders in the root itself, macOS and Windows under Profiles/.
  for (const parent of [root, join(root, 'Profiles')]) {
    for (const folder of subfolders(parent)) add(folder, join(parent, folder));
  }
  return found;
}
