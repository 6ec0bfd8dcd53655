// The Open Cookie Database file as text, read in the page (the core never sees a path), within the contract's
// size cap so an oversize pick is refused here rather than sent.
import { MAX_POLICY_CHARS } from '../../../shared/contract-policy';

const MIB = 1024 * 1024;

export type CatalogFileRead =
  | { ok: true; file: { name: string; content: string } }
  | { ok: false; problem: 'tooLarge' | 'unreadable'; name: string; maxMb: number };

export async function readCatalogFile(file: File): Promise<CatalogFileRead> {
  const name = file.name || 'unnamed';
  const maxMb = Math.floor(MAX_POLICY_CHARS / MIB);
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a size under the cap is a content under it.
  if (file.size > MAX_POLICY_CHARS) return { ok: false, problem: 'tooLarge', name, maxMb };
  try {
    return { ok: true, file: { name, content: await file.text() } };
  } catch {
    return { ok: false, problem: 'unreadable', name, maxMb };
  }
}
