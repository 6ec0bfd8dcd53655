// Deleted cookies and localStorage entries are kept in memory for a while so the user can take a deletion
// back. Never written to disk: an undo that outlived the process would be a copy of values the user meant
// to remove.
import { randomUUID } from 'node:crypto';
import type { Cookie as ToughCookie } from 'tough-cookie';
import type { StorageEntry } from '../../../shared/model';

const KEEP = 20;

export interface Deleted {
  cookies: ToughCookie[];
  storage: StorageEntry[];
}

export class UndoBuffer {
  private readonly entries = new Map<string, Deleted>();

  remember(deleted: Deleted): string | null {
    if (deleted.cookies.length === 0 && deleted.storage.length === 0) return null;
    const id = randomUUID();
    this.entries.set(id, deleted);
    while (this.entries.size > KEEP) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  take(id: string): Deleted | null {
    const deleted = this.entries.get(id);
    if (!deleted) return null;
    this.entries.delete(id);
    return deleted;
  }
}
