// The real core on a temp data directory holding a sealed jar (cookies and a localStorage entry), and a
// runner that feeds it one hostile file and checks the outcome: an ImportReport that satisfies the
// contract, or a CrumbsError with a code an import may raise. Anything else is collected as a failure
// (all of a reader's failures are listed at once, each with the label that replays it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../../electron/core';
import { FILES } from '../../../electron/core/storage/data-dir';
import { CrumbsError, type ErrorCode } from '../../../shared/errors';
import { ImportReport, type ImportFormat } from '../../../shared/model';
import { tempDir } from '../../helpers/temp';
import type { Case } from './mutate';
import { NOW_MS, NOW_SEC, type Fixture } from './fixtures';

/** What reading a file may legitimately throw: it is unreadable, or too big. */
const IMPORT_CODES = new Set<ErrorCode>(['IMPORT_UNREADABLE', 'TOO_LARGE']);
/** A case slower than this is a hang or a blow-up in the making (the fixtures are under 16 KB). */
const SLOW_MS = 1500;

const SEED_STATE = JSON.stringify({
  cookies: [
    {
      name: 'sid',
      value: 's1',
      domain: 'seed.example.net',
      path: '/',
      expires: NOW_SEC + 86_400 * 20,
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
    },
    {
      name: 'pref',
      value: 'p',
      domain: '.example.net',
      path: '/x',
      expires: -1,
      httpOnly: false,
      secure: false,
      sameSite: 'None',
    },
    {
      name: 'alpha',
      value: 'old',
      domain: '.example.com',
      path: '/',
      expires: NOW_SEC + 86_400 * 50,
      httpOnly: false,
      secure: true,
      sameSite: 'Strict',
    },
  ],
  origins: [
    { origin: 'https://seed.example.net', localStorage: [{ name: 'consent', value: '{"all":false}' }] },
  ],
});

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

export class Harness {
  failures: string[] = [];
  /** Real imports that reported rejected rows and were checked to leave jar.sealed byte-identical. */
  refusedUntouched = 0;
  private sealed = Buffer.alloc(0);
  private state = '';

  private constructor(
    readonly dir: string,
    private core: Core,
    readonly cleanup: () => void,
  ) {}

  static async open(): Promise<Harness> {
    const t = tempDir('crumbs-fuzz-');
    const core = await openCore({ dataDir: t.dir });
    const seeded = await core.importFiles(
      [{ name: 'seed.json', bytes: new TextEncoder().encode(SEED_STATE) }],
      { format: 'playwright', dryRun: false, skipInvalid: false, nowMs: NOW_MS },
    );
    if (!seeded.applied || seeded.imported !== 3 || seeded.storage.imported !== 1)
      throw new Error(`the seed jar was not made: ${JSON.stringify(seeded)}`);
    await core.close();
    const h = new Harness(t.dir, await openCore({ dataDir: t.dir }), t.cleanup);
    h.sealed = readFileSync(h.path);
    h.state = h.snapshot();
    return h;
  }

  get path(): string {
    return join(this.dir, FILES.jar);
  }

  private snapshot(): string {
    return JSON.stringify([this.core.cookies(), this.core.storage()]);
  }

  /** Closes the core (writing anything pending) and opens it again. */
  async reopen(): Promise<void> {
    await this.core.close();
    this.core = await openCore({ dataDir: this.dir });
  }

  /** Whether the file on disk is still the seed jar, byte for byte (after closing: nothing pending). */
  async sealedUnchanged(): Promise<boolean> {
    await this.reopen();
    return readFileSync(this.path).equals(this.sealed);
  }

  /** Puts the seed jar back after an import that was rightly applied. */
  async restore(): Promise<void> {
    await this.core.close();
    writeFileSync(this.path, this.sealed);
    this.core = await openCore({ dataDir: this.dir });
  }

  async close(): Promise<void> {
    await this.core.close();
    this.cleanup();
  }

