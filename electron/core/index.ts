// Entry point of the core for every host (Electron main, CLI, browser-mode server, tests).
import type { Api, Client } from '../../shared/contract';
import { localClient } from './local-client';
import { EventHub } from '../../shared/events';
import type { Cookie, ImportReport, StorageEntry } from '../../shared/model';
import { importFiles, type ImportBytes, type ImportOptions } from './jar/import';
import { toModel } from './jar/convert';
import { normalizeSite } from './jar/site';
import { createApi } from './api';
import { PolicyServices } from './policy/service';
import { openDocument, type DocumentNotice } from './storage/documents';
import { PROFILES_DOCUMENT, ProfileStore } from './consent/profiles/store';
import { Jar } from './jar/jar';
import { ensureDataDir } from './storage/data-dir';
import { loadDataKey, type KeyProtection } from './storage/data-key';
import { acquireLock, type DirLock } from './storage/lock';
import type { KeyProtector } from './storage/key-protector';
import { coreSafety, StorageSafety, type CoreSafety, type UnprotectedConsent } from './storage/safety';
import { removeStaleTemps } from './storage/stale-temps';

export type { KeyProtector } from './storage/key-protector';
export { defaultDataDir } from './storage/data-dir';

export interface OpenCoreOptions {
  dataDir: string;
  /** Absent in plain Node: the data key is kept in a 0600 file. */
  keyProtector?: KeyProtector;
  /** Read without taking the data-directory lock; nothing is ever written. */
  readOnly?: boolean;
  /** Shown in the lock file so a refused second process can say who holds the directory. */
  owner?: string;
  /** Called when a background save fails (the changes stay in memory and are retried). */
  onSaveError?: (err: unknown) => void;
  /**
   * The app passes 'ask': when its data key has no OS protection (basic_text, or no safeStorage at all),
   * the jar refuses writes (STORAGE_UNPROTECTED) until `safety.allowUnprotected()`. 'granted': the user
   * already agreed. Absent (plain Node): the 0600 key file is the documented protection; basic_text asks.
   */
  basicTextConsent?: UnprotectedConsent;
}

export interface Core {
  /** The contract's methods, taking parsed input (for IPC and HTTP bindings, which parse first). */
  api: Api;
  /** The same methods taking raw input, parsed here: for in-process callers (CLI, tests). */
  client: Client;
  dataDir: string;
  keyProtection: KeyProtection;
  /** Every live cookie with its value, for trusted local hosts (the CLI); UIs go through `api`. */
  cookies(site?: string): Cookie[];
  /** Every localStorage entry with its value (for the CLI). */
  storage(site?: string): StorageEntry[];
  /** Import from bytes the host read itself (the CLI): no base64 round trip through the contract. */
  importFiles(files: ImportBytes[], options: ImportOptions): Promise<ImportReport>;
  /** What the core pushes to UIs (import progress); hosts forward it over IPC or HTTP. */
  events: Pick<EventHub, 'subscribe'>;
  /** How cookie values are protected at rest, the user's agreement to store them unprotected, rotation. */
  safety: CoreSafety;
  /** Writes pending changes and releases the lock. */
  close(): Promise<void>;
}

export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const readOnly = options.readOnly ?? false;
  const { dataDir } = options;
  let lock: DirLock | null = null;
  if (!readOnly) {
    ensureDataDir(dataDir);
    lock = acquireLock(dataDir, options.owner ?? `crumbs (pid ${process.pid})`);
    removeStaleTemps(dataDir);
  }
  try {
    const dataKey = await loadDataKey(dataDir, options.keyProtector, readOnly);
    const safety = await StorageSafety.open({
      dataDir,
      protector: options.keyProtector,
      readOnly,
      dataKey,
      consent: options.basicTextConsent,
    });
    const notices: DocumentNotice[] = [];
    const events = new EventHub();
    const jar = Jar.open({
      dataDir,
      key: dataKey?.key ?? null,
      previousKey: dataKey?.previous,
      readOnly,
      onNotice: (n) => notices.push(n),
      guardWrite: () => safety.assertValuesMayBeStored(),
      onChange: (revision) => events.emit('data.changed', { what: 'jar', revision }),
      ...(options.onSaveError ? { onSaveError: options.onSaveError } : {}),
    });
    await safety.settle(jar);
    const keyProtection = safety.state().protection;
    let closed = false;
    const policies = new PolicyServices(
      dataDir,
      readOnly,
      (n) => notices.push(n),
      (what, revision) => events.emit('data.changed', { what, revision }),
    );
    let profileRevision = 0;
    const profiles = new ProfileStore(
      openDocument(dataDir, PROFILES_DOCUMENT, {
        readOnly,
        onNotice: (n) => notices.push(n),
        onWrite: () => events.emit('data.changed', { what: 'profiles', revision: ++profileRevision }),
      }),
    );
    const coreSafe = coreSafety(safety, jar);
    const api = createApi({
      jar,
      events,
      dataDir,
      keyProtection,
      policies,
      profiles,
      notices,
      safety: coreSafe,
    });
    return {
      api,
      client: localClient(api),
      events,
      dataDir,
      keyProtection,
      safety: coreSafe,
      cookies(site) {
        const list = site === undefined ? jar.live() : jar.ofSite(normalizeSite(site));
        return list
          .map(toModel)
          .sort(
            (a, b) =>
              a.site.localeCompare(b.site) ||
              a.name.localeCompare(b.name) ||
              a.domain.localeCompare(b.domain),
          );
      },
      storage(site) {
        return site === undefined ? jar.storageEntries() : jar.storageOfSite(normalizeSite(site));
      },
      importFiles: (files, importOptions) => importFiles(jar, files, importOptions),
      async close() {
        if (closed) return;
        closed = true;
        try {
          jar.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
