import { readFileSync } from 'node:fs';
import type { PolicyEntry } from '../../../../shared/policy';
import { dashboardParis } from '../../../../electron/core/policy/builtin/dashboard-paris';
import {
  readPolicy,
  type PolicyReadOptions,
  type PolicyReadResult,
} from '../../../../electron/core/policy/io';

export const DAY = 86_400;
export const MONTH = 2_629_746;
export const YEAR = 31_556_952;

/**
 * The seed page's layout (prose, a "Heading: description" line, then a tab-separated table), written from the
 * facts of the built-in policy rather than copied: what the importer must read back to that same policy.
 */
export function seedPageText(): string {
  const p = dashboardParis;
  const section = p.sections[0]!;
  return [
    '',
    'Cookies policy',
    '',
    p.intro,
    '',
    'What is a cookie?',
    '',
    'A cookie is a small piece of information a website sends to your browser, which sends it back later.',
    '',
    `What cookies are used on the ${p.source.url} site`,
    '',
    `${p.publisher} uses different types of cookies:`,
    '',
    `${section.heading}: ${section.description}`,
    '',
    ['Supplier name', 'Cookie name', 'Duration', 'Function'].join('\t'),
    ...p.entries.map((e) => [e.supplier, e.name, e.duration.raw, e.function].join('\t')),
    '',
    '',
    'How do I configure cookies on my browser?',
    '',
    'You can change your choices at any time from the cookie center at the bottom of the page.',
    '',
  ].join('\n');
}

export function fixtureBytes(name: string): Uint8Array {
  if (name === 'dashboard-paris.txt') return new TextEncoder().encode(seedPageText());
  return readFileSync(new URL(`../../../fixtures/policies/${name}`, import.meta.url));
}

export function readFixture(name: string, options: PolicyReadOptions = {}): PolicyReadResult {
  return readPolicy(fixtureBytes(name), name, options);
}

export function byName(result: PolicyReadResult, name: string): PolicyEntry {
  const entry = result.entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry '${name}' among ${result.entries.map((e) => e.name).join(', ')}`);
  return entry;
}

/** name → category, the table a reader most often gets wrong. */
export function categories(result: PolicyReadResult): Record<string, string> {
  return Object.fromEntries(result.entries.map((e) => [e.name, e.category]));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