  /**
   * One import of the case's file, after `companion` files when given (all in one import: all or nothing).
   * Returns the report, or the code of the allowed CrumbsError it ended in (a failure is recorded otherwise).
   */
  async run(
    fixture: Fixture,
    c: Case,
    format: ImportFormat,
    how: { dryRun: boolean; companion?: Uint8Array; maxBytes?: number },
  ): Promise<ImportReport | ErrorCode | null> {
    const tag = `${fixture.id} [${format}${how.dryRun ? '' : ', real'}] ${c.label}`;
    const files = [{ name: fixture.file, bytes: c.bytes }];
    if (how.companion) files.unshift({ name: `good-${fixture.file}`, bytes: how.companion });
    const started = performance.now();
    let outcome: ImportReport | ErrorCode | null = null;
    try {
      outcome = await this.core.importFiles(files, {
        format,
        dryRun: how.dryRun,
        skipInvalid: false,
        nowMs: NOW_MS,
        ...(how.maxBytes === undefined ? {} : { maxBytes: how.maxBytes }),
        ...fixture.options,
      });
    } catch (err) {
      if (err instanceof CrumbsError && IMPORT_CODES.has(err.code)) outcome = err.code;
      else {
        const what = err instanceof CrumbsError ? `CrumbsError ${err.code}` : String(err);
        this.failures.push(`${tag}: threw ${what}`);
      }
    }
    const took = performance.now() - started;
    if (took > SLOW_MS) this.failures.push(`${tag}: took ${Math.round(took)} ms`);
    const report = typeof outcome === 'object' ? outcome : null;
    if (report) {
      const parsed = ImportReport.safeParse(report);
      if (!parsed.success) this.failures.push(`${tag}: report breaks the contract: ${parsed.error.message}`);
      if (report.rejected.length > 0 && report.applied)
        this.failures.push(`${tag}: applied although ${report.rejected.length} rows were rejected`);
      if (how.dryRun && report.applied) this.failures.push(`${tag}: a dry run was applied`);
    }
    this.checkPrototypes(tag);
    if (!report?.applied && this.snapshot() !== this.state)
      this.failures.push(`${tag}: the jar changed although the import was not applied`);
    return outcome;
  }

  /**
   * A real import (skipInvalid false) of the case next to a valid copy of the file: when it was not
   * applied, jar.sealed must be byte-identical; when it was, what was applied must read back from disk.
   */
  async runReal(
    fixture: Fixture,
    c: Case,
    format: ImportFormat,
    how: { companion?: Uint8Array; maxBytes?: number } = {},
  ): Promise<ImportReport | ErrorCode | null> {
    const tag = `${fixture.id} [${format}, real] ${c.label}`;
    const outcome = await this.run(fixture, c, format, { dryRun: false, ...how });
    if (typeof outcome === 'object' && outcome?.applied) {
      const before = this.snapshot();
      const bad = this.core.cookies().filter((k) => k.expires !== null && !Number.isSafeInteger(k.expires));
      if (bad.length > 0)
        this.failures.push(`${tag}: stored expiry ${bad.map((k) => String(k.expires)).join(', ')}`);
      await this.reopen();
      if (this.snapshot() !== before)
        this.failures.push(`${tag}: the jar read back differs from what was applied`);
      await this.restore();
      return outcome;
    }
    if (!(await this.sealedUnchanged())) this.failures.push(`${tag}: jar.sealed changed`);
    else if (typeof outcome === 'object' && outcome && outcome.rejected.length > 0) this.refusedUntouched++;
    return outcome;
  }

  private checkPrototypes(tag: string): void {
    const probe: Record<string, unknown> = {};
    if (
      probe.polluted !== undefined ||
      Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTO_KEYS ||
      Object.getPrototypeOf(probe) !== Object.prototype
    ) {
      this.failures.push(`${tag}: Object.prototype was changed`);
      // Undo it so the next case is judged on its own.
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  }
}
