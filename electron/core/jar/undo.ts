// Deleted cookies are kept in memory for a while so the user can take a deletion back. Never written to
// disk: an undo that outlived the process would be a copy of values the user meant to remove.
import { randomUUID } from 'node:crypto';
import type { Cookie as ToughCookie } from 'tough-cookie';

const KEEP = 20;

export class UndoBuffer {
  private readonly entries = new Map<string, ToughCookie[]>();

  remember(cookies: ToughCookie[]): string | null {
    if (cookies.length === 0) return null;
    const id = randomUUID();
    this.entries.set(id, cookies);
    while (this.entries.size > KEEP) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  take(id: string): ToughCookie[] | null {
    const cookies = this.entries.get(id);
    if (!cookies) return null;
    this.entries.delete(id);
    return cookies;
  }
}
