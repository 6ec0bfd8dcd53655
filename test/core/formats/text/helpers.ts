import { readFileSync } from 'node:fs';
import type { CookieData } from '../../../../shared/model';
import { makeInput } from '../../../../electron/core/formats/input';
import type { ReadInput } from '../../../../electron/core/formats/plugin';

export function fixture(name: string): ReadInput {
  return makeInput(name, readFileSync(new URL(`../../../fixtures/formats/text/${name}`, import.meta.url)));
}

export function textInput(name: string, text: string): ReadInput {
  return makeInput(name, new TextEncoder().encode(text));
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

/** 2026-01-01T00:00:00Z */
export const NEW_YEAR_2026 = 1_767_225_600;
