// The renderer's one origin. Node's URL gives custom schemes an opaque origin ("null"), so origins are
// compared by scheme + host here rather than with URL.origin.
export const APP_SCHEME = 'app';
export const APP_HOST = 'crumbs';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for app://crumbs/… with no port or credentials. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The normalised href of an https URL the OS browser may open, or null for anything else. Plain http is
 * refused too: a link in text a website wrote must not send the user anywhere unencrypted (Electron's
 * checklist, and issue "the Electron shell").
 */
export function externalWebUrl(raw: string): string | null {
  const url = parse(raw);
  if (url === null || url.protocol !== 'https:' || url.hostname === '') return null;
  return url.href;
}
