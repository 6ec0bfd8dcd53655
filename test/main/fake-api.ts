// A small fake of the core's Api (main glue tests are the one place DESIGN.md allows one): it records the
// parsed input each method received and answers with fixed, contract-shaped values.
import type { Api, Method } from '../../shared/contract';
import type { ImportReport } from '../../shared/model';
import type { Core } from '../../electron/core';
import { localClient } from '../../electron/core/local-client';
import { EventHub } from '../../shared/events';
import { policyContract } from '../../shared/contract-policy';
import { consentContract } from '../../shared/contract-consent';

const VALUE_STORAGE = {
  protection: 'keyfile',
  unprotected: false,
  consent: 'not-needed',
  allowedAt: null,
} as const;
type PolicyMethod = keyof typeof policyContract;
type ProfileMethod = keyof typeof consentContract;

export interface FakeApi {
  api: Api;
  calls: { method: Method; input: unknown }[];
}

/** An import that changed nothing, shaped as the contract says. */
function emptyReport(dryRun: boolean): ImportReport {
  return {
    imported: 0,
    updated: 0,
    skipped: 0,
    rejected: [],
    warnings: [],
    storage: { imported: 0, updated: 0 },
    files: [],
    applied: !dryRun,
    dryRun,
  };
}

export function createFakeApi(overrides: Partial<Api> = {}): FakeApi {
  const calls: FakeApi['calls'] = [];
  const record = (method: Method, input: unknown): void => {
    calls.push({ method, input });
  };
  const api = {
    'app.info': async (input) => {
      record('app.info', input);
      return {
        version: '0.1.0',
        dataDir: '/fake',
        cookieCount: 2,
        keyProtection: 'keyfile',
        notices: [],
        valueStorage: VALUE_STORAGE,
      };
    },
    'sites.list': async (input) => {
      record('sites.list', input);
      return [];
    },
    'sites.get': async (input) => {
      record('sites.get', input);
      return { site: input.site, policy: null, cookies: [], storage: [], findings: [] };
    },
    'sites.delete': async (input) => {
      record('sites.delete', input);
      return { removed: 0, undoId: null };
    },
    'cookies.reveal': async (input) => {
      record('cookies.reveal', input);
      return { value: 'v' };
    },
    'cookies.delete': async (input) => {
      record('cookies.delete', input);
      return { removed: input.keys.length, undoId: 'u1' };
    },
    'storage.reveal': async (input) => {
      record('storage.reveal', input);
      return { value: 'v' };
    },
    'storage.delete': async (input) => {
      record('storage.delete', input);
      return { removed: input.keys.length, undoId: 'u2' };
    },
    'jar.undo': async (input) => {
      record('jar.undo', input);
      return { restored: 0 };
    },
    'import.run': async (input) => {
      record('import.run', input);
      return emptyReport(input.dryRun);
    },
    'browsers.list': async (input) => {
      record('browsers.list', input);
      return [];
    },
    'import.browser': async (input) => {
      record('import.browser', input);
      return emptyReport(input.dryRun);
    },
    'export.run': async (input) => {
      record('export.run', input);
      return { filename: 'cookies.txt', mediaType: 'text/plain', content: '', count: 0, lost: [] };
    },
    'storage.allowUnprotected': async (input) => {
      record('storage.allowUnprotected', input);
      return VALUE_STORAGE;
    },
    'storage.rotateKey': async (input) => {
      record('storage.rotateKey', input);
      return VALUE_STORAGE;
    },
    ...policyMethods(record),
    ...profileMethods(record),
    'cookies.save': async (input) => {
      record('cookies.save', input);
      const { cookie } = input;
      return {
        cookie: {
          ...cookie,
          value: undefined,
          site: cookie.domain,
          creation: null,
          valueLength: cookie.value.length,
          classification: {
            category: 'unclassified',
            by: 'unclassified',
            matched: null,
            supplier: null,
            duration: null,
          },
        },
        undoId: 'u5',
      };
    },
    'jar.query': async (input) => {
      record('jar.query', input);
      return { total: 0, size: 0, offset: input.offset, rows: [], revision: '0' };
    },
    'jar.storage': async (input) => {
      record('jar.storage', input);
      return [];
    },
  } satisfies Api;
  return { api: { ...api, ...overrides }, calls };
}

export interface FakeCore extends Core {
  closeCalls: number;
}

