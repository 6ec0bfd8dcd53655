// TCF purposes and special features, and how the canonical categories map onto them (FORMATS.md §3).
// One place for the mapping, so the encoder, the decoder and Didomi's purpose ids all agree.
import type { Choices } from '../../../../shared/consent';

/** Short names of the TCF 2.2 purposes (policy appendix A), used in notes and the purposes-only vendor list. */
export const PURPOSE_NAMES: Readonly<Record<number, string>> = {
  1: 'Store and/or access information on a device',
  2: 'Use limited data to select advertising',
  3: 'Create profiles for personalised advertising',
  4: 'Use profiles to select personalised advertising',
  5: 'Create profiles to personalise content',
  6: 'Use profiles to select personalised content',
  7: 'Measure advertising performance',
  8: 'Measure content performance',
  9: 'Understand audiences through statistics or combinations of data from different sources',
  10: 'Develop and improve services',
  11: 'Use limited data to select content',
};

export const SPECIAL_PURPOSE_NAMES: Readonly<Record<number, string>> = {
  1: 'Ensure security, prevent and detect fraud, and fix errors',
  2: 'Deliver and present advertising and content',
  3: 'Save and communicate privacy choices',
};

export const FEATURE_NAMES: Readonly<Record<number, string>> = {
  1: 'Match and combine data from other data sources',
  2: 'Link different devices',
  3: 'Identify devices based on information transmitted automatically',
};

export const SPECIAL_FEATURE_NAMES: Readonly<Record<number, string>> = {
  1: 'Use precise geolocation data',
  2: 'Actively scan device characteristics for identification',
};

export const ALL_PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** Purpose 1 is what every vendor needs to use a cookie at all: on when anything beyond necessary is allowed. */
export const STORAGE_PURPOSE = 1;
export const STATISTICS_PURPOSES = [7, 8, 9, 10] as const;
/** Advertising (2–4), personalised content (5, 6) and content selection from limited data (11, TCF 2.2). */
export const MARKETING_PURPOSES = [2, 3, 4, 5, 6, 11] as const;
/** Purpose 11 exists from TCF 2.2 (policy version 4); older strings cannot say anything about it. */
export const PURPOSE_11_SINCE_POLICY = 4;
/** TCF 2.2 policy: purpose 1 never had legitimate interest, and 3–6 lost it in 2.2. */
export const NO_LEGITIMATE_INTEREST = [1, 3, 4, 5, 6] as const;
export const SPECIAL_FEATURES = [1, 2] as const;

/** The TCF signals a set of choices stands for. */
export interface TcfSignals {
  /** Purposes consented. */
  purposes: number[];
  /** Purposes whose legitimate interest is not objected to. */
  legitimateInterests: number[];
  specialFeatures: number[];
}

/**
 * Preferences and social have no TCF purposes: they only count towards purpose 1 (a site asking for them
 * stores something). A refused category also objects to its legitimate interest (the right to object), so
 * "necessary only" leaves vendors no legal basis at all. Special features (precise geolocation, device
 * scanning) serve advertising: on with marketing only.
 */
export function signalsFor(choices: Choices): TcfSignals {
  const purposes = new Set<number>();
  if (choices.statistics) STATISTICS_PURPOSES.forEach((p) => purposes.add(p));
  if (choices.marketing) MARKETING_PURPOSES.forEach((p) => purposes.add(p));
  if (choices.preferences || choices.statistics || choices.marketing || choices.social) {
    purposes.add(STORAGE_PURPOSE);
  }
  return fromPurposes([...purposes], choices.marketing ? [...SPECIAL_FEATURES] : []);
}

/** Signals from an explicit purpose list (Didomi's purpose ids map to these). */
export function fromPurposes(purposes: number[], specialFeatures: number[]): TcfSignals {
  const sorted = [...new Set(purposes)].sort((a, b) => a - b);
  const forbidden: readonly number[] = NO_LEGITIMATE_INTEREST;
  return {
    purposes: sorted,
    legitimateInterests: sorted.filter((p) => !forbidden.includes(p)),
    specialFeatures: [...new Set(specialFeatures)].sort((a, b) => a - b),
  };
}

export interface CategoryReading {
  value: boolean | null;
  note: string | null;
}

/**
 * A category is true when all its purposes are consented, false when none is, null when some are —
 * with a note naming which, since a person may well have chosen purpose by purpose.
 */
export function readCategory(
  label: string,
  purposes: readonly number[],
  consented: ReadonlySet<number>,
): CategoryReading {
  const yes = purposes.filter((p) => consented.has(p));
  if (yes.length === purposes.length) return { value: true, note: null };
  if (yes.length === 0) return { value: false, note: null };
  const no = purposes.filter((p) => !consented.has(p));
  return {
    value: null,
    note: `${label}: purposes ${yes.join(', ')} consented, ${no.join(', ')} not (a choice made purpose by purpose)`,
  };
}

/** The marketing purposes a string of this policy version can carry. */
export function marketingPurposesFor(policyVersion: number): number[] {
  return MARKETING_PURPOSES.filter((p) => p !== 11 || policyVersion >= PURPOSE_11_SINCE_POLICY);
}
