// Finds a file of the built renderer for a request path, for both hosts that serve it (app:// in Electron,
// HTTP in browser mode). Only files inside the directory are reachable: traversal (plain, encoded or with
// backslashes), dotfiles and symlinks leading out are refused before the file system is read.
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export type RendererFile = { file: string; size: number } | { refused: 'bad-path' | 'not-found' };

/** The path segments asked for, or null when the path tries to leave the directory or is unreadable. */
export function safeSegments(rawPathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of rawPathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '') continue;
    if (segment.startsWith('.') || /[\\/\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep));
}

async function findFile(root: string, segments: string[]): Promise<{ file: string; size: number } | null> {
  const file = join(root, ...segments);
  if (!isInside(root, file)) return null;
  try {
    const real = await realpath(file);
    if (!isInside(root, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * `/` is index.html; a client-side route (last segment without an extension) also gets index.html; a
 * missing asset stays not-found so errors show.
 */
export async function findRendererFile(rendererDir: string, rawPathname: string): Promise<RendererFile> {
  const segments = safeSegments(rawPathname);
  if (segments === null) return { refused: 'bad-path' };
  let root: string;
  try {
    root = await realpath(rendererDir);
  } catch {
    return { refused: 'not-found' };
  }
  const asked = segments.length === 0 ? ['index.html'] : segments;
  const found = await findFile(root, asked);
  if (found) return found;
  if (extname(asked[asked.length - 1] ?? '') === '') {
    const index = await findFile(root, ['index.html']);
    if (index) return index;
  }
  return { refused: 'not-found' };
}
