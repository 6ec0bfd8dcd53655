// One adapter per consent platform (CMP): detect its stored state, decode it into plain choices, and encode
// a profile's choices into exactly what the platform stores, so a site starts with the banner answered.
import type { z } from 'zod';
import type { CookieData, StorageEntry } from '../../../shared/model';
import type { Choices, CmpId, ConsentReading, ConsentState, ConsentTarget } from '../../../shared/consent';

/** What a site stores, as read from the jar (or a storageState / cookies file). */
export interface StoredState {
  cookies: CookieData[];
  /** localStorage of the site's origins. */
  storage: StorageEntry[];
}

/** One documented option: its name, what it means, and its default for a standard installation. */
export interface OptionDoc {
  name: string;
  description: string;
  default: string;
}

export interface Detection {
  /** The cookie or storage names that identify the platform. */
  evidence: string[];
}

export interface EncodeContext {
  target: ConsentTarget;
  /** The clock the state is written at (timestamps, expiries). */
  now: Date;
  /** Global Privacy Control is on in the profile. */
  gpc: boolean;
}

export interface CmpAdapter<Options = unknown> {
  id: CmpId;
  label: string;
  /** Encoding reproduces observed values of a closed platform rather than its source or spec. */
  inferred: boolean;
  /** Parses options (unknown input from a user's JSON), filling defaults; throws a zod error naming the field. */
  options: z.ZodType<Options>;
  optionDocs: OptionDoc[];
  detect(state: StoredState): Detection | null;
  /** null when nothing of this platform is stored; a reading with notes when something is but cannot be fully read. */
  decode(state: StoredState, options: Options): Omit<ConsentReading, 'cmp'> | null;
  encode(choices: Choices, options: Options, context: EncodeContext): Omit<ConsentState, 'cmp'>;
}
