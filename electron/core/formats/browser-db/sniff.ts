// Cheap signatures for detection, and the note shared by the SQLite readers.
import { reasonFor } from '../../../../shared/problem-codes';
import { Buffer } from 'node:buffer';

/** A native byte search (no decoding): a table name in the schema of a 20 MB database costs ~1 ms. */
export function bytesInclude(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ascii, 0, 'latin1');
}

export const walModeNote = reasonFor('NOTE_WAL_MODE');
