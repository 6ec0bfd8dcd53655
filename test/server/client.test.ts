// The shared client over fetch, as the renderer will use it in browser mode: same contract, same errors.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient, type Transport } from '../../shared/client';
import type { Envelope } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import { TEST_TOKEN, netscapeText, startFixture, type Fixture } from './helpers';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx?.close();
});

function httpTransport(origin: string, token: string): Transport {
  return async (method, input) => {
    const res = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Envelope;
  };
}

it('carries values and error codes through fetch and the shared client', async () => {
  const client = createClient(httpTransport(fx.server.origin, TEST_TOKEN));
  const report = await client['import.run']({
    files: [{ name: 'c.txt', content: netscapeText('client-fixture.net', ['a']) }],
  });
  expect(report.imported).toBe(1);
  expect((await client['app.info']({})).cookieCount).toBe(1);
  expect((await client['sites.list']({})).map((s) => s.site)).toContain('client-fixture.net');

  const error = await client['sites.get']({ site: '' }).catch((err: unknown) => err);
  expect(error).toBeInstanceOf(CrumbsError);
  expect(error).toMatchObject({ code: 'VALIDATION' });

  const stranger = createClient(httpTransport(fx.server.origin, 'f'.repeat(64)));
  await expect(stranger['app.info']({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
});
