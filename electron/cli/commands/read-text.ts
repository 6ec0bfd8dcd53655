// Reads a policy or catalog file named on the command line, refusing a too-large one before reading it.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CrumbsError } from '../../../shared/errors';
import { MAX_POLICY_CHARS } from '../../../shared/contract-policy';

export function readTextFile(path: string): { name: string; content: string } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new CrumbsError(
      'IMPORT_UNREADABLE',
      `${path}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
  if (size > MAX_POLICY_CHARS) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${path} is ${Math.round(size / 1048576)} MiB; the limit is ${MAX_POLICY_CHARS / 1048576} MiB.`,
    );
  }
  return { name: basename(path), content: new TextDecoder('utf-8').decode(readFileSync(path)) };
}
