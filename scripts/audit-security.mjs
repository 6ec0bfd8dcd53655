#!/usr/bin/env node
// `npm run audit:security`: Electronegativity on the built app (offline), then Crumbs' own checks for what it
// does not cover (scripts/audit/checks.mjs). Prints a short summary; exits 1 on any HIGH finding, a failed
// own check or a built file Electronegativity could not read, 2 when the app is not built.
// Medium and lower findings are listed for review and do not fail the audit: Electronegativity marks most of
// them "review required" (it sees a call, not whether its argument was validated).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runElectronegativity } from './audit/electronegativity.mjs';
import {
  checkCsp,
  checkFuseConfig,
  checkIpcSenders,
  checkNoFileUrls,
  checkPackagedFuses,
} from './audit/checks.mjs';

// --root DIR audits another tree laid out like this one (test/build uses it on deliberately bad code).
const rootAt = process.argv.indexOf('--root');
const ROOT =
  rootAt > 0 ? resolve(process.argv[rootAt + 1] ?? '.') : join(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['out/main', 'out/preload', 'out/renderer'];
const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

const missing = SCANNED.map((d) => join(d, d === 'out/renderer' ? 'index.html' : 'index.js')).filter(
  (f) => !existsSync(join(ROOT, f)),
);
if (missing.length > 0) {
  console.error(
    `audit:security needs the built app (${missing.join(', ')} missing): run \`npm run build\` first.`,
  );
  process.exit(2);
}

const scan = await runElectronegativity(ROOT, SCANNED);
const bySeverity = Object.fromEntries(
  SEVERITY_ORDER.map((s) => [s, scan.issues.filter((i) => i.severity.name === s)]),
);
console.log(`Electronegativity ${scan.version}, ${scan.checks} checks, offline, on ${SCANNED.join(', ')}:`);
console.log(`  ${SEVERITY_ORDER.map((s) => `${bySeverity[s].length} ${s.toLowerCase()}`).join(', ')}`);
for (const severity of SEVERITY_ORDER) {
  for (const issue of bySeverity[severity]) {
    const review = issue.manualReview ? ' (review)' : '';
    console.log(`  ${severity.padEnd(13)} ${issue.id}${review}  ${issue.file}:${issue.location.line}`);
  }
}
if (scan.asTypeScript.length > 0) {
  console.log(`  read with its TypeScript parser (class private fields): ${scan.asTypeScript.join(', ')}`);
}
for (const { file, message } of scan.unreadable) console.log(`  NOT SCANNED   ${file}: ${message}`);

const checks = [
  checkFuseConfig(ROOT),
  await checkPackagedFuses(ROOT),
  checkIpcSenders(ROOT),
  checkNoFileUrls(ROOT),
  checkCsp(ROOT),
];
console.log('Crumbs checks:');
for (const check of checks) {
  console.log(`  ${check.status.padEnd(5)} ${check.name}: ${check.detail}`);
  for (const finding of check.findings) console.log(`        HIGH ${finding}`);
}

const high = bySeverity.HIGH.length + checks.reduce((n, c) => n + c.findings.length, 0);
const failed = high > 0 || scan.unreadable.length > 0;
const reasons = [
  high > 0 ? `${high} high finding(s)` : '',
  scan.unreadable.length > 0 ? `${scan.unreadable.length} file(s) not scanned` : '',
].filter(Boolean);
console.log(
  failed ? `audit:security FAILED: ${reasons.join(', ')}.` : 'audit:security passed: no high findings.',
);
process.exit(failed ? 1 : 0);
