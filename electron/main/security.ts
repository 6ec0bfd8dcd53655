// Rules every webContents lives by, whoever created it: no new windows, no navigation off app://crumbs,
// no <webview>, no permissions but clipboard writes from our own page. External http(s) links go to the OS browser, after validation.
import { app, session, shell, type Session, type WebContents } from 'electron';
import { externalWebUrl, isAppUrl } from './app-origin';
import { consoleLogger, type Logger } from './log';

export function openExternalSafely(raw: string, log: Logger = consoleLogger): boolean {
  const href = externalWebUrl(raw);
  if (href === null) {
    log.warn('Refused to open a link that is not http(s).');
    return false;
  }
  shell.openExternal(href).catch((err: unknown) => log.error('The OS browser could not open a link.', err));
  return true;
}

export function hardenWebContents(contents: WebContents, log: Logger = consoleLogger): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, log);
    return { action: 'deny' };
  });
  const stayInApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The one permission the UI needs (its Copy buttons use navigator.clipboard.writeText), for our page only. */
const APP_PAGE_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

function isGranted(permission: string, url: string | undefined): boolean {
  return APP_PAGE_PERMISSIONS.has(permission) && url !== undefined && isAppUrl(url);
}

/** Everything else (camera, geolocation, notifications, clipboard reads, …) is denied to every page. */
export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isGranted(permission, details.requestingUrl)),
  );
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isGranted(permission, requestingOrigin),
  );
}

/** web-contents-created may be hooked before 'ready'; the session handlers wait for it. */
export function installSecurityHandlers(log: Logger = consoleLogger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
}

export function installSessionSecurity(): void {
  denyPermissions(session.defaultSession);
}
