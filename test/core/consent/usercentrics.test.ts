// Usercentrics adapter: the exact uc_settings JSON and uc_user_interaction in localStorage, lenient reading of
// real-looking values, the interaction / settings id / missing-service rules, round trips and option errors.
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import type { StorageEntry } from '../../../shared/model';
import { usercentrics } from '../../../electron/core/consent/cmps/usercentrics';
import { expectDecodeOfAnything } from './decode-anything';

const target = { host: 'www.example.com', site: 'example.com', origin: 'https://www.example.com' };
const now = new Date('2025-01-31T09:16:29.122Z');
const CONTROLLER = 'c0ffee00'.repeat(8);
const options = usercentrics.options.parse({
  services: {
    HkocEodjb7: 'statistics',
    S1_9Vsuj: 'marketing',
    BJz7qNsdj: 'social',
    ryDQcVoOoZQ: 'necessary',
    Hko_qNsui: 'preferences',
  },
  settingsId: 'aB3dE5fG7',
  version: '3.2.1',
  language: 'fr',
  controllerId: CONTROLLER,
});

const ALL: Choices[] = Array.from({ length: 16 }, (_, i) => ({
  necessary: true,
  preferences: (i & 1) !== 0,
  statistics: (i & 2) !== 0,
  marketing: (i & 4) !== 0,
  social: (i & 8) !== 0,
}));

function decodeEntries(entries: Record<string, string>, opts = options) {
  const storage: StorageEntry[] = Object.entries(entries).map(([name, value]) => ({
    origin: target.origin,
    name,
    value,
  }));
  const reading = usercentrics.decode({ cookies: [], storage }, opts);
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'usercentrics', ...reading });
  return reading;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('usercentrics encode', () => {
  it('writes uc_settings byte for byte (processor ids aside) and uc_user_interaction', () => {
    const choices: Choices = {
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: true,
    };
    const state = usercentrics.encode(choices, options, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'usercentrics', ...state });
    const history = (status: boolean, initial: boolean) =>
      `{"action":"onInitialPageLoad","language":"fr","status":${initial},"timestamp":1738314989122,"type":"implicit",` +
      `"versions":{"application":"SDK-4.28.2","service":"1.0.0","settings":"3.2.1"}},` +
      `{"action":"onUpdateServices","language":"fr","status":${status},"timestamp":1738314989122,"type":"explicit",` +
      `"versions":{"application":"SDK-4.28.2","service":"1.0.0","settings":"3.2.1"}}`;
    const service = (id: string, status: boolean, initial = false) =>
      `{"history":[${history(status, initial)}],"id":"${id}","processorId":"@@","status":${status}}`;
    const expected =
      `{"controllerId":"${CONTROLLER}","id":"aB3dE5fG7","language":"fr","services":[` +
      [
        service('HkocEodjb7', true),
        service('S1_9Vsuj', false),
        service('BJz7qNsdj', true),
        service('ryDQcVoOoZQ', true, true),
        service('Hko_qNsui', false),
      ].join(',') +
      '],"version":"3.2.1"}';
    const pattern = new RegExp(`^${escapeRegExp(expected).replace(/@@/g, '[0-9a-f]{64}')}$`);
    expect(state.cookies).toEqual([]);
    expect(state.storage).toHaveLength(2);
    expect(state.storage[0]).toMatchObject({ origin: 'https://www.example.com', name: 'uc_settings' });
    expect(state.storage[0]?.value).toMatch(pattern);
    expect(state.storage[1]).toEqual({
      origin: 'https://www.example.com',
      name: 'uc_user_interaction',
      value: 'true',
    });
  });

  it('records accept all and deny all as such, and warns about a missing settings id or services', () => {
    const all =
      usercentrics.encode(ALL[15] as Choices, options, { target, now, gpc: false }).storage[0]?.value ?? '';
    expect(all).toContain('"action":"onAcceptAllServices"');
    const none =
      usercentrics.encode(ALL[0] as Choices, options, { target, now, gpc: false }).storage[0]?.value ?? '';
    expect(none).toContain('"action":"onDenyAllServices"');
    const bare = usercentrics.encode(ALL[0] as Choices, usercentrics.options.parse({}), {
      target,
      now,
      gpc: false,
    });
    expect(bare.storage[0]?.value).toMatch(
      /^\{"controllerId":"[0-9a-f]{64}","id":"","language":"en","services":\[\],"version":"1\.0\.0"\}$/,
    );
    expect(bare.notes.join(' ')).toMatch(/settingsId is empty/);
    expect(bare.notes.join(' ')).toMatch(/No service is configured/);
  });
});

