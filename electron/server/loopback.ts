// Browser mode must never be reachable from another machine: the only hosts accepted are loopback
// addresses, and a name is resolved here (never by the OS resolver) so what is bound is always an IP.
import { isIPv4 } from 'node:net';
import { CrumbsError } from '../../shared/errors';

export interface BindAddress {
  /** The IP literal handed to listen(). */
  ip: string;
  family: 4 | 6;
}

export function resolveLoopbackHost(host: string | undefined): BindAddress {
  const raw = (host ?? '127.0.0.1').trim().toLowerCase();
  const unbracketed = raw.startsWith('[') && raw.endsWith(']') ? raw.slice(1, -1) : raw;
  if (unbracketed === 'localhost') return { ip: '127.0.0.1', family: 4 };
  if (unbracketed === '::1') return { ip: '::1', family: 6 };
  if (isIPv4(unbracketed) && unbracketed.split('.')[0] === '127') return { ip: unbracketed, family: 4 };
  throw new CrumbsError(
    'VALIDATION',
    `Browser mode only listens on this computer (127.0.0.1, ::1 or localhost); "${host ?? ''}" would expose ` +
      'your cookies to other machines and is refused.',
  );
}

/** How the bound address is written in a URL authority. */
export function authorityOf(address: BindAddress, port: number): string {
  return address.family === 6 ? `[${address.ip}]:${port}` : `${address.ip}:${port}`;
}

/**
 * Host header values a request may carry. Anything else is a page on another name that resolves to us
 * (DNS rebinding), so the name must be ours exactly; `localhost` is always what the user may type.
 */
export function allowedAuthorities(address: BindAddress, port: number): Set<string> {
  return new Set([authorityOf(address, port), `localhost:${port}`]);
}

export function allowedOrigins(address: BindAddress, port: number): Set<string> {
  return new Set([...allowedAuthorities(address, port)].map((a) => `http://${a}`));
}
