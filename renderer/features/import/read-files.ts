// Files are read in the page and sent as strings: the core never sees a path. Text formats go as text
// (File.text()); browser databases are binary, so they go as base64 — recognised by their first bytes, or
// because the user chose a database format.
import { MAX_IMPORT_CHARS } from '../../../shared/contract';
import type { ImportFormat } from '../../../shared/model';
import { isDatabaseFormat, isDatabaseHead } from './formats';

export const MAX_IMPORT_FILES = 100;
const MIB = 1024 * 1024;
/** base64 turns 3 bytes into 4 characters, so a binary file must stay under 3/4 of the character cap. */
const MAX_BINARY_BYTES = Math.floor((MAX_IMPORT_CHARS / 4) * 3);

export interface PickedFile {
  name: string;
  content: string;
  encoding: 'utf8' | 'base64';
}

export type ReadProblem =
  | { kind: 'tooMany'; count: number }
  | { kind: 'tooLarge'; name: string; maxMb: number }
  | { kind: 'unreadable'; name: string };

export type ReadOutcome = { ok: true; files: PickedFile[] } | { ok: false; problem: ReadProblem };

async function isBinary(file: File, format: ImportFormat): Promise<boolean> {
  if (isDatabaseFormat(format)) return true;
  return isDatabaseHead(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
}

/** The file as base64, through the browser's own encoder (fast, and no huge intermediate string). */
function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export async function readFiles(files: readonly File[], format: ImportFormat): Promise<ReadOutcome> {
  if (files.length > MAX_IMPORT_FILES)
    return { ok: false, problem: { kind: 'tooMany', count: files.length } };
  const kinds: boolean[] = [];
  for (const file of files) {
    let binary: boolean;
    try {
      binary = await isBinary(file, format);
    } catch {
      return { ok: false, problem: { kind: 'unreadable', name: file.name } };
    }
    // UTF-8 never takes fewer bytes than UTF-16 code units, so a size under the cap is a content under it.
    const max = binary ? MAX_BINARY_BYTES : MAX_IMPORT_CHARS;
    if (file.size > max) {
      return { ok: false, problem: { kind: 'tooLarge', name: file.name, maxMb: Math.floor(max / MIB) } };
    }
    kinds.push(binary);
  }
  const picked: PickedFile[] = [];
  for (const [index, file] of files.entries()) {
    const name = file.name || 'unnamed';
    try {
      picked.push(
        kinds[index]
          ? { name, content: await readBase64(file), encoding: 'base64' }
          : { name, content: await file.text(), encoding: 'utf8' },
      );
    } catch {
      return { ok: false, problem: { kind: 'unreadable', name: file.name } };
    }
  }
  return { ok: true, files: picked };
}
