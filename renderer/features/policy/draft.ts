// A policy row as the editor holds it: the words a person types (the name as declared, `_ga_*` or `/^_hj/`, and
// the duration as written), checked as they type with the same rules the core applies on save.
import type { PolicyEntryInput } from '../../../shared/contract-policy';
import type { Category, PolicyEntry, StorageType } from '../../../shared/model';
import { formatDeclaredName, parseDeclaredName, type NamePattern } from '../../../shared/name-pattern';

export interface DraftRow {
  /** Stable across edits, for React keys and focus. */
  id: number;
  supplier: string;
  name: string;
  type: StorageType;
  duration: string;
  function: string;
  category: Category;
}

/** The contract's limits (PolicyEntryInput), as maxLength on the inputs. */
export const LIMITS = { supplier: 500, name: 1000, duration: 1000, function: 5000 } as const;

/** shared/name-pattern compiles no longer pattern: a longer one would be kept as an exact name. */
const MAX_REGEX = 200;
const REGEX = /^\/(.+)\/[a-z]*$/s;

export type NameProblem =
  { kind: 'required' } | { kind: 'regex'; reason: string } | { kind: 'regexTooLong'; max: number };

let nextId = 1;

export function draftFrom(entry: PolicyEntry): DraftRow {
  return {
    id: nextId++,
    supplier: entry.supplier,
    name: formatDeclaredName(entry),
    type: entry.type,
    duration: entry.duration.raw,
    function: entry.function,
    category: entry.category,
  };
}

export function emptyDraft(category: Category = 'necessary'): DraftRow {
  return { id: nextId++, supplier: '', name: '', type: 'cookie', duration: '', function: '', category };
}

/** What is wrong with a declared name, or null: a name is required, and `/…/` must be a regular expression. */
export function nameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'required' };
  const regex = REGEX.exec(trimmed);
  if (!regex) return null;
  if (regex[1]!.length > MAX_REGEX) return { kind: 'regexTooLong', max: MAX_REGEX };
  try {
    new RegExp(regex[1]!, 'u');
    return null;
  } catch (error) {
    return { kind: 'regex', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** How the name will be matched, once it is valid. */
export function namePattern(name: string): NamePattern | null {
  return nameProblem(name) === null ? parseDeclaredName(name) : null;
}

export function toInput(row: DraftRow): PolicyEntryInput {
  return {
    supplier: row.supplier.trim(),
    name: row.name.trim(),
    type: row.type,
    duration: row.duration.trim(),
    function: row.function.trim(),
    category: row.category,
  };
}

/** Whether the rows say something else than the policy's entries (Cancel then asks first). */
export function changed(
  rows: readonly DraftRow[],
  publisher: string,
  entries: readonly PolicyEntry[],
  was: string,
) {
  if (publisher.trim() !== was.trim() || rows.length !== entries.length) return true;
  return rows.some((row, index) => {
    const a = toInput(row);
    const b = toInput(draftFrom(entries[index]!));
    return (Object.keys(a) as (keyof PolicyEntryInput)[]).some((key) => a[key] !== b[key]);
  });
}
