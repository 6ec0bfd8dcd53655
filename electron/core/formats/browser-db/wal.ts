// Folding a -wal file into its database, as a checkpoint would. A running browser keeps its newest
// cookies in the write-ahead log, and sql.js cannot read one: its databases live in memory and it
// exposes no file system to put the -wal next to them. The WAL format is small and fully specified
// (https://www.sqlite.org/fileformat2.html#walformat), so Crumbs replays it: every frame up to the last
// valid commit frame replaces its page, later frames win, and the database takes the committed size.
// A frame whose salt or running checksum does not match ends the log, exactly as SQLite reads it.

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const MAGIC_LE = 0x377f0682;
const MAGIC_BE = 0x377f0683;

export interface WalMerge {
  /** The database with the committed frames applied, flagged as not in WAL mode. */
  bytes: Uint8Array;
  /** Committed frames applied (a page written twice counts twice). */
  frames: number;
  /** Why the -wal was not used, when it was not (absent = used or empty). */
  ignored?: string;
}

function databasePageSize(db: Uint8Array): number | null {
  if (db.length < 100) return null;
  const raw = (db[16]! << 8) | db[17]!;
  const size = raw === 1 ? 65536 : raw;
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0 ? size : null;
}

/** SQLite's WAL checksum: two running 32-bit sums over pairs of words, continued from `seed`. */
function checksum(
  view: DataView,
  start: number,
  length: number,
  bigEndian: boolean,
  seed: [number, number],
): [number, number] {
  let [s0, s1] = seed;
  for (let i = start; i < start + length; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

function flagged(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 100) {
    if (bytes[18] === 2) bytes[18] = 1;
    if (bytes[19] === 2) bytes[19] = 1;
  }
  return bytes;
}

/**
 * Applies the committed content of `wal` to a copy of `db`. Never throws: a damaged or foreign WAL is
 * ignored (with the reason) and the database returned as it was. `maxBytes` bounds the merged size.
 */
export function mergeWal(db: Uint8Array, wal: Uint8Array, maxBytes: number): WalMerge {
  const unchanged = (ignored?: string): WalMerge => ({
    bytes: flagged(db.slice()),
    frames: 0,
    ...(ignored ? { ignored } : {}),
  });
  if (wal.length === 0) return unchanged();
  if (wal.length < WAL_HEADER) return unchanged('the -wal file is shorter than its header');
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if (magic !== MAGIC_LE && magic !== MAGIC_BE) return unchanged('the -wal file has no WAL header');
  const bigEndian = magic === MAGIC_BE;
  const pageSize = view.getUint32(8);
  const dbPageSize = databasePageSize(db);
  if (dbPageSize === null) return unchanged('the database header gives no valid page size');
  if (pageSize !== dbPageSize) {
    return unchanged(`the -wal file's page size (${pageSize}) is not the database's (${dbPageSize})`);
  }
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);
  let sums = checksum(view, 0, 24, bigEndian, [0, 0]);
  if (sums[0] !== view.getUint32(24) || sums[1] !== view.getUint32(28)) {
    return unchanged('the -wal header checksum does not match');
  }

  const maxPages = Math.floor(maxBytes / pageSize);
  const frameSize = FRAME_HEADER + pageSize;
  const pending = new Map<number, number>();
  const committed = new Map<number, number>();
  let committedFrames = 0;
  let pendingFrames = 0;
  let dbPages = 0;
  for (let at = WAL_HEADER; at + frameSize <= wal.length; at += frameSize) {
    const page = view.getUint32(at);
    const commitSize = view.getUint32(at + 4);
    if (view.getUint32(at + 8) !== salt1 || view.getUint32(at + 12) !== salt2) break;
    sums = checksum(view, at, 8, bigEndian, sums);
    sums = checksum(view, at + FRAME_HEADER, pageSize, bigEndian, sums);
    if (sums[0] !== view.getUint32(at + 16) || sums[1] !== view.getUint32(at + 20)) break;
    if (page === 0 || page > maxPages || commitSize > maxPages) {
      return unchanged(`a -wal frame names page ${page}, beyond ${maxBytes} bytes`);
    }
    pending.set(page, at + FRAME_HEADER);
    pendingFrames++;
    if (commitSize !== 0) {
      for (const [p, offset] of pending) committed.set(p, offset);
      committedFrames += pendingFrames;
      pending.clear();
      pendingFrames = 0;
      dbPages = commitSize;
    }
  }
  if (committedFrames === 0) return unchanged();

  const merged = new Uint8Array(dbPages * pageSize);
  merged.set(db.subarray(0, Math.min(db.length, merged.length)));
  for (const [page, offset] of committed) {
    if (page > dbPages) continue; // written, then cut off by a later commit that shrank the database
    merged.set(wal.subarray(offset, offset + pageSize), (page - 1) * pageSize);
  }
  return { bytes: flagged(merged), frames: committedFrames };
}
