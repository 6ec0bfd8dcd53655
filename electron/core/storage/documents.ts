// Small documents of the data directory (site policies, the loaded cookie catalog; profiles and settings
// later), kept with `conf`: the library electron-store extends, so the app and the CLI share one code path
// and one file. The core owns the path (the data directory), not Electron, so the `crumbs` command and the
// app read and write the very same files. Each document is versioned and parsed with its schema; a file
// that does not parse is moved aside to a dated copy and reported, never reset silently.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import type { z } from 'zod';
import { CrumbsError } from '../../../shared/errors';

export interface DocumentSpec<T> {
  /** File name without extension: `policies` → policies.json. */
  name: string;
  version: number;
  schema: z.ZodType<T>;
  empty: () => T;
  /** Upgrades an older version's content to the current one; absent when there is only one version. */
  migrate?: (from: number, content: unknown) => unknown;
}

export interface DocumentNotice {
  file: string;
  /** Where the unreadable file was moved. */
  movedTo: string;
  reason: string;
}

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
    const content = version < spec.version && spec.migrate ? spec.migrate(version, raw.content) : raw.content;
    const parsed = spec.schema.safeParse(content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return quarantine(`its content does not fit the schema${at}: ${issue?.message ?? 'invalid'}`);
    }
    return parsed.data;
  };

  const quarantine = (reason: string): T => {
    if (options.readOnly) {
      throw new CrumbsError('DATA_CORRUPT', `${path} cannot be read: ${reason}.`);
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const movedTo = join(dataDir, `${spec.name}.unreadable-${stamp}.json`);
    renameSync(path, movedTo);
    options.onNotice({ file: path, movedTo, reason });
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
      const checked = spec.schema.parse(next);
      (await open()).store = { version: spec.version, content: checked as unknown };
      current = checked;
      options.onWrite?.();
    },
  };
}
