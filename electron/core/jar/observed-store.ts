// The jar's in-memory cookie store: tough-cookie's Store contract, indexed by domain, path and name in Maps,
// telling its owner about every change so the jar can schedule a save, and about every cookie put, replaced or
// removed so views kept up to date (the Jar view's rows) can apply the change instead of rebuilding.
// MemoryCookieStore keeps the same three levels in plain objects; at 100,000 cookies over 10,000 domains
// those turn into dictionaries whose for-in walks cost twice what Map iteration does, on every save.
// The lookups follow MemoryCookieStore's exactly (permuteDomain, pathMatch); a property test holds the two
// stores to the same answers.
import {
  Store,
  pathMatch,
  permuteDomain,
  type Callback,
  type Cookie,
  type ErrorCallback,
  type Nullable,
} from 'tough-cookie';

type ByName = Map<string, Cookie>;
type ByPath = Map<string, ByName>;

/** tough-cookie calls a synchronous store with a callback and expects it called before the method returns. */
function settle<T>(value: T, callback?: Callback<T>): Promise<T> {
  callback?.(null, value);
  return Promise.resolve(value);
}

/** A cookie that was put, replaced (the old and the new object) or removed; `null`: any cookie may have. */
export type Touch = (cookie: Cookie | null) => void;

export class ObservedStore extends Store {
  private index = new Map<string, ByPath>();

  constructor(
    private readonly onChange: () => void,
    private readonly onTouch: Touch = () => {},
  ) {
    super();
    this.synchronous = true;
  }

  override findCookie(
    domain: Nullable<string>,
    path: Nullable<string>,
    key: Nullable<string>,
  ): Promise<Cookie | undefined>;
  override findCookie(
    domain: Nullable<string>,
    path: Nullable<string>,
    key: Nullable<string>,
    callback: Callback<Cookie | undefined>,
  ): void;
  override findCookie(
    domain: Nullable<string>,
    path: Nullable<string>,
    key: Nullable<string>,
    callback?: Callback<Cookie | undefined>,
  ): Promise<Cookie | undefined> | void {
    const found = domain == null || path == null || key == null ? undefined : this.get(domain, path, key);
    return settle(found, callback);
  }

  override findCookies(
    domain: Nullable<string>,
    path: Nullable<string>,
    allowSpecialUseDomain?: boolean,
  ): Promise<Cookie[]>;
  override findCookies(
    domain: Nullable<string>,
    path: Nullable<string>,
    allowSpecialUseDomain?: boolean,
    callback?: Callback<Cookie[]>,
  ): void;
  override findCookies(
    domain: Nullable<string>,
    path: Nullable<string>,
    allowSpecialUseDomain: boolean | Callback<Cookie[]> = false,
    callback?: Callback<Cookie[]>,
  ): Promise<Cookie[]> | void {
    // MemoryCookieStore's overload: a callback in third place means special-use domains are allowed.
    if (typeof allowSpecialUseDomain === 'function') {
      callback = allowSpecialUseDomain;
      allowSpecialUseDomain = true;
    }
    const results: Cookie[] = [];
    if (!domain) return settle(results, callback);
    for (const candidate of permuteDomain(domain, allowSpecialUseDomain) ?? [domain]) {
      const byPath = this.index.get(candidate);
      if (!byPath) continue;
      for (const [cookiePath, byName] of byPath) {
        if (path && !pathMatch(path, cookiePath)) continue;
        for (const cookie of byName.values()) results.push(cookie);
      }
    }
    return settle(results, callback);
  }

  override putCookie(cookie: Cookie): Promise<void>;
  override putCookie(cookie: Cookie, callback: ErrorCallback): void;
  override putCookie(cookie: Cookie, callback?: ErrorCallback): Promise<void> | void {
    this.onChange();
    this.putQuietly(cookie);
    return settle(undefined, callback);
  }

