// Small documents of the data directory (site policies, the loaded cookie catalog; profiles and settings
// later), kept with `conf`: the library electron-store extends, so the app and the CLI share one code path
// and one file. The core owns the path (the data directory), not Electron, so the `crumbs` command and the
// app read and write the very same files. Each document is versioned and parsed with its schema; a file
// that does not parse is moved aside to a dated copy and reported, never reset silently. A file of an older
// version is migrated in memory and written back only by the next change: a migration that fails leaves
// it byte for byte as it was, and the document refuses changes so nothing writes over it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import type { z } from 'zod';
import { CrumbsError } from '../../../shared/errors';
import { fileStamp, moveAside, type DataNotice } from './quarantine';

export interface DocumentSpec<T> {
  /** File name without extension: `policies` → policies.json. */
  name: string;
  version: number;
  schema: z.ZodType<T>;
  empty: () => T;
  /** Upgrades an older version's content to the current one; absent when there is only one version. */
  migrate?: (from: number, content: unknown) => unknown;
}

export type DocumentNotice = DataNotice;

export interface Document<T> {
  readonly path: string;
  /** The current content (read once, then kept in memory: this process is the only writer). */
  read(): T;
  write(next: T): Promise<void>;
}

type Stored = { version?: unknown; content?: unknown };

export function openDocument<T>(
  dataDir: string,
  spec: DocumentSpec<T>,
  options: {
    readOnly: boolean;
    onNotice: (notice: DocumentNotice) => void;
    /** Told after each write (UIs refresh what they show of it). */
    onWrite?: () => void;
  },
): Document<T> {
  const path = join(dataDir, `${spec.name}.json`);
  // conf (and the JSON-schema validator it loads) is a tenth of a second of start-up: it is loaded for the
  // first write only. Reading needs none of it: conf keeps the document as plain JSON, which is read here as
  // conf reads it (and parsed with the document's own zod schema).
  let conf: Conf<Stored> | null = null;
  const open = async (): Promise<Conf<Stored>> => {
    if (!conf) {
      const { default: ConfClass } = await import('conf');
      conf = new ConfClass<Stored>({
        cwd: dataDir,
        configName: spec.name,
        projectName: 'crumbs',
        // The data directory is the user's own; documents are readable by the user only, like the jar.
        configFileMode: 0o600,
        accessPropertiesByDotNotation: false,
        clearInvalidConfig: false,
      });
    }
    return conf;
  };
  let current: T | null = null;
  /** Set when an older file could not be migrated: it stays in place and changes are refused. */
  let held: string | null = null;

  const load = (): T => {
    if (!existsSync(path)) return spec.empty();
    let raw: Stored;
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return quarantine('it is not a JSON object');
      }
      raw = parsed as Stored;
    } catch (err) {
      return quarantine(`it is not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (raw.version === undefined && raw.content === undefined) return spec.empty();
    const version = typeof raw.version === 'number' ? raw.version : NaN;
    if (!Number.isInteger(version) || version < 1) return quarantine('it has no valid version number');
    if (version > spec.version) {
      // Written by a newer Crumbs: never touch it, and never write over it.
      throw new CrumbsError(
        'VALIDATION',
        `${path} was written by a newer version of Crumbs (document version ${version}; this one reads up to ${spec.version}). Update Crumbs.`,
      );
    }
    if (version < spec.version) return migrate(version, raw.content);
    const parsed = spec.schema.safeParse(raw.content);
    if (!parsed.success) return quarantine(`its content does not fit the schema${schemaIssue(parsed.error)}`);
    return parsed.data;
  };

  // An older file that does not come out of its migration fitting the schema is not set aside: it may be
  // perfectly good data that only a later Crumbs can upgrade. It stays in place, untouched.
  const migrate = (version: number, content: unknown): T => {
    let reason: string;
    try {
      if (!spec.migrate) throw new Error(`no migration from version ${version}`);
      const parsed = spec.schema.safeParse(spec.migrate(version, content));
      if (parsed.success) return parsed.data;
      reason = `the upgrade from version ${version} gave content that does not fit the schema${schemaIssue(parsed.error)}`;
    } catch (err) {
      reason = `the upgrade from version ${version} failed (${err instanceof Error ? err.message : String(err)})`;
    }
    if (options.readOnly) throw new CrumbsError('DATA_CORRUPT', `${path} cannot be read: ${reason}.`);
    held = `${path} could not be upgraded to this version of Crumbs: ${reason}`;
    options.onNotice({
      file: path,
      movedTo: path,
      reason: `${held}. The file was kept as it was, where it was; Crumbs shows none of it and refuses changes to it until it can be upgraded.`,
      kept: 'the whole file, unchanged, in place',
    });
    return spec.empty();
  };

  const quarantine = (reason: string): T => {
    if (options.readOnly) {
      throw new CrumbsError('DATA_CORRUPT', `${path} cannot be read: ${reason}.`);
    }
    const movedTo = moveAside(path, fileStamp(), true);
    options.onNotice({
      file: path,
      movedTo,
      reason: `${path} could not be read: ${reason}. The file was kept, byte for byte, at ${movedTo}; Crumbs started this document over empty.`,
      kept: `the whole file, at ${movedTo}`,
    });
    return spec.empty();
  };

  return {
    path,
    read() {
      current ??= load();
      return current;
    },
    async write(next) {
      if (options.readOnly) {
        throw new CrumbsError('LOCKED', 'The data directory was opened read-only; nothing can be changed.');
      }
      current ??= load();
      if (held !== null) {
        throw new CrumbsError(
          'DATA_CORRUPT',
          `${held}. It is kept as it was, so nothing can be saved over it.`,
        );
      }
      const checked = spec.schema.parse(next);
      (await open()).store = { version: spec.version, content: checked as unknown };
      current = checked;
      options.onWrite?.();
    },
  };
}

function schemaIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `${at}: ${issue?.message ?? 'invalid'}`;
}
