// The user's cookie jar: tough-cookie over an in-memory store that saves itself, sealed, after changes
// (debounced) and on close.
import { join } from 'node:path';
import { CookieJar, type Cookie as ToughCookie } from 'tough-cookie';
import type { CookieKey, StorageEntry } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { FILES } from '../storage/data-dir';
import type { DataNotice } from '../storage/quarantine';
import { loadJarFile, writeJarFile } from './jar-file';
import { ObservedStore, type Touch } from './observed-store';
import { isExpired } from './convert';
import { siteOf, siteOfOrigin } from './site';
import { JAR_RULES } from './rules';

export interface JarOptions {
  dataDir: string;
  /** null in read-only mode when no key exists yet: the jar is empty and stays so. */
  key: Buffer | null;
  /** The key before an unfinished rotation: the snapshot may still be sealed with it. */
  previousKey?: Buffer | undefined;
  readOnly: boolean;
  /** A snapshot that cannot be read is set aside and reported here, and the jar opens without it. */
  onNotice?: (notice: DataNotice) => void;
  /** Throws when values may not be written now (an unprotected key the user has not agreed to). */
  guardWrite?: () => void;
  saveDelayMs?: number;
  onSaveError?: (err: unknown) => void;
  /** Told after each change (batched per call), with the new revision. */
  onChange?: (revision: number) => void;
}

export { JAR_RULES } from './rules';

export class Jar {
  readonly store: ObservedStore;
  readonly tough: CookieJar;
  /** localStorage entries by origin, then name. */
  private readonly storage = new Map<string, Map<string, string>>();
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private loading = true;
  private closed = false;
  /** Grows with every change: views built from the jar are cached per revision. */
  revision = 0;
  private readonly watchers = new Set<Touch>();
  private readonly storageWatchers = new Set<(origin: string) => void>();

  private constructor(private readonly options: JarOptions) {
    this.store = new ObservedStore(
      () => this.changed(),
      (cookie) => {
        if (!this.loading) for (const w of this.watchers) w(cookie);
      },
    );
    this.tough = new CookieJar(this.store, JAR_RULES);
  }

  static open(options: JarOptions): Jar {
    const jar = new Jar(options);
    if (options.key) {
      const keys = options.previousKey ? [options.key, options.previousKey] : [options.key];
      const contents = loadJarFile(jar.path, keys, {
        readOnly: options.readOnly,
        onNotice: options.onNotice,
      });
      for (const cookie of contents.cookies) jar.store.putQuietly(cookie);
      for (const entry of contents.storage) jar.setStorage(entry);
    }
    jar.loading = false;
    return jar;
  }

  get path(): string {
    return join(this.options.dataDir, FILES.jar);
  }

  /** Cookies that have not expired (expired ones stay on disk until the next save drops them). */
  live(nowMs = Date.now()): ToughCookie[] {
    const out: ToughCookie[] = [];
    for (const c of this.store.each()) if (!isExpired(c, nowMs)) out.push(c);
    return out;
  }

  /**
   * Tells `watcher` of every cookie put, replaced (the old and the new object) or removed from now on, in the
   * same synchronous step as the revision moves; `null` when a whole domain or the whole jar went at once.
   * Returns the unsubscribe.
   */
  watchCookies(watcher: Touch): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Tells `watcher` the origin of every localStorage entry put or removed from now on. */
  watchStorage(watcher: (origin: string) => void): () => void {
    this.storageWatchers.add(watcher);
    return () => this.storageWatchers.delete(watcher);
  }

  /** A site's cookies, looked up through the store's domain index (thousands of domains, not every cookie). */
  ofSite(site: string, nowMs = Date.now()): ToughCookie[] {
    const out: ToughCookie[] = [];
    for (const [domain, cookies] of this.store.domains()) {
      if (siteOf(domain) !== site) continue;
      for (const c of cookies) if (!isExpired(c, nowMs)) out.push(c);
    }
    return out;
  }

