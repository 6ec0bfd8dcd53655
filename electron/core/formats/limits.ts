// Size caps applied before any parsing, and the problem list every parser fills. A hostile or mistaken
// input (a 2 GB log, a minified blob forced through the line parser) must cost bounded time and memory.
import { Buffer } from 'node:buffer';
import { CrumbsError } from '../../../shared/errors';
import type { Problem } from '../../../shared/model';
import { codedFields, placeOf, reasonFor, type Reason } from '../../../shared/problem-codes';

export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
export const MAX_LINE_BYTES = 64 * 1024;
/** Past this, one summary problem stands for the rest: a report of a million lines helps nobody. */
export const MAX_PROBLEMS = 1000;

/**
 * The last instant a JavaScript Date holds (8.64e15 ms), in Unix seconds. The jar keeps expiries as
 * tough-cookie Dates: a later one, though a safe integer, makes an invalid Date that is saved as null and
 * comes back a session cookie. Readers refuse an expiry past it like any other out-of-range one.
 */
export const MAX_EXPIRES_SEC = 8_640_000_000_000;

/** Whole Unix seconds the jar can keep as an expiry. */
export function isExpiryInRange(seconds: number): boolean {
  return Number.isSafeInteger(seconds) && Math.abs(seconds) <= MAX_EXPIRES_SEC;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function isOver(text: string, limit: number): boolean {
  // Every UTF-16 code unit takes 1 to 3 UTF-8 bytes: skip the exact count when the bounds decide.
  return text.length * 3 > limit && (text.length > limit || utf8Length(text) > limit);
}

export function isOverInputLimit(text: string): boolean {
  return isOver(text, MAX_INPUT_BYTES);
}

/** Throws TOO_LARGE for text over 64 MiB of UTF-8. */
export function assertInputSize(text: string, source: string): void {
  if (isOver(text, MAX_INPUT_BYTES)) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${source} is larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MiB: Crumbs does not read cookie files that big.`,
      { limit: MAX_INPUT_BYTES },
    );
  }
}

export function isOverLineLimit(line: string): boolean {
  return isOver(line, MAX_LINE_BYTES);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export class ProblemList {
  private readonly items: Problem[] = [];
  private dropped = 0;

  constructor(private readonly source: string) {}

  /** A coded reason (`reasonFor`) lets the UI word it in its language; a plain string stays English. */
  add(where: string, reason: string | Reason): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push(problemAt(where, this.source, reason));
    else this.dropped++;
  }

  list(): Problem[] {
    if (this.dropped === 0) return [...this.items];
    const more = reasonFor('MORE_PROBLEMS', { count: this.dropped });
    return [...this.items, problemAt(this.source, this.source, more)];
  }
}

/** A Problem at `where` in the file `source`; when coded, with its code and its place in parts. */
export function problemAt(where: string, source: string, reason: string | Reason): Problem {
  // A plain string (policy and catalog reading) stays exactly { where, reason }.
  if (typeof reason === 'string') return { where, reason };
  const problem: Problem = { where, reason: reason.reason, ...codedFields(reason) };
  const place = placeOf(where, source);
  if (place) problem.place = place;
  return problem;
}

/** Shows a field of the input in a reason without flooding it (never used for cookie values). */
export function quote(text: string, max = 40): string {
  return `'${text.length > max ? `${text.slice(0, max)}…` : text}'`;
}
