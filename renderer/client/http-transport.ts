// Browser mode: the same contract over `POST /api/<method>` on the page's own origin, authorised by the
// token `crumbs serve` printed in the URL.
import type { Transport } from '../../shared/client';
import { failure, parseEnvelope } from './envelope';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpTransportOptions {
  token: string;
  /** Defaults to the window's fetch. */
  fetch?: FetchLike;
  /** Prefix of every method URL. */
  baseUrl?: string;
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  // Called through an arrow: the browser's fetch throws "Illegal invocation" when detached from window.
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const baseUrl = options.baseUrl ?? '/api/';
  return async (method, input) => {
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return failure('INTERNAL', 'Crumbs could not be reached. Is `crumbs serve` still running?');
    }
    const body: unknown = await response.json().catch(() => null);
    const envelope = parseEnvelope(body);
    if (envelope) return envelope;
    if (response.status === 401) return failure('UNAUTHORIZED', 'The access token was not accepted.');
    return failure('INTERNAL', `Crumbs answered with HTTP ${response.status} and no readable body.`);
  };
}
