// The policy's table split by category, in the canonical order (FORMATS.md §3), each under the heading and
// text the policy page gives it, else under the category's name.
import { CATEGORIES, type Category, type PolicyEntry, type SitePolicy } from '../../../shared/model';

export interface PolicyGroup {
  category: Category;
  /** The page's own heading; null when the policy names none for this category. */
  heading: string | null;
  description: string;
  entries: PolicyEntry[];
}

export function groupPolicy(policy: SitePolicy): PolicyGroup[] {
  const groups: PolicyGroup[] = [];
  for (const category of CATEGORIES) {
    const sections = policy.sections.filter((s) => s.category === category);
    const entries = policy.entries.filter((e) => e.category === category);
    if (sections.length === 0 && entries.length === 0) continue;
    const heading = sections.map((s) => s.heading.trim()).find((h) => h !== '') ?? null;
    const description = sections
      .map((s) => s.description.trim())
      .filter((d) => d !== '')
      .join('\n\n');
    groups.push({ category, heading, description, entries });
  }
  return groups;
}
