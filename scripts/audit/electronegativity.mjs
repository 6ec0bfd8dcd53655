// Electronegativity on the built app, offline. It scans a staged copy of out/main, out/preload and
// out/renderer with package.json (where it reads the Electron version), never out/cli (plain Node).
//
// Offline: Electronegativity fetches translations at start and, in one check, Electron's release feed.
// That check (AvailableSecurityFixesGlobalCheck) is excluded, and its HTTP client is replaced by one that
// refuses at once, so the audit never waits on or reaches the network and gives the same answer everywhere.
//
// Its JavaScript parser (esprima, then Babel + eslint-scope) fails on class private fields (`#x`), which the
// bundled renderer and conf use. A file it cannot read is staged again as .ts, which it reads with Babel's
// TypeScript parser (same checks, no scope analysis); one it still cannot read fails the audit.
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const RUNNER = require.resolve('@doyensec/electronegativity');
const OFFLINE_CHECK = 'availablesecurityfixesglobalcheck';

function refuseNetwork() {
  const gotPath = createRequire(RUNNER).resolve('got');
  const offline = () => Promise.reject(new Error('offline: Crumbs’ audit does not use the network'));
  offline.head = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
}

function stage(root, dirs) {
  const staged = mkdtempSync(join(tmpdir(), 'crumbs-audit-'));
  for (const dir of dirs) cpSync(join(root, dir), join(staged, dir), { recursive: true });
  cpSync(join(root, 'package.json'), join(staged, 'package.json'));
  return staged;
}

async function scan(run, input) {
  const log = console.log;
  console.log = () => undefined; // its translation fetch reports its (expected) failure on stdout
  try {
    return await run(
      {
        input,
        customScan: [],
        excludeFromScan: [OFFLINE_CHECK],
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

/**
 * @returns {Promise<{ version: string, checks: number, issues: object[],
 *   unreadable: {file: string, message: string}[], asTypeScript: string[] }>}
 */
export async function runElectronegativity(root, dirs) {
  refuseNetwork();
  const run = require(RUNNER);
  const version = require('@doyensec/electronegativity/package.json').version;
  const staged = stage(root, dirs);
  try {
    let result = await scan(run, staged);
    const retry = result.errors.filter((e) => !e.tolerable && e.file.endsWith('.js')).map((e) => e.file);
    for (const file of retry) renameSync(file, file.replace(/\.js$/, '.ts'));
    if (retry.length > 0) result = await scan(run, staged);
    const renamed = new Set(retry.map((file) => relative(staged, file)));
    // Report the built file's own name, not the .ts it was scanned as.
    const original = (file) => {
      const rel = relative(staged, file);
      const asJs = rel.replace(/\.ts$/, '.js');
      return renamed.has(asJs) ? asJs : rel;
    };
    return {
      version,
      issues: result.issues.map((issue) => ({ ...issue, file: original(join(staged, issue.file)) })),
      unreadable: result.errors
        .filter((e) => !e.tolerable)
        .map((e) => ({ file: original(e.file), message: e.message })),
      asTypeScript: [...renamed],
      checks: result.globalChecks + result.atomicChecks,
    };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}
