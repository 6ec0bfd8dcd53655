// What reading a policy file gives: the policy's parts (the caller adds where it came from) and what was not sound.
import type { Problem } from '../../../../shared/model';
import type { PolicyEntry, PolicySection } from '../../../../shared/policy';
import type { PolicyFormat } from './detect';

export interface PolicyReadOptions {
  format?: 'auto' | PolicyFormat;
  /** The site the policy is for, when the caller knows it: beats anything the file says. */
  site?: string;
}

export interface PolicyReadResult {
  format: PolicyFormat;
  /** Why this format: "given", "parses as JSON", "has HTML tags (<table>)"… */
  reason: string;
  site: string | null;
  publisher: string | null;
  /** BCP 47: the page's lang attribute, or en/fr guessed from the table headers. */
  language: string;
  intro: string;
  sections: PolicySection[];
  entries: PolicyEntry[];
  /** Cookie tables recognised. */
  tables: number;
  problems: Problem[];
}
