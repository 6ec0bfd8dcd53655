// Crumbs' own security checks, for what Electronegativity does not look at: the fuses (as configured and,
// where a packaged app exists, as read back from its binary), the IPC sender check on every handler, no
// file:// in the main process, and the renderer's Content-Security-Policy.
// Each check returns { name, status: 'ok' | 'fail' | 'skip', detail, findings: string[] }.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const require = createRequire(import.meta.url);

/** What the issue's checklist requires of a release binary; anything else in build/fuses.json is a choice. */
const REQUIRED_RELEASE_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
};

function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile() && keep(p));
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

function loadFuses(root) {
  const json = JSON.parse(readFileSync(join(root, 'build/fuses.json'), 'utf8'));
  return {
    release: json.release,
    e2e: { ...json.release, ...json.e2eOverrides },
    overrides: json.e2eOverrides,
  };
}

export function checkFuseConfig(root) {
  const findings = [];
  const { release, overrides } = loadFuses(root);
  for (const [name, wanted] of Object.entries(REQUIRED_RELEASE_FUSES)) {
    if (release[name] !== wanted)
      findings.push(`build/fuses.json: release ${name} is ${release[name]}, must be ${wanted}`);
  }
  const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
  const undecided = known.filter((name) => typeof release[name] !== 'boolean');
  if (undecided.length > 0) findings.push(`build/fuses.json: no release value for ${undecided.join(', ')}`);
  const extra = Object.keys(overrides).filter((name) => name !== 'EnableNodeCliInspectArguments');
  if (extra.length > 0)
    findings.push(`build/fuses.json: the e2e variant may only re-enable --inspect, not ${extra.join(', ')}`);
  const config = readFileSync(join(root, 'build/electron-builder.config.ts'), 'utf8');
  if (!/afterPack:\s*fusesAfterPack\(variant\)/.test(config)) {
    findings.push('build/electron-builder.config.ts: afterPack does not run fusesAfterPack(variant)');
  }
  if (/\belectronFuses\s*:/.test(config))
    findings.push('build/electron-builder.config.ts: electronFuses would flip fuses a second time');
  return {
    name: 'fuses as configured',
    status: findings.length ? 'fail' : 'ok',
    detail: `build/fuses.json: ${Object.entries(REQUIRED_RELEASE_FUSES)
      .map(([n, v]) => `${n} ${v ? 'on' : 'off'}`)
      .join(', ')}; e2e re-enables --inspect only`,
    findings,
  };
}

/** Packaged apps under dist/ (release) and dist/e2e, with the file @electron/fuses reads. */
function packagedBinaries(root) {
  const config = readFileSync(join(root, 'build/electron-builder.config.ts'), 'utf8');
  const linuxExecutable = /LINUX_EXECUTABLE = '([^']+)'/.exec(config)?.[1] ?? 'crumbs-desktop';
  const found = [];
  for (const [variant, dir] of [
    ['release', join(root, 'dist')],
    ['e2e', join(root, 'dist', 'e2e')],
  ]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      let binary = null;
      if (/^linux(-\w+)?-unpacked$/.test(name)) binary = join(dir, name, linuxExecutable);
      else if (/^win(-\w+)?-unpacked$/.test(name)) binary = join(dir, name, 'Crumbs.exe');
      else if (/^mac(-\w+)?$/.test(name)) binary = join(dir, name, 'Crumbs.app');
      if (binary && existsSync(binary)) found.push({ variant, binary });
    }
  }
  return found;
}

export async function checkPackagedFuses(root) {
  const binaries = packagedBinaries(root);
  if (binaries.length === 0) {
    return {
      name: 'fuses in packaged binaries',
      status: 'skip',
      detail: 'no packaged app in dist/ (npm run dist:dir builds one)',
      findings: [],
    };
  }
  const fuses = loadFuses(root);
  const findings = [];
  for (const { variant, binary } of binaries) {
    const wire = await getCurrentFuseWire(binary);
    for (const [name, wanted] of Object.entries(fuses[variant])) {
      const state = wire[FuseV1Options[name]];
      const actual = state === FuseState.ENABLE ? true : state === FuseState.DISABLE ? false : state;
      if (actual !== wanted)
        findings.push(`${relative(root, binary)} (${variant}): ${name} is ${actual}, configured ${wanted}`);
    }
  }
  return {
    name: 'fuses in packaged binaries',
    status: findings.length ? 'fail' : 'ok',
    detail: binaries.map((b) => `${relative(root, b.binary)} (${b.variant})`).join(', '),
    findings,
  };
}

