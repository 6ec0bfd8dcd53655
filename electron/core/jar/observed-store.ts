// tough-cookie's in-memory store, telling its owner about every change so the jar can schedule a save.
import { MemoryCookieStore, type Cookie, type ErrorCallback } from 'tough-cookie';

export class ObservedStore extends MemoryCookieStore {
  constructor(private readonly onChange: () => void) {
    super();
  }

  override putCookie(cookie: Cookie): Promise<void>;
  override putCookie(cookie: Cookie, callback: ErrorCallback): void;
  override putCookie(cookie: Cookie, callback?: ErrorCallback): Promise<void> | void {
    this.onChange();
    return callback ? super.putCookie(cookie, callback) : super.putCookie(cookie);
  }

  override updateCookie(oldCookie: Cookie, newCookie: Cookie): Promise<void>;
  override updateCookie(oldCookie: Cookie, newCookie: Cookie, callback: ErrorCallback): void;
  override updateCookie(
    oldCookie: Cookie,
    newCookie: Cookie,
    callback?: ErrorCallback,
  ): Promise<void> | void {
    this.onChange();
    return callback
      ? super.updateCookie(oldCookie, newCookie, callback)
      : super.updateCookie(oldCookie, newCookie);
  }

  override removeCookie(domain: string, path: string, key: string): Promise<void>;
  override removeCookie(domain: string, path: string, key: string, callback: ErrorCallback): void;
  override removeCookie(
    domain: string,
    path: string,
    key: string,
    callback?: ErrorCallback,
  ): Promise<void> | void {
    this.onChange();
    return callback ? super.removeCookie(domain, path, key, callback) : super.removeCookie(domain, path, key);
  }

  override removeCookies(domain: string, path: string): Promise<void>;
  override removeCookies(domain: string, path: string, callback: ErrorCallback): void;
  override removeCookies(domain: string, path: string, callback?: ErrorCallback): Promise<void> | void {
    this.onChange();
    return callback ? super.removeCookies(domain, path, callback) : super.removeCookies(domain, path);
  }

  override removeAllCookies(): Promise<void>;
  override removeAllCookies(callback: ErrorCallback): void;
  override removeAllCookies(callback?: ErrorCallback): Promise<void> | void {
    this.onChange();
    return callback ? super.removeAllCookies(callback) : super.removeAllCookies();
  }

  /** Every stored cookie, synchronously (the memory store is synchronous; no sort, no copy of the cookies). */
  *each(): Generator<Cookie> {
    for (const paths of Object.values(this.idx)) {
      if (!paths) continue;
      for (const byName of Object.values(paths)) {
        if (!byName) continue;
        for (const cookie of Object.values(byName)) if (cookie) yield cookie;
      }
    }
  }

  /**
   * Every cookie that has not expired at nowMs, in index order, as one array: the save walks 100,000
   * cookies, and plain loops over the index cost a fraction of generators over Object.values.
   */
  unexpired(nowMs: number): Cookie[] {
    const out: Cookie[] = [];
    const idx = this.idx;
    for (const domain in idx) {
      const paths = idx[domain];
      if (!paths) continue;
      for (const path in paths) {
        const byName = paths[path];
        if (!byName) continue;
        for (const name in byName) {
          const c = byName[name];
          if (c && !(c.expires instanceof Date && c.expires.getTime() <= nowMs)) out.push(c);
        }
      }
    }
    return out;
  }

  /**
   * Puts a cookie without reporting a change (the caller reports one for the batch). Writes the index the
   * way MemoryCookieStore.putCookie does, without the promise it makes per cookie: at 100,000 cookies that
   * promise is a tenth of the import.
   */
  putQuietly(cookie: Cookie): void {
    const { domain, path, key } = cookie;
    if (domain == null || path == null || key == null) return;
    const byPath = (this.idx[domain] ??= Object.create(null) as NonNullable<(typeof this.idx)[string]>);
    const byName = (byPath[path] ??= Object.create(null) as NonNullable<(typeof byPath)[string]>);
    byName[key] = cookie;
  }
}
