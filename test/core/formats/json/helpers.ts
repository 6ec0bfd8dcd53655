// Shared by the JSON-family tests: fixtures as the registry would hand them over (bytes → ReadInput),
// a cookie with defaults, and a check that nothing reached Object.prototype.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { CookieData } from '../../../../shared/model';
import { makeInput } from '../../../../electron/core/formats/input';
import type { ReadInput, ReadOptions, ReadResult, Reader } from '../../../../electron/core/formats/plugin';

/** 2025-01-01T00:00:00Z: "now" for Max-Age. */
export const NOW_MS = Date.UTC(2025, 0, 1);
export const NOW_SEC = NOW_MS / 1000;

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`../../../fixtures/formats/json/${name}`, import.meta.url));
}

export function fixtureInput(name: string, as = name): ReadInput {
  return makeInput(as, fixtureBytes(name));
}

export function textInput(name: string, text: string): ReadInput {
  return makeInput(name, new TextEncoder().encode(text));
}

export async function readWith(
  reader: Reader,
  input: ReadInput,
  options: Partial<ReadOptions> = {},
): Promise<ReadResult> {
  return reader.read(input, { nowMs: NOW_MS, ...options });
}

export function cookie(
  fields: Partial<CookieData> & Pick<CookieData, 'name' | 'value' | 'domain'>,
): CookieData {
  return {
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
    ...fields,
  };
}

export function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}
