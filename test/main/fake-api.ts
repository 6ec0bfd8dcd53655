// A small fake of the core's Api (main glue tests are the one place DESIGN.md allows one): it records the
// parsed input each method received and answers with fixed, contract-shaped values.
import type { Api, Method } from '../../shared/contract';
import type { ImportReport } from '../../shared/model';
import type { Core } from '../../electron/core';
import { localClient } from '../../electron/core/local-client';
import { EventHub } from '../../shared/events';

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
      return { version: '0.1.0', dataDir: '/fake', cookieCount: 2, keyProtection: 'keyfile' };
    },
    'sites.list': async (input) => {
      record('sites.list', input);
      return [];
    },
    'sites.get': async (input) => {
      record('sites.get', input);
      return { site: input.site, policy: null, cookies: [], storage: [] };
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
    closeCalls: 0,
    async close() {
      core.closeCalls++;
      if (close) await close();
    },
  };
  return core;
}
