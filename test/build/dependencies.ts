// The production dependency closure of a project, read from node_modules the way Node resolves packages:
// the names a packaged app may carry, to tell them from development-only ones.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** The folder Node would load `name` from when required from `fromDir`, or null (a missing optional one). */
function packageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Every package name reachable from the project's dependencies (not its devDependencies). */
export function productionClosure(projectDir: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string, fromDir: string): void => {
    const dir = packageDir(name, fromDir);
    if (dir === null || seen.has(name)) return;
    seen.add(name);
    const manifest = readManifest(dir);
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
      visit(dep, dir);
  };
  const root = readManifest(projectDir);
  for (const dep of Object.keys({ ...root.dependencies, ...root.optionalDependencies }))
    visit(dep, projectDir);
  return seen;
}

/** The package name of an asar or folder path below node_modules (scoped names keep their scope). */
export function packageOf(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || parts[at + 1] === undefined) return null;
  const first = parts[at + 1]!;
  if (!first.startsWith('@')) return first;
  return parts[at + 2] === undefined ? null : `${first}/${parts[at + 2]}`; // a bare scope folder is no package
}
