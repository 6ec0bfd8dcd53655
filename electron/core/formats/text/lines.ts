// Line reading shared by the text readers: the size cap before anything else, then every line with its
// number, CRLF / CR / LF alike, over-long lines reported instead of parsed.
import { reasonFor } from '../../../../shared/problem-codes';
import { assertInputSize, isOverLineLimit, MAX_LINE_BYTES, ProblemList, utf8Length } from '../limits';
import { splitLines } from '../netscape';
import type { ReadInput } from '../plugin';

export interface TextLine {
  text: string;
  /** "cookies.lwp line 3" */
  where: string;
}

/** Calls visit for each line short enough to parse; throws TOO_LARGE (only) for an oversize input. */
export function eachLine(input: ReadInput, problems: ProblemList, visit: (line: TextLine) => void): void {
  const text = input.text();
  assertInputSize(text, input.name);
  splitLines(text).forEach((line, index) => {
    const where = `${input.name} line ${index + 1}`;
    if (isOverLineLimit(line)) {
      problems.add(
        where,
        reasonFor('LINE_TOO_LONG', { bytes: utf8Length(line), limit: MAX_LINE_BYTES / 1024 }),
      );
      return;
    }
    visit({ text: line, where });
  });
}

/** The first line that is neither blank nor a `#` comment, for sniffing (looks at the first 64 KiB only). */
export function firstContentLine(input: ReadInput): string | null {
  const head = input.text().slice(0, 64 * 1024);
  for (const line of splitLines(head)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return trimmed;
  }
  return null;
}

/** Removes a case-insensitive header prefix ("Cookie:", "Set-Cookie:"), or returns null when absent. */
export function afterPrefix(line: string, prefix: string): string | null {
  const start = line.trimStart();
  return start.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()
    ? start.slice(prefix.length)
    : null;
}

/** Header whitespace only (SP, HTAB): `trim()` would also eat NBSP and other Unicode spaces in values. */
export function trimOws(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}
