// Reading the fields of parsed JSON objects. Only own properties are looked at: a file's "__proto__" or
// "constructor" key is data, never the object's prototype, and nothing is ever copied key by key, so a
// hostile file cannot reach Object.prototype. A wrong type becomes a reason naming the field.
import { reasonFor, type Reason } from '../../../../shared/problem-codes';
import { isRecord, jsonSyntaxProblem, kindOf } from '../extension-json';
import { isExpiryInRange, ProblemList, quote } from '../limits';
import type { ReadInput, ReadResult } from '../plugin';

export { isRecord, kindOf };

export type JsonObject = Record<string, unknown>;

/** The own value of `key`, or undefined (inherited properties are not the file's). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

export function hasOwn(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key) && object[key] !== undefined;
}

/** Collects the reasons a row cannot be read while its fields are taken one by one. */
export class Fields {
  readonly reasons: Reason[] = [];

  constructor(readonly object: JsonObject) {}

  private wrong(key: string, expected: string): undefined {
    const value = own(this.object, key);
    this.reasons.push(
      value === undefined
        ? reasonFor('FIELD_MISSING', { field: key })
        : reasonFor('FIELD_TYPE', { field: key, expected, kind: kindOf(value) }),
    );
    return undefined;
  }

  /** A required string. */
  string(key: string): string | undefined {
    const value = own(this.object, key);
    return typeof value === 'string' ? value : this.wrong(key, 'a string');
  }

  /** An optional string; absent or null gives undefined. */
  optionalString(key: string): string | undefined {
    const value = own(this.object, key);
    if (value === undefined || value === null) return undefined;
    return typeof value === 'string' ? value : this.wrong(key, 'a string');
  }

  /** An optional boolean; absent or null gives `fallback`. */
  boolean(key: string, fallback = false): boolean {
    const value = own(this.object, key);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    this.wrong(key, 'true or false');
    return fallback;
  }

  /** An optional number; absent or null gives undefined. */
  optionalNumber(key: string): number | undefined {
    const value = own(this.object, key);
    if (value === undefined || value === null) return undefined;
    return typeof value === 'number' ? value : this.wrong(key, 'a number');
  }
}

export interface DomainReading {
  domain: string;
  hostOnly: boolean;
}

/** A cookie's domain as files write it: a leading dot means a domain cookie, no dot a host-only one. */
export function readDomain(raw: string): DomainReading | Reason {
  const dotted = raw.startsWith('.');
  const domain = (dotted ? raw.slice(1) : raw).toLowerCase();
  if (domain === '') return reasonFor('DOMAIN_EMPTY');
  if (domain.startsWith('.')) return reasonFor('DOMAIN_DOTS', { value: quote(raw) });
  return { domain, hostOnly: !dotted };
}

export function readPath(raw: string | undefined): { path: string } | Reason {
  const path = raw ?? '/';
  return path.startsWith('/') ? { path } : reasonFor('PATH_NO_SLASH', { value: quote(path) });
}

/** Whole Unix seconds from a (possibly fractional) count, or why it cannot be one. */
export function wholeSeconds(seconds: number, field: string): { expires: number } | Reason {
  if (seconds < 0) return reasonFor('FIELD_NEGATIVE', { field });
  const whole = Math.floor(seconds);
  if (!isExpiryInRange(whole)) return reasonFor('FIELD_TOO_LARGE', { field });
  return { expires: whole };
}

/** Shows a field of the input in a note without flooding it (never used for cookie values). */
export function shown(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Problems and notes of one read, each capped like every other reader's. */
export class Report {
  readonly problems: ProblemList;
  readonly notes: ProblemList;

  constructor(readonly source: string) {
    this.problems = new ProblemList(source);
    this.notes = new ProblemList(source);
  }

  problem(where: string, reason: string | Reason): void {
    this.problems.add(where, reason);
  }

  note(where: string, reason: string | Reason): void {
    this.notes.add(where, reason);
  }
}

/** The JSON value of the input, or a result that says where its syntax breaks. */
export function jsonOf(input: ReadInput): { value: unknown } | { failed: ReadResult } {
  const json = input.json();
  if (json) return json;
  return {
    failed: { cookies: [], storage: [], problems: [jsonSyntaxProblem(input.text(), input.name)], notes: [] },
  };
}
