// `npm run audit:security` (scripts/audit-security.mjs), run as a person runs it: on this project it passes;
// on a small tree with the mistakes it exists to catch, it fails and names each one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/temp';
import { ROOT, assertBuilt } from './pack';

const SCRIPT = join(ROOT, 'scripts/audit-security.mjs');
const work = tempDir('crumbs-audit-test-');

function audit(root: string): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: run.stdout + run.stderr };
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A tree with each mistake once: fuses, a handler with no sender check, file://, a weak CSP, nodeIntegration. */
function badTree(root: string): void {
  mkdirSync(join(root, 'build'), { recursive: true });
  copyFileSync(
    join(ROOT, 'build/electron-builder.config.ts'),
    join(root, 'build/electron-builder.config.ts'),
  );
  write(
    root,
    'build/fuses.json',
    JSON.stringify({
      release: {
        RunAsNode: true,
        EnableCookieEncryption: true,
        EnableNodeOptionsEnvironmentVariable: false,
        EnableNodeCliInspectArguments: false,
        EnableEmbeddedAsarIntegrityValidation: true,
        OnlyLoadAppFromAsar: true,
        LoadBrowserProcessSpecificV8Snapshot: false,
        GrantFileProtocolExtraPrivileges: false,
        WasmTrapHandlers: true,
      },
      e2eOverrides: { EnableNodeCliInspectArguments: true, RunAsNode: true },
    }),
  );
  write(
    root,
    'electron/main/ipc.ts',
    [
      "import { ipcMain } from 'electron';",
      'export function assertTrustedSender(event: any, trusted: any): void {',
      '  if (event.sender.id !== trusted.id || !isAppUrl(event.senderFrame.url)) throw new Error("refused");',
      '}',
      "export function bind(api: any): void { ipcMain.handle('crumbs:x', async (event, raw) => api.x(raw)); }",
      '',
    ].join('\n'),
  );
  write(
    root,
    'out/main/index.js',
    [
      'const { BrowserWindow } = require("electron");',
      'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
      'win.loadFile("index.html");',
      'var CSP = ["default-src \'self\'", "script-src \'self\' \'unsafe-eval\'", "object-src \'none\'"].join("; ");',
      'const headers = { "content-security-policy": CSP };',
      '',
    ].join('\n'),
  );
  write(root, 'out/preload/index.js', 'require("electron");\n');
  write(
    root,
    'out/renderer/index.html',
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'" /></head><body></body></html>\n',
  );
  write(root, 'package.json', JSON.stringify({ name: 'bad', devDependencies: { electron: '45.5.0' } }));
}

beforeAll(() => badTree(join(work.dir, 'bad')));
afterAll(() => work.cleanup());

describe('npm run audit:security', () => {
  it('passes on this project, with Electronegativity offline and every own check run', () => {
    assertBuilt();
    const { status, out } = audit(ROOT);
    expect(out).toMatch(/Electronegativity 1\.10\.3, \d+ checks, offline/);
    expect(out).toContain('0 high');
    expect(out).not.toContain('NOT SCANNED');
    expect(out).toMatch(/ok {4}fuses as configured/);
    expect(out).toMatch(/ok {4}IPC sender checks/);
    expect(out).toMatch(/ok {4}no file:\/\/ in the main process/);
    expect(out).toMatch(/ok {4}Content-Security-Policy/);
    expect(out).toContain('audit:security passed');
    expect(status).toBe(0);
  }, 60_000);

  it('fails on a tree with the mistakes it exists to catch, and names each one', () => {
    const { status, out } = audit(join(work.dir, 'bad'));
    expect(status).toBe(1);
    expect(out).toMatch(/HIGH +CONTEXT_ISOLATION_JS_CHECK +out\/main\/index.js:2/); // Electronegativity's own
    expect(out).toContain('release RunAsNode is true, must be false');
    expect(out).toContain('the e2e variant may only re-enable --inspect, not RunAsNode');
    expect(out).toMatch(
      /electron\/main\/ipc\.ts:5: the handler's first call is not assertTrustedSender\(event/,
    );
    expect(out).toMatch(/out\/main\/index\.js:3: loadFile\(/);
    expect(out).toContain("out/main (header): script-src allows 'unsafe-eval'");
    expect(out).toContain("out/renderer/index.html: object-src is not 'none'");
    expect(out).toContain('audit:security FAILED');
  }, 60_000);

  it('asks for a build instead of auditing nothing', () => {
    const empty = join(work.dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const { status, out } = audit(empty);
    expect(status).toBe(2);
    expect(out).toContain('run `npm run build` first');
  });
});