export function createFakeCore(
  dataDir: string,
  api: Api = createFakeApi().api,
  close?: () => Promise<void>,
): FakeCore {
  const core: FakeCore = {
    api,
    client: localClient(api),
    dataDir,
    keyProtection: 'keyfile',
    cookies: () => [],
    storage: () => [],
    events: new EventHub(),
    importFiles: () => Promise.reject(new Error('the main process never imports through this path')),
    safety: {
      state: () => ({ protection: 'keyfile', unprotected: false, consent: 'not-needed', allowedAt: null }),
      allowUnprotected: () => Promise.reject(new Error('the fake core has no key file')),
      rotateDataKey: () => Promise.reject(new Error('the fake core has no key file')),
    },
    closeCalls: 0,
    async close() {
      core.closeCalls++;
      if (close) await close();
    },
  };
  return core;
}

/** The policy, catalog and report methods, answering with the smallest values the contract allows. */
function policyMethods(record: (method: Method, input: unknown) => void): Pick<Api, PolicyMethod> {
  const policy = {
    site: 'a.example',
    publisher: '',
    language: 'en',
    intro: '',
    sections: [],
    entries: [],
    source: { kind: 'edited' as const, label: 'fake', at: '2026-01-01T00:00:00.000Z', url: null, file: null },
  };
  const info = { builtin: 0, loaded: null, total: 0 };
  const report = { generatedAt: '2026-01-01T00:00:00.000Z', sites: [], findings: [] };
  const doc = { content: '', fileName: 'f', mediaType: 'text/plain' };
  return {
    'policy.import': async (input) => {
      record('policy.import', input);
      return {
        file: input.file.name,
        format: 'html',
        formatReason: 'fake',
        site: 'a.example',
        tables: 0,
        policy,
        problems: [],
        replaces: false,
        applied: !input.dryRun,
        dryRun: input.dryRun,
        undoId: null,
      };
    },
    'policy.save': async (input) => {
      record('policy.save', input);
      return { policy, undoId: 'u3' };
    },
    'policy.delete': async (input) => {
      record('policy.delete', input);
      return { removed: 0, undoId: null };
    },
    'policy.export': async (input) => {
      record('policy.export', input);
      return doc;
    },
    'catalog.info': async (input) => {
      record('catalog.info', input);
      return info;
    },
    'catalog.import': async (input) => {
      record('catalog.import', input);
      return { file: input.file.name, entries: 0, problems: [], applied: false, info };
    },
    'report.run': async (input) => {
      record('report.run', input);
      return report;
    },
    'report.export': async (input) => {
      record('report.export', input);
      return doc;
    },
  };
}

/** The consent-profile methods, with the smallest answers the contract allows. */
function profileMethods(record: (method: Method, input: unknown) => void): Pick<Api, ProfileMethod> {
  const all = {
    necessary: true as const,
    preferences: true,
    statistics: true,
    marketing: true,
    social: true,
  };
  const profile = { name: 'accept-all', categories: all, sites: {}, gpc: false };
  return {
    'profiles.list': async (input) => {
      record('profiles.list', input);
      return { profiles: [{ ...profile, builtin: true }], active: 'accept-all' };
    },
    'profiles.save': async (input) => {
      record('profiles.save', input);
      return { profile: input.profile, undoId: 'u4' };
    },
    'profiles.delete': async (input) => {
      record('profiles.delete', input);
      return { removed: 0, undoId: null };
    },
    'profiles.use': async (input) => {
      record('profiles.use', input);
      return { active: input.name };
    },
    'profiles.import': async (input) => {
      record('profiles.import', input);
      return { imported: [], problems: [], undoId: null };
    },
    'profiles.export': async (input) => {
      record('profiles.export', input);
      return { content: '{}', fileName: 'profiles.json', mediaType: 'application/json' };
    },
    'consent.cmps': async (input) => {
      record('consent.cmps', input);
      return [];
    },
    'consent.encode': async (input) => {
      record('consent.encode', input);
      return {
        profile: 'accept-all',
        choices: all,
        target: { host: 'a.example', site: 'a.example', origin: 'https://a.example' },
        state: { cmp: input.cmp, cookies: [], storage: [], headers: {}, initScripts: [], notes: [] },
        document: { content: '{}', fileName: 'state.json', mediaType: 'application/json' },
      };
    },
    'consent.write': async (input) => {
      record('consent.write', input);
      return emptyReport(false);
    },
    'consent.decode': async (input) => {
      record('consent.decode', input);
      return [];
    },
    'profiles.apply': async (input) => {
      record('profiles.apply', input);
      return {
        profile: 'accept-all',
        site: null,
        removed: { cookies: [], storage: [] },
        kept: { consent: 0, rules: 0, unclassified: 0, allowed: 0 },
        dryRun: input.dryRun,
        applied: false,
        undoId: null,
      };
    },
  };
}