  /** How many live cookies each domain holds. */
  countsByDomain(nowMs = Date.now()): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [domain, cookies] of this.store.domains()) {
      let n = 0;
      for (const c of cookies) if (!isExpired(c, nowMs)) n++;
      if (n > 0) counts.set(domain, n);
    }
    return counts;
  }

  find(key: CookieKey): ToughCookie | undefined {
    const c = this.store.get(key.domain, key.path, key.name);
    return c && !isExpired(c, Date.now()) ? c : undefined;
  }

  /** Removes cookies as one change: deleting 100,000 is one save and one event, not 100,000. */
  async remove(cookies: ToughCookie[]): Promise<void> {
    this.assertWritable();
    for (const c of cookies) this.store.removeQuietly(c.domain ?? '', c.path ?? '/', c.key);
    if (cookies.length > 0) this.changed();
  }

  async put(cookies: ToughCookie[]): Promise<void> {
    this.assertWritable();
    for (const c of cookies) this.store.putQuietly(c);
    if (cookies.length > 0) this.changed();
  }

  storageEntries(): StorageEntry[] {
    const out: StorageEntry[] = [];
    for (const [origin, byName] of this.storage)
      for (const [name, value] of byName) out.push({ origin, name, value });
    return out;
  }

  storageOfSite(site: string): StorageEntry[] {
    return this.storageEntries().filter((e) => siteOfOrigin(e.origin) === site);
  }

  findStorage(origin: string, name: string): StorageEntry | undefined {
    const value = this.storage.get(origin)?.get(name);
    return value === undefined ? undefined : { origin, name, value };
  }

  putStorage(entries: StorageEntry[]): void {
    this.assertWritable();
    for (const e of entries) {
      this.setStorage(e);
      for (const w of this.storageWatchers) w(e.origin);
    }
    if (entries.length > 0) this.changed();
  }

  removeStorage(entries: { origin: string; name: string }[]): StorageEntry[] {
    this.assertWritable();
    const removed: StorageEntry[] = [];
    for (const { origin, name } of entries) {
      const found = this.findStorage(origin, name);
      if (!found) continue;
      const byName = this.storage.get(origin);
      byName?.delete(name);
      if (byName?.size === 0) this.storage.delete(origin);
      removed.push(found);
      for (const w of this.storageWatchers) w(origin);
    }
    if (removed.length > 0) this.changed();
    return removed;
  }

  private setStorage(e: StorageEntry): void {
    let byName = this.storage.get(e.origin);
    if (!byName) {
      byName = new Map();
      this.storage.set(e.origin, byName);
    }
    byName.set(e.name, e.value);
  }

  /** Writes pending changes now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.dirty || this.options.readOnly || !this.options.key) return;
    // Expired cookies are dropped from the snapshot (the same test as isExpired).
    writeJarFile(this.path, this.options.key, this.store.unexpired(Date.now()), this.storageEntries());
    this.dirty = false;
  }

  /**
   * Seals the whole snapshot under another data key, now (key rotation; see storage/safety.ts). Not held
   * back by guardWrite: it re-seals values already on disk and stores nothing new.
   */
  rekey(key: Buffer): void {
    if (this.options.readOnly)
      throw new CrumbsError('LOCKED', 'The jar was opened read-only; nothing can be changed.');
    this.options.key = key;
    this.dirty = true;
    this.flush();
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }

  private changed(): void {
    if (this.loading) return;
    this.revision++;
    this.options.onChange?.(this.revision);
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.flush();
      } catch (err) {
        // Keep the changes in memory and dirty: the next change or close() tries again.
        this.options.onSaveError?.(err);
      }
    }, this.options.saveDelayMs ?? 300);
    this.timer.unref?.();
  }

  private assertWritable(): void {
    if (this.options.readOnly)
      throw new CrumbsError('LOCKED', 'The jar was opened read-only; nothing can be changed.');
    if (this.closed) throw new CrumbsError('INTERNAL', 'The jar is closed.');
    this.options.guardWrite?.();
  }
}