describe('usercentrics decode', () => {
  const settings = (services: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      controllerId: 'f'.repeat(64),
      id: 'aB3dE5fG7',
      language: 'fr',
      services,
      version: '3.2.1',
      ...extra,
    });
  const svc = (id: string, status: unknown, at = 1741083072345) => ({
    history: [
      {
        action: 'onInitialPageLoad',
        language: 'fr',
        status: false,
        timestamp: at - 60_000,
        type: 'implicit',
        versions: {},
      },
      { action: 'onUpdateServices', language: 'fr', status, timestamp: at, type: 'explicit', versions: {} },
    ],
    id,
    processorId: 'e'.repeat(64),
    status,
  });

  it('reads a real-looking state', () => {
    const reading = decodeEntries({
      uc_settings: settings([
        svc('HkocEodjb7', true),
        svc('S1_9Vsuj', false),
        svc('BJz7qNsdj', false),
        svc('ryDQcVoOoZQ', true),
        svc('Hko_qNsui', true),
      ]),
      uc_user_interaction: 'true',
    });
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: false,
      social: false,
    });
    expect(reading.services).toMatchObject({ HkocEodjb7: true, S1_9Vsuj: false });
    expect(reading.decidedAt).toBe('2025-03-04T10:11:12.345Z');
    expect(reading.sources).toEqual(['localStorage uc_settings', 'localStorage uc_user_interaction']);
    expect(reading.notes.join(' ')).not.toMatch(/banner|again/);
  });

  it('reads JSON stored twice over, string statuses, and a status taken from the history', () => {
    const { status: _drop, ...noStatus } = svc('S1_9Vsuj', true);
    const stored = JSON.stringify(settings([svc('HkocEodjb7', 'false'), noStatus]));
    const reading = decodeEntries({ uc_settings: stored, uc_user_interaction: 'TRUE' });
    expect(reading.services).toEqual({ HkocEodjb7: false, S1_9Vsuj: true });
    expect(reading.categories.statistics).toBe(false);
    expect(reading.categories.marketing).toBe(true);
  });

  it('says the banner comes back without the interaction flag, for another settings id, or for missing services', () => {
    const lone = decodeEntries({ uc_settings: settings([svc('HkocEodjb7', true)], { id: 'zZ9' }) });
    const notes = lone.notes.join(' ');
    expect(notes).toMatch(/uc_user_interaction is not "true": Usercentrics shows the banner/);
    expect(notes).toMatch(/Written for settings zZ9, not the site's aB3dE5fG7/);
    expect(notes).toMatch(/Services with no answer: S1_9Vsuj, BJz7qNsdj, ryDQcVoOoZQ, Hko_qNsui/);
    const older = decodeEntries({
      uc_settings: settings([], { version: '2.0.0' }),
      uc_user_interaction: 'true',
    });
    expect(older.notes.join(' ')).toMatch(/Settings version 2.0.0, the site's is 3.2.1/);
  });

  it('infers the categories from an accept-all when no service is mapped', () => {
    const bare = usercentrics.options.parse({});
    const reading = decodeEntries(
      { uc_settings: settings([svc('a', true), svc('b', true)]), uc_user_interaction: 'true' },
      bare,
    );
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: true,
      social: true,
    });
  });

  it('never throws on garbage', () => {
    const reading = decodeEntries({
      uc_settings: '{"services":[1,null,{"id":3}',
      uc_user_interaction: 'nope',
    });
    expect(reading.notes.join(' ')).toMatch(/not readable JSON/);
    expect(decodeEntries({ uc_settings: '{"services":"x"}' }).categories.statistics).toBeNull();
    expect(usercentrics.decode({ cookies: [], storage: [] }, options)).toBeNull();
    expect(
      usercentrics.detect({
        cookies: [],
        storage: [{ origin: 'https://a.b', name: 'uc_settings', value: '' }],
      }),
    ).toEqual({
      evidence: ['localStorage uc_settings'],
    });
  });
});

describe('usercentrics round trip', () => {
  it('decodes what it encodes, for all 16 choice combinations', () => {
    for (const choices of ALL) {
      const state = usercentrics.encode(choices, options, { target, now, gpc: false });
      const reading = usercentrics.decode({ cookies: [], storage: state.storage }, options);
      expect(reading?.categories).toEqual(choices);
      expect(reading?.decidedAt).toBe(now.toISOString());
      expect(reading?.notes.join(' ')).not.toMatch(/banner|again/);
    }
  });
});

describe('usercentrics options', () => {
  it.each([
    [{ settingsId: 'a b' }, ['settingsId']],
    [{ version: 'v2' }, ['version']],
    [{ language: 'French' }, ['language']],
    [{ controllerId: 'xyz' }, ['controllerId']],
    [{ services: { 'a b': 'marketing' } }, ['services', 'a b']],
  ])('rejects %j naming the field', (input, path) => {
    const result = usercentrics.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('usercentrics decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(
      usercentrics,
      { cookies: [], storage: ['uc_settings', 'uc_user_interaction'] },
      options,
    );
  });
});
