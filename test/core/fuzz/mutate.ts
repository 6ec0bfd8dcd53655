// Hostile variants of a valid file: cut short, bits flipped, a BOM, CRLF line ends, NUL bytes, huge
// numbers and prototype keys. Seeded, so a failing case can be replayed by its label.
import { seeded } from '../formats/generate';
import { HUGE, type Fixture } from './fixtures';

export interface Case {
  /** Replays the case: "netscape flip#3 @120^4,…". */
  label: string;
  bytes: Uint8Array;
}

export const NAMES = ['alpha', '__proto__', 'constructor', 'prototype'] as const;

/** Keys that would pollute Object.prototype if a reader merged or assigned parsed objects naively. */
const PROTO_MEMBERS = [
  '"__proto__":{"polluted":"yes","cookies":[],"name":"p"}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"prototype":{"polluted":"yes"}',
];

export interface Budget {
  /** Truncate at every `step`th offset (1 = every offset). */
  step: number;
  flips: number;
}

export const TEXT_BUDGET: Budget = { step: 1, flips: 150 };
export const DB_BUDGET: Budget = { step: 97, flips: 80 };

export async function casesFor(fixture: Fixture, budget: Budget, seed: number): Promise<Case[]> {
  const base = await fixture.make({ name: 'alpha', expiry: null });
  const random = seeded(seed);
  const out: Case[] = [{ label: 'original', bytes: base }];

  for (let end = 0; end < base.length; end += budget.step)
    out.push({ label: `cut@${end}`, bytes: base.subarray(0, end) });

  for (let i = 0; i < budget.flips; i++) {
    const bytes = base.slice();
    const spots: string[] = [];
    for (let k = 1 + random.int(3); k > 0; k--) {
      const at = random.int(bytes.length);
      const mask = 1 << random.int(8);
      bytes[at] = (bytes[at] ?? 0) ^ mask;
      spots.push(`${at}^${mask}`);
    }
    out.push({ label: `flip#${i} @${spots.join(',')}`, bytes });
  }

  out.push({ label: 'BOM', bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), base) });
  out.push({
    label: 'double BOM',
    bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), base),
  });
  out.push({ label: 'CRLF', bytes: replaceBytes(base, [0x0a], [0x0d, 0x0a]) });
  out.push({ label: 'CR only', bytes: replaceBytes(base, [0x0a], [0x0d]) });
  for (const at of [0, 1, base.length >> 1, base.length - 1, base.length, random.int(base.length)])
    out.push({
      label: `NUL@${at}`,
      bytes: concat(base.subarray(0, at), new Uint8Array([0]), base.subarray(at)),
    });
  out.push({ label: 'NUL for every newline', bytes: replaceBytes(base, [0x0a], [0x00]) });

  for (const huge of HUGE)
    out.push({ label: `huge ${huge.label}`, bytes: await fixture.make({ name: 'alpha', expiry: huge }) });
  for (const name of NAMES.slice(1))
    out.push({ label: `name ${name}`, bytes: await fixture.make({ name, expiry: null }) });

  if (!fixture.binary) {
    // After every '{' of a JSON file (each object, at every depth), a member named like a prototype.
    const text = new TextDecoder().decode(base);
    const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
    for (const member of PROTO_MEMBERS) {
      for (const at of braces) {
        out.push({
          label: `${member.slice(1, member.indexOf('"', 1))} member after {@${at}`,
          bytes: new TextEncoder().encode(`${text.slice(0, at + 1)}${member},${text.slice(at + 1)}`),
        });
      }
    }
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function replaceBytes(bytes: Uint8Array, from: number[], to: number[]): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (from.every((b, k) => bytes[i + k] === b)) {
      out.push(...to);
      i += from.length - 1;
    } else out.push(bytes[i] ?? 0);
  }
  return new Uint8Array(out);
}
