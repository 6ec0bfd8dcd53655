// From a platform's own ids (OneTrust groups, CookieYes categories, Axeptio vendors, Usercentrics services) to
// the five canonical categories and back: the option schemas that map them, the roll-up of many ids into one
// category, and the fold of `social` into `marketing` for platforms that have no social category.
import { z } from 'zod';
import { CONSENT_CATEGORIES } from '../../../../shared/category';
import type { Choices, ConsentReading } from '../../../../shared/consent';

export const CanonicalCategory = z.enum(CONSENT_CATEGORIES);
export type CanonicalCategory = z.infer<typeof CanonicalCategory>;
export type CategoryReading = ConsentReading['categories'];

/** A platform id: printable, short, no separators the platforms use inside their values. */
export const PlatformId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^,;:&=|\s"'{}]+$/, 'an id may not contain spaces, quotes or , ; : & = | { }');

/** Site ids → canonical categories, with a default copied on every parse (zod hands value defaults out shared). */
export function idMap(defaults: Record<string, CanonicalCategory>) {
  return z.record(PlatformId, CanonicalCategory).default(() => ({ ...defaults }));
}

export function emptyReading(): CategoryReading {
  return { necessary: null, preferences: null, statistics: null, marketing: null, social: null };
}

/** The choice a profile makes for a canonical category (necessary is always on). */
export function choiceOf(choices: Choices, category: CanonicalCategory): boolean {
  return category === 'necessary' ? true : choices[category];
}

/**
 * For platforms with no social category (Cookiebot, CookieYes, Complianz), social media cookies are filed under
 * marketing. A consent is given only when both are accepted: a refusal is never turned into a consent.
 */
export function foldSocial(choices: Choices): Choices {
  const both = choices.marketing && choices.social;
  return { ...choices, marketing: both, social: both };
}

export interface Rollup {
  categories: CategoryReading;
  /** Categories whose ids disagree (some accepted, some refused): read as null. */
  mixed: CanonicalCategory[];
}

/** Many platform ids per category: a category is accepted (or refused) when all its ids that say something agree. */
export function rollUp(
  entries: ReadonlyArray<{ category: CanonicalCategory; value: boolean | null }>,
): Rollup {
  const categories = emptyReading();
  const mixed: CanonicalCategory[] = [];
  for (const category of CONSENT_CATEGORIES) {
    const values = entries.filter((e) => e.category === category && e.value !== null).map((e) => e.value);
    if (values.length === 0) continue;
    if (values.every((v) => v === true)) categories[category] = true;
    else if (values.every((v) => v === false)) categories[category] = false;
    else mixed.push(category);
  }
  return { categories, mixed };
}

/**
 * Per-service platforms whose services are not mapped: when every recorded service says the same thing (the
 * usual "accept all" / "refuse all"), that is what each optional category says; otherwise nothing is inferred.
 */
export function uniformReading(values: ReadonlyArray<boolean>): CategoryReading | null {
  if (values.length === 0) return null;
  const first = values[0] ?? false;
  if (!values.every((v) => v === first)) return null;
  return { necessary: true, preferences: first, statistics: first, marketing: first, social: first };
}

export function mixedNote(mixed: ReadonlyArray<CanonicalCategory>): string[] {
  return mixed.length === 0
    ? []
    : [`Some ${mixed.join(', ')} ids are accepted and others refused: read as undecided.`];
}
