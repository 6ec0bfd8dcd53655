// Import problems, coded: the closed list of codes (the keys of ENGLISH in problem-english.ts), how a coded
// reason is worded, and where a problem is. The core builds every coded `reason` from the English templates
// (`reasonFor`), so the English text the CLI prints and the code the UI translates can never drift apart.
// Pure: no Node, no DOM.
import { ENGLISH } from './problem-english';

export { ENGLISH, LIST_SHAPES, OBJECT_LABELS, charText } from './problem-english';

/** What a template may read: numbers, and strings shown as they are (names, values, quoted fields). */
export type ProblemParams = Record<string, string | number>;

/** A coded reason without its text. `parts` are the reasons it contains ("…: <part>; <part>"). */
export interface CodedReason {
  code: ProblemCode;
  params: ProblemParams;
  parts?: CodedReason[];
}

/** A coded reason with the English text built from its template. */
export interface Reason extends CodedReason {
  reason: string;
}

/** A wording: the params, and the parts already worded and joined. */
export type Template = (p: ProblemParams, parts: string) => string;

export type ProblemCode = keyof typeof ENGLISH;
export const PROBLEM_CODES = Object.keys(ENGLISH) as [ProblemCode, ...ProblemCode[]];

/** Words a coded reason with `templates` (English here, French in the renderer); parts joined by "; ". */
export function wordReason(coded: CodedReason, templates: Record<ProblemCode, Template> = ENGLISH): string {
  const template = templates[coded.code];
  const parts = (coded.parts ?? []).map((part) => wordReason(part, templates)).join('; ');
  return template(coded.params, parts);
}

function stripped(reason: CodedReason): CodedReason {
  const out: CodedReason = { code: reason.code, params: reason.params };
  if (reason.parts) out.parts = reason.parts.map(stripped);
  return out;
}

/** A coded reason and its English text, built from the template. */
export function reasonFor(code: ProblemCode, params: ProblemParams = {}, parts?: CodedReason[]): Reason {
  const coded: CodedReason = { code, params };
  if (parts && parts.length > 0) coded.parts = parts.map(stripped);
  return { ...coded, reason: wordReason(coded) };
}

/** One reason for several: the single one as it is, else SEVERAL with each as a part. */
export function joinReasons(reasons: Reason[]): Reason {
  if (reasons.length === 1 && reasons[0]) return reasons[0];
  return reasonFor('SEVERAL', {}, reasons);
}

/** The coded fields of a reason, to spread into a Problem next to `where` (no `reason` text twice). */
export function codedFields(reason: CodedReason): CodedReason {
  return stripped(reason);
}

export const PLACE_KINDS = [
  'line',
  'column',
  'entry',
  'cookie',
  'request cookie',
  'response cookie',
  'Set-Cookie',
  'pair',
  'origin',
  'row',
  'record',
  'page',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a problem is, in parts: the file, then e.g. line 12, or entry 3 then response cookie 2. */
export interface ProblemPlace {
  file: string;
  at: { kind: PlaceKind; n: number }[];
}

const STEP = new RegExp(`^ (${PLACE_KINDS.join('|')}) (\\d+)`);

/**
 * The structured form of a `where` the readers spell out ("cookies.txt line 12", "x.har entry 3 response
 * cookie 2"), given the file's name; null when it is not "<file>" followed by such steps.
 */
export function placeOf(where: string, file: string): ProblemPlace | null {
  if (!where.startsWith(file)) return null;
  let rest = where.slice(file.length);
  const at: ProblemPlace['at'] = [];
  while (rest !== '') {
    const step = STEP.exec(rest);
    if (!step) return null;
    at.push({ kind: step[1] as PlaceKind, n: Number(step[2]) });
    rest = rest.slice(step[0].length);
  }
  return { file, at };
}
