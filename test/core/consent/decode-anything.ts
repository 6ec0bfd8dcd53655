// One property for every closed-platform adapter: whatever its cookies and storage keys hold, decode never throws
// and always gives a reading the contract's schema accepts.
import { expect } from 'vitest';
import fc from 'fast-check';
import { ConsentReading, type CmpId } from '../../../shared/consent';
import type { CmpAdapter } from '../../../electron/core/consent/adapter';

export function expectDecodeOfAnything<O>(
  adapter: CmpAdapter<O> & { id: CmpId },
  names: { cookies: string[]; storage: string[] },
  options: O,
): void {
  const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.constant('%E0%A4%A'));
  fc.assert(
    fc.property(fc.array(value, { minLength: 4, maxLength: 4 }), (values) => {
      const reading = adapter.decode(
        {
          cookies: names.cookies.map((name, i) => ({
            name,
            value: values[i] ?? '',
            domain: 'www.example.com',
            hostOnly: true,
            path: '/',
            expires: null,
            httpOnly: false,
            secure: false,
            sameSite: null,
          })),
          storage: names.storage.map((name, i) => ({
            origin: 'https://www.example.com',
            name,
            value: values[i] ?? '',
          })),
        },
        options,
      );
      if (reading !== null) expect(() => ConsentReading.parse({ cmp: adapter.id, ...reading })).not.toThrow();
    }),
    { numRuns: 100 },
  );
}