/** Every ipcMain registration in electron/main must check its sender before anything else it calls. */
export function checkIpcSenders(root) {
  const ts = require('typescript');
  const findings = [];
  let handlers = 0;
  for (const file of walk(join(root, 'electron/main'), (p) => p.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText() === 'ipcMain' &&
        ['handle', 'handleOnce', 'on', 'once', 'addListener'].includes(node.expression.name.text)
      ) {
        handlers += 1;
        const handler = node.arguments[1];
        if (!handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) {
          findings.push(`${where(node)}: handler is not written inline, its sender check cannot be verified`);
        } else {
          const calls = [];
          const collect = (n) => {
            if (ts.isCallExpression(n)) calls.push(n);
            ts.forEachChild(n, collect);
          };
          collect(handler.body);
          const event = handler.parameters[0]?.name.getText();
          const first = calls[0];
          const checks =
            first &&
            first.expression.getText() === 'assertTrustedSender' &&
            first.arguments[0]?.getText() === event;
          if (!checks)
            findings.push(
              `${where(node)}: the handler's first call is not assertTrustedSender(${event ?? 'event'}, …)`,
            );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const ipc = readFileSync(join(root, 'electron/main/ipc.ts'), 'utf8');
  const definition = /export function assertTrustedSender\([\s\S]*?\n}\n/.exec(ipc)?.[0] ?? '';
  // It must compare the sending webContents and the sending frame's URL (read through a helper, as frames
  // may be destroyed), and throw.
  for (const needle of ['event.sender', 'isAppUrl', 'throw']) {
    if (!definition.includes(needle))
      findings.push(`electron/main/ipc.ts: assertTrustedSender does not use ${needle}`);
  }
  if (!ipc.includes('event.senderFrame'))
    findings.push('electron/main/ipc.ts: the sender frame is never read');
  if (handlers === 0)
    findings.push('electron/main: no ipcMain handler found at all (the check would prove nothing)');
  return {
    name: 'IPC sender checks',
    status: findings.length ? 'fail' : 'ok',
    detail: `${handlers} ipcMain registration(s) in electron/main; checked: each calls assertTrustedSender(event) first, which compares the sender's webContents and frame URL`,
    findings,
  };
}

export function checkNoFileUrls(root) {
  const findings = [];
  const patterns = [/file:\/\//gi, /\bloadFile\s*\(/g, /\b(register|intercept)FileProtocol\b/g];
  const files = ['out/main', 'out/preload'].flatMap((d) =>
    walk(join(root, d), (p) => /\.(c?js|mjs)$/.test(p)),
  );
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern))
        findings.push(`${relative(root, file)}:${lineOf(text, match.index)}: ${match[0]}`);
    }
  }
  return {
    name: 'no file:// in the main process',
    status: findings.length ? 'fail' : 'ok',
    detail: `${files.length} built files of out/main and out/preload: no file:// URL, loadFile or file protocol handler`,
    findings,
  };
}

/** Problems of one policy string: what lets script in, or leaves plugins or the base URL open. */
function policyProblems(policy) {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
  const problems = [];
  if (!directives.has('default-src')) problems.push('no default-src');
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? ['*'];
  for (const bad of ["'unsafe-eval'", "'unsafe-inline'", '*', 'http:', 'https:', 'data:', 'blob:']) {
    if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  if (scripts.some((s) => /^https?:\/\//.test(s))) problems.push('script-src allows remote scripts');
  if ((directives.get('object-src') ?? []).join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}

/** The policy main sends: the bundler keeps shared/web.ts' array of directives joined with "; ", or one string. */
function headerPolicy(mainText) {
  const list = /\[\s*("default-src[^\]]*?)\]\s*\.join\(\s*"; "\s*\)/.exec(mainText);
  if (list) return [...list[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('; ');
  return /"(default-src [^"]*;[^"]*)"/.exec(mainText)?.[1] ?? null;
}

export function checkCsp(root) {
  const findings = [];
  const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  if (!meta) findings.push('out/renderer/index.html: no Content-Security-Policy meta tag');
  else for (const p of policyProblems(meta)) findings.push(`out/renderer/index.html: ${p}`);

  const mainFiles = walk(join(root, 'out/main'), (p) => p.endsWith('.js'));
  const mainText = mainFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
  if (!/["']content-security-policy["']/i.test(mainText))
    findings.push('out/main: app:// responses carry no Content-Security-Policy header');
  const policy = headerPolicy(mainText);
  if (policy === null) findings.push("out/main: the header's policy string was not found");
  else for (const p of policyProblems(policy)) findings.push(`out/main (header): ${p}`);
  return {
    name: 'Content-Security-Policy',
    status: findings.length ? 'fail' : 'ok',
    detail:
      'meta tag in out/renderer/index.html and header on every app:// response: no inline or eval script, no remote script, object-src none',
    findings,
  };
}
