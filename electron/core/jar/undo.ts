// What the user may take back: deleted cookies and localStorage entries, a site policy as it was before an
// import, an edit or a removal, and the consent profiles before a change. Kept in memory for a while, never written to disk: an undo that outlived
// the process would be a copy of values the user meant to remove.
import { randomUUID } from 'node:crypto';
import type { Cookie as ToughCookie } from 'tough-cookie';
import type { CookieKey, StorageEntry } from '../../../shared/model';
import type { PolicySnapshot } from '../policy/store';
import type { ProfilesSnapshot } from '../consent/profiles/store';

const KEEP = 20;

export interface Deleted {
  cookies: ToughCookie[];
  storage: StorageEntry[];
}

export type Undoable =
  | ({ kind: 'jar' } & Deleted)
  | { kind: 'policy'; snapshot: PolicySnapshot }
  | { kind: 'profiles'; snapshot: ProfilesSnapshot }
  /** An edit: the cookie as it was (null when the edit created it) and the one written in its place. */
  | { kind: 'cookie-edit'; before: ToughCookie | null; written: CookieKey };

export class UndoBuffer {
  private readonly entries = new Map<string, Undoable>();

  remember(item: Undoable): string | null {
    if (item.kind === 'jar' && item.cookies.length === 0 && item.storage.length === 0) return null;
    const id = randomUUID();
    this.entries.set(id, item);
    while (this.entries.size > KEEP) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  take(id: string): Undoable | null {
    const item = this.entries.get(id);
    if (!item) return null;
    this.entries.delete(id);
    return item;
  }
}
