// Whether cookie values may be written to disk, and the data key's life after it is loaded.
// - An unprotected key (Linux's basic_text safeStorage backend: a fixed, public password; or the app
//   falling back to a key file) protects nothing: the jar refuses writes (STORAGE_UNPROTECTED) until the
//   user agrees, and the agreement is recorded in jar.key, so it is asked once per data directory.
// - Rotation: a new data key, the snapshot re-sealed under it, the old key kept until that is durable.
import { randomBytes } from 'node:crypto';
import { CrumbsError } from '../../../shared/errors';
import { prepareKeyFile, type DataKey, type KeyProtection } from './data-key';
import type { KeyProtector } from './key-protector';
import { KEY_LEN } from './sealing';

/** The host's stance on an unprotected key: 'ask' = the user decides; 'granted' = the user already agreed. */
export type UnprotectedConsent = 'ask' | 'granted';

export interface ValueStorageState {
  protection: KeyProtection;
  /** The data key has no OS protection: whoever can read the data directory can read the values. */
  unprotected: boolean;
  /** 'required': writes to the jar are refused until allowUnprotected(); the UI asks the user. */
  consent: 'not-needed' | 'required' | 'granted';
  /** When the user agreed (ISO time), or null. */
  allowedAt: string | null;
}

/** The jar as rotation needs it: seal the whole snapshot under a key, now, durably, synchronously. */
export interface Resealable {
  rekey(key: Buffer): void;
}

export interface SafetyOptions {
  dataDir: string;
  protector: KeyProtector | undefined;
  readOnly: boolean;
  /** null: read-only open of a directory without a key yet. */
  dataKey: DataKey | null;
  /** Absent: plain-Node hosts, whose 0600 key file is their documented protection; basic_text still asks. */
  consent?: UnprotectedConsent | undefined;
}

export class StorageSafety {
  private dataKey: DataKey | null;
  /** Key-file writers run one at a time (an agreement arriving during a rotation must not be lost). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: SafetyOptions) {
    this.dataKey = options.dataKey;
  }

  /** Records an agreement the host already has ('granted') so the next start does not ask again. */
  static async open(options: SafetyOptions): Promise<StorageSafety> {
    const safety = new StorageSafety(options);
    if (options.consent === 'granted' && safety.state().consent === 'required' && !options.readOnly) {
      await safety.allowUnprotected();
    }
    return safety;
  }

  /** The keys the snapshot may be sealed with: the current one, then one an unfinished rotation left. */
  get keys(): { key: Buffer | null; previous: Buffer | undefined } {
    return { key: this.dataKey?.key ?? null, previous: this.dataKey?.previous };
  }

  state(): ValueStorageState {
    const protection = this.dataKey?.protection ?? 'keyfile';
    const unprotected =
      protection === 'basic_text' || (protection === 'keyfile' && this.options.consent !== undefined);
    const allowedAt = this.dataKey?.unprotectedAllowedAt ?? null;
    const consent = !unprotected ? 'not-needed' : allowedAt !== null ? 'granted' : 'required';
    return { protection, unprotected, consent, allowedAt };
  }

  /** The jar calls this before every change: values are written only where the user accepts how. */
  assertValuesMayBeStored(): void {
    const state = this.state();
    if (state.consent !== 'required') return;
    const why =
      state.protection === 'basic_text'
        ? 'this system has no keyring Crumbs can use (Electron safeStorage chose its "basic_text" backend, a fixed password)'
        : 'the system keychain is not available, so the key to the values would sit in a plain file';
    throw new CrumbsError(
      'STORAGE_UNPROTECTED',
      `Cookie values would be stored with no real protection: ${why}. Anyone who can read your files could read them. ` +
        'Nothing was saved. Agree to store them anyway, or set up a keyring (GNOME Keyring, KWallet) and restart Crumbs.',
      { protection: state.protection },
    );
  }

  /** The user agreed to store values under an unprotected key: recorded in jar.key, asked no more. */
  allowUnprotected(now = new Date()): Promise<ValueStorageState> {
    return this.serial(async () => {
      const current = this.writableKey();
      if (current.unprotectedAllowedAt !== undefined) return this.state();
      const next: DataKey = { ...current, unprotectedAllowedAt: now.toISOString() };
      (await prepareKeyFile(this.options.dataDir, this.options.protector, next))();
      this.dataKey = next;
      return this.state();
    });
  }

  /** At open: a rotation that stopped half-way is finished (the snapshot sealed under the new key). */
  settle(jar: Resealable): Promise<void> {
    return this.serial(() => this.settleNow(jar));
  }

  /**
   * A new data key. Crash-safe at every step: (1) jar.key holds the new key and keeps the old one,
   * (2) the snapshot is re-sealed under the new key, durably, (3) jar.key drops the old key. A reader
   * tries the new key, then the old one; an open after (1) or (2) finishes the rotation (settle).
   */
  rotate(jar: Resealable): Promise<void> {
    return this.serial(async () => {
      await this.settleNow(jar);
      const current = this.writableKey();
      const next: DataKey = { ...current, key: randomBytes(KEY_LEN), protection: this.protection() };
      const during: DataKey = { ...next, previous: current.key };
      // Keychain calls are the only awaits of a rotation, and they come first.
      const writeDuring = await prepareKeyFile(this.options.dataDir, this.options.protector, during);
      const writeAfter = await prepareKeyFile(this.options.dataDir, this.options.protector, next);
      // From here on, synchronous: no debounced save of the jar can slip in between the steps.
      writeDuring();
      this.dataKey = during;
      jar.rekey(next.key);
      writeAfter();
      this.dataKey = next;
    });
  }

  private async settleNow(jar: Resealable): Promise<void> {
    const current = this.dataKey;
    if (!current?.previous || this.options.readOnly) return;
    const settled: DataKey = { ...current };
    delete settled.previous;
    const write = await prepareKeyFile(this.options.dataDir, this.options.protector, settled);
    jar.rekey(current.key);
    write();
    this.dataKey = settled;
  }

  private protection(): KeyProtection {
    return this.options.protector?.kind ?? 'keyfile';
  }

  private writableKey(): DataKey {
    if (this.options.readOnly || !this.dataKey) {
      throw new CrumbsError('LOCKED', 'The data directory was opened read-only; the key cannot be changed.');
    }
    return this.dataKey;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** What hosts see of it (Core.safety): the state to show, the agreement to record, a rotation to run. */
export interface CoreSafety {
  state(): ValueStorageState;
  allowUnprotected(): Promise<ValueStorageState>;
  rotateDataKey(): Promise<void>;
}

export function coreSafety(safety: StorageSafety, jar: Resealable): CoreSafety {
  return {
    state: () => safety.state(),
    allowUnprotected: () => safety.allowUnprotected(),
    rotateDataKey: () => safety.rotate(jar),
  };
}
