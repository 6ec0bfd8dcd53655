// The import problems in the user's language. The core words them in English (`reason`, which the CLI
// prints) and sends the same thing coded (shared/problem-codes.ts); problems-fr.ts words every code in
// French. An unknown code (a newer core) or a reason sent without one falls back to the English text.
import type { ImportReport, Problem } from '../../shared/model';
import {
  PROBLEM_CODES,
  wordReason,
  type CodedReason,
  type PlaceKind,
  type ProblemPlace,
} from '../../shared/problem-codes';
import type { Language } from './index';
import { FRENCH } from './problems-fr';

export { FRENCH } from './problems-fr';

type FileReport = Pick<
  ImportReport['files'][number],
  'formatReason' | 'formatReasonCode' | 'formatReasonParams' | 'formatReasonParts'
>;

const KNOWN = new Set<string>(PROBLEM_CODES);

function isKnown(coded: CodedReason): boolean {
  return KNOWN.has(coded.code) && (coded.parts ?? []).every(isKnown);
}

/** A coded reason in French, or null when some code is unknown here. */
export function frenchReason(coded: CodedReason): string | null {
  return isKnown(coded) ? wordReason(coded, FRENCH) : null;
}

function inLanguage(coded: CodedReason | null, english: string, language: Language): string {
  if (language !== 'fr' || !coded) return english;
  return frenchReason(coded) ?? english;
}

function codedOf(problem: Pick<Problem, 'code' | 'params' | 'parts'>): CodedReason | null {
  if (!problem.code) return null;
  const coded: CodedReason = { code: problem.code, params: problem.params ?? {} };
  if (problem.parts) coded.parts = problem.parts;
  return coded;
}

/** Why a row was rejected or warned about, in the UI's language. */
export function problemText(problem: Problem, language: Language): string {
  return inLanguage(codedOf(problem), problem.reason, language);
}

/** Why the import chose a file's format, in the UI's language. */
export function formatReasonText(file: FileReport, language: Language): string {
  const coded = codedOf({
    code: file.formatReasonCode,
    params: file.formatReasonParams,
    parts: file.formatReasonParts,
  });
  return inLanguage(coded, file.formatReason, language);
}

const PLACES: Record<PlaceKind, string> = {
  line: 'ligne',
  column: 'colonne',
  entry: 'entrée',
  cookie: 'cookie',
  'request cookie': 'cookie de requête',
  'response cookie': 'cookie de réponse',
  'Set-Cookie': 'Set-Cookie',
  pair: 'paire',
  origin: 'origine',
  row: 'ligne',
  record: 'enregistrement',
  page: 'page',
};

/** "bad.txt, ligne 2", "export.har, entrée 3, cookie de réponse 1". */
export function frenchPlace(place: ProblemPlace): string {
  return [place.file, ...place.at.map((step) => `${PLACES[step.kind]} ${step.n}`)].join(', ');
}

/** Where a problem is, in the UI's language (a site name or a file alone reads the same in both). */
export function placeText(problem: Problem, language: Language): string {
  if (language !== 'fr' || !problem.place) return problem.where;
  return frenchPlace(problem.place);
}
