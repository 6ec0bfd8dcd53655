// app://crumbs/ serves the built renderer (out/renderer) and nothing else, each response with the CSP.
// A privileged standard scheme gives the renderer a real origin (storage, fetch, CSP 'self') without file://.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentTypeFor } from '../../shared/web';
import { findRendererFile } from '../core/assets/renderer-files';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Must run before app 'ready': Electron only accepts privileged schemes then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}

function failure(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return failure(400, 'Bad request');
    }
    if (url.host !== APP_HOST || url.username !== '' || url.password !== '') return failure(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405, 'Method not allowed');
    const found = await findRendererFile(rendererDir, url.pathname);
    if ('refused' in found)
      return found.refused === 'bad-path' ? failure(403, 'Forbidden') : failure(404, 'Not found');
    const { file } = found;
    try {
      const headers = securityHeaders(contentTypeFor(file));
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
    } catch {
      return failure(404, 'Not found');
    }
  };
}

/** After 'ready'. */
export function installAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
