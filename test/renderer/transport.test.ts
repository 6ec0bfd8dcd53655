// The browser-mode transport against a fake fetch (the only place a fake fetch is used), plus the token
// handling that feeds it.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/client';
import { CrumbsError } from '../../shared/errors';
import { createHttpTransport, type FetchLike } from '../../renderer/client/http-transport';
import { createIpcTransport, findBridge } from '../../renderer/client/ipc-transport';
import { TOKEN_KEY, forgetToken, takeToken } from '../../renderer/client/token';

const TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function fakeFetch(respond: (url: string, init: RequestInit) => Response) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, init });
    return respond(url, init);
  };
  return { fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP transport', () => {
  it('POSTs JSON to /api/<method> with the bearer token and returns the parsed value', async () => {
    const { fetch, requests } = fakeFetch(() => json({ ok: true, value: { value: 'v' } }));
    const client = createClient(createHttpTransport({ token: TOKEN, fetch }));
    const answer = await client['cookies.reveal']({ domain: 'a.test', path: '/', name: 'n' });
    expect(answer).toEqual({ value: 'v' });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/api/cookies.reveal');
    expect(request?.init.method).toBe('POST');
    const headers = new Headers(request?.init.headers);
    expect(headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(request?.init.body))).toEqual({ domain: 'a.test', path: '/', name: 'n' });
  });

  it('turns an error envelope into a CrumbsError with its code, also on 4xx', async () => {
    const { fetch } = fakeFetch(() =>
      json({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Bad token.' } }, 401),
    );
    const client = createClient(createHttpTransport({ token: TOKEN, fetch }));
    const error = await client['sites.list']({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrumbsError);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: 'Bad token.' });
  });

  it('keeps error details and maps unreadable bodies and network failures to errors', async () => {
    const details = { rejected: 2 };
    let mode: 'details' | 'html401' | 'html502' | 'offline' = 'details';
    const { fetch } = fakeFetch(() => {
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      if (mode === 'html401') return new Response('<h1>no</h1>', { status: 401 });
      if (mode === 'html502') return new Response('<h1>bad gateway</h1>', { status: 502 });
      return json({ ok: false, error: { code: 'IMPORT_INVALID', message: '2 rows.', details } }, 422);
    });
    const client = createClient(createHttpTransport({ token: TOKEN, fetch }));
    const run = (): Promise<CrumbsError> =>
      client['app.info']({}).then(
        () => {
          throw new Error('expected a failure');
        },
        (e: unknown) => e as CrumbsError,
      );

    expect(await run()).toMatchObject({ code: 'IMPORT_INVALID', message: '2 rows.', details });
    mode = 'html401';
    expect((await run()).code).toBe('UNAUTHORIZED');
    mode = 'html502';
    expect(await run()).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('502') });
    mode = 'offline';
    expect(await run()).toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('could not be reached'),
    });
  });

  it('rejects an answer that does not match the contract', async () => {
    const { fetch } = fakeFetch(() => json({ ok: true, value: { version: 1 } }));
    const client = createClient(createHttpTransport({ token: TOKEN, fetch }));
    await expect(client['app.info']({})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('IPC transport', () => {
  it('uses window.crumbs.invoke when the preload exposed it', async () => {
    const seen: unknown[] = [];
    const bridge = {
      invoke: async (method: string, input: unknown) => {
        seen.push([method, input]);
        return { ok: true as const, value: { restored: 3 } };
      },
      onNavigate: () => () => undefined,
      onEvent: () => () => undefined,
    };
    expect(findBridge({ crumbs: bridge } as unknown as Window)).toBe(bridge);
    expect(findBridge({} as Window)).toBeNull();
    const client = createClient(createIpcTransport(bridge));
    expect(await client['jar.undo']({ undoId: 'u1' })).toEqual({ restored: 3 });
    expect(seen).toEqual([['jar.undo', { undoId: 'u1' }]]);
  });
});

describe('token', () => {
  function fakeHistory() {
    const urls: string[] = [];
    return {
      urls,
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void urls.push(String(url)),
      },
    };
  }

  it('takes the token from the fragment, stores it and removes it from the address bar', () => {
    const { urls, history } = fakeHistory();
    const token = takeToken(
      { hash: `#token=${TOKEN}`, pathname: '/', search: '' },
      history,
      window.sessionStorage,
    );
    expect(token).toBe(TOKEN);
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBe(TOKEN);
    expect(urls).toEqual(['/']);

    // A reload: no fragment any more, the session still has it.
    const again = fakeHistory();
    expect(takeToken({ hash: '', pathname: '/', search: '' }, again.history, window.sessionStorage)).toBe(
      TOKEN,
    );
    expect(again.urls).toEqual([]);

    forgetToken(window.sessionStorage);
    expect(
      takeToken({ hash: '#/sites', pathname: '/', search: '' }, again.history, window.sessionStorage),
    ).toBeNull();
  });

  it('accepts the URL-safe tokens the server allows for fixed test tokens', () => {
    const { history } = fakeHistory();
    const fixed = 'e2e_token-0123456789.abc~';
    expect(
      takeToken({ hash: `#token=${fixed}`, pathname: '/', search: '' }, history, window.sessionStorage),
    ).toBe(fixed);
  });

  it('ignores a fragment that is a route or a malformed token', () => {
    const { urls, history } = fakeHistory();
    expect(
      takeToken({ hash: '#/site/token=abc', pathname: '/', search: '' }, history, window.sessionStorage),
    ).toBeNull();
    expect(
      takeToken({ hash: '#token=not-hex!', pathname: '/', search: '' }, history, window.sessionStorage),
    ).toBeNull();
    expect(urls).toEqual([]);
  });
});
