// The browser-mode token arrives once, in the fragment of the URL `crumbs serve` prints (`#token=<hex>`).
// It is kept in sessionStorage so a reload works, and taken out of the address bar so it is not left in
// history or shared by copying the URL. This is separate from routing, which also lives in the fragment.
export const TOKEN_KEY = 'crumbs.token';

// `crumbs serve` makes hex tokens; tests may fix any URL-safe one, which the server accepts too.
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,512}$/;

type LocationLike = Pick<Location, 'hash' | 'pathname' | 'search'>;
type HistoryLike = Pick<History, 'replaceState' | 'state'>;
type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function tokenFromFragment(hash: string): string | null {
  if (!hash.startsWith('#')) return null;
  const token = new URLSearchParams(hash.slice(1)).get('token');
  return token !== null && TOKEN_PATTERN.test(token) ? token : null;
}

/** Reads the token from the URL (then forgets it there) or from the session; null when there is none. */
export function takeToken(location: LocationLike, history: HistoryLike, storage: StorageLike): string | null {
  const fromUrl = tokenFromFragment(location.hash);
  if (fromUrl !== null) {
    storage.setItem(TOKEN_KEY, fromUrl);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromUrl;
  }
  const stored = storage.getItem(TOKEN_KEY);
  return stored !== null && TOKEN_PATTERN.test(stored) ? stored : null;
}

export function forgetToken(storage: StorageLike): void {
  storage.removeItem(TOKEN_KEY);
}
