// Files are read as text in the page (File.text()) and sent as strings: the core never sees a path.
import { MAX_IMPORT_CHARS } from '../../../shared/contract';

export const MAX_IMPORT_FILES = 100;

export interface PickedFile {
  name: string;
  content: string;
}

export type ReadProblem =
  | { kind: 'tooMany'; count: number }
  | { kind: 'tooLarge'; name: string }
  | { kind: 'unreadable'; name: string };

export type ReadOutcome = { ok: true; files: PickedFile[] } | { ok: false; problem: ReadProblem };

export async function readFiles(files: readonly File[]): Promise<ReadOutcome> {
  if (files.length > MAX_IMPORT_FILES)
    return { ok: false, problem: { kind: 'tooMany', count: files.length } };
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a size under the cap is a content under it.
  const tooLarge = files.find((file) => file.size > MAX_IMPORT_CHARS);
  if (tooLarge) return { ok: false, problem: { kind: 'tooLarge', name: tooLarge.name } };
  const picked: PickedFile[] = [];
  for (const file of files) {
    try {
      picked.push({ name: file.name || 'unnamed', content: await file.text() });
    } catch {
      return { ok: false, problem: { kind: 'unreadable', name: file.name } };
    }
  }
  return { ok: true, files: picked };
}