  override updateCookie(oldCookie: Cookie, newCookie: Cookie): Promise<void>;
  override updateCookie(oldCookie: Cookie, newCookie: Cookie, callback: ErrorCallback): void;
  override updateCookie(
    _oldCookie: Cookie,
    newCookie: Cookie,
    callback?: ErrorCallback,
  ): Promise<void> | void {
    this.onChange();
    this.putQuietly(newCookie);
    return settle(undefined, callback);
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
    this.removeQuietly(domain, path, key);
    return settle(undefined, callback);
  }

  /** Removes a cookie without reporting a change (the caller reports one for the batch) and without a promise. */
  removeQuietly(domain: string, path: string, key: string): void {
    const byPath = this.index.get(domain);
    const byName = byPath?.get(path);
    const removed = byName?.get(key);
    if (removed === undefined) return;
    byName!.delete(key);
    this.onTouch(removed);
    if (byName!.size === 0) {
      byPath!.delete(path);
      if (byPath!.size === 0) this.index.delete(domain);
    }
  }

  override removeCookies(domain: string, path: Nullable<string>): Promise<void>;
  override removeCookies(domain: string, path: Nullable<string>, callback: ErrorCallback): void;
  override removeCookies(
    domain: string,
    path: Nullable<string>,
    callback?: ErrorCallback,
  ): Promise<void> | void {
    this.onChange();
    this.onTouch(null);
    const byPath = this.index.get(domain);
    if (byPath) {
      if (path) {
        byPath.delete(path);
        if (byPath.size === 0) this.index.delete(domain);
      } else this.index.delete(domain);
    }
    return settle(undefined, callback);
  }

  override removeAllCookies(): Promise<void>;
  override removeAllCookies(callback: ErrorCallback): void;
  override removeAllCookies(callback?: ErrorCallback): Promise<void> | void {
    this.onChange();
    this.onTouch(null);
    this.index = new Map();
    return settle(undefined, callback);
  }

  override getAllCookies(): Promise<Cookie[]>;
  override getAllCookies(callback: Callback<Cookie[]>): void;
  override getAllCookies(callback?: Callback<Cookie[]>): Promise<Cookie[]> | void {
    // As MemoryCookieStore: in the order the cookies were created (serialization relies on it).
    const all = [...this.each()].sort((a, b) => (a.creationIndex || 0) - (b.creationIndex || 0));
    return settle(all, callback);
  }

  /** One cookie by its identity, expired or not. */
  get(domain: string, path: string, key: string): Cookie | undefined {
    return this.index.get(domain)?.get(path)?.get(key);
  }

  /** The domains that hold cookies, each with its cookies (expired ones included). */
  *domains(): Generator<[domain: string, cookies: Iterable<Cookie>]> {
    for (const [domain, byPath] of this.index) yield [domain, cookiesOf(byPath)];
  }

  /** Every stored cookie, synchronously (the store is synchronous; no sort, no copy of the cookies). */
  *each(): Generator<Cookie> {
    for (const byPath of this.index.values()) yield* cookiesOf(byPath);
  }

  /** Every cookie that has not expired at nowMs, in index order, as one array (the save walks them all). */
  unexpired(nowMs: number): Cookie[] {
    const out: Cookie[] = [];
    for (const byPath of this.index.values()) {
      for (const byName of byPath.values()) {
        for (const c of byName.values()) {
          if (!(c.expires instanceof Date && c.expires.getTime() <= nowMs)) out.push(c);
        }
      }
    }
    return out;
  }

  /** Puts a cookie without reporting a change (the caller reports one for the batch) and without a promise. */
  putQuietly(cookie: Cookie): void {
    const { domain, path, key } = cookie;
    if (domain == null || path == null || key == null) return;
    let byPath = this.index.get(domain);
    if (!byPath) {
      byPath = new Map();
      this.index.set(domain, byPath);
    }
    let byName = byPath.get(path);
    if (!byName) {
      byName = new Map();
      byPath.set(path, byName);
    }
    const replaced = byName.get(key);
    byName.set(key, cookie);
    if (replaced !== undefined && replaced !== cookie) this.onTouch(replaced);
    this.onTouch(cookie);
  }
}

function* cookiesOf(byPath: ByPath): Generator<Cookie> {
  for (const byName of byPath.values()) yield* byName.values();
}
