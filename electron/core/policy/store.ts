// The site policies Crumbs knows: the built-in ones, and those the user imported or edited (kept in
// policies.json). A user's policy for a site replaces the built-in one; removing it brings the built-in back,
// and removing a built-in one is remembered, so the example can be put away and restored.
import { z } from 'zod';
import { SitePolicy } from '../../../shared/policy';
import type { Document, DocumentSpec } from '../storage/documents';
import { BUILTIN_POLICIES } from './policies';

const PoliciesContent = z.object({
  policies: z.record(z.string(), SitePolicy),
  /** Built-in policies the user removed. */
  removedBuiltins: z.array(z.string()),
});
type PoliciesContent = z.infer<typeof PoliciesContent>;

export const POLICIES_DOCUMENT: DocumentSpec<PoliciesContent> = {
  name: 'policies',
  version: 1,
  schema: PoliciesContent,
  empty: () => ({ policies: {}, removedBuiltins: [] }),
};

/** What a site's policy was before a change, to put it back exactly (undo). */
export interface PolicySnapshot {
  site: string;
  user: SitePolicy | null;
  builtinRemoved: boolean;
}

export class PolicyStore {
  constructor(private readonly doc: Document<PoliciesContent>) {}

  get(site: string): SitePolicy | null {
    const content = this.doc.read();
    const user = Object.hasOwn(content.policies, site) ? content.policies[site] : undefined;
    if (user) return user;
    if (content.removedBuiltins.includes(site)) return null;
    return BUILTIN_POLICIES.find((p) => p.site === site) ?? null;
  }

  all(): SitePolicy[] {
    const content = this.doc.read();
    const sites = new Set([...BUILTIN_POLICIES.map((p) => p.site), ...Object.keys(content.policies)]);
    return [...sites]
      .sort()
      .map((site) => this.get(site))
      .filter((p): p is SitePolicy => p !== null);
  }

  snapshot(site: string): PolicySnapshot {
    const content = this.doc.read();
    return {
      site,
      user: (Object.hasOwn(content.policies, site) ? content.policies[site] : undefined) ?? null,
      builtinRemoved: content.removedBuiltins.includes(site),
    };
  }

  /** Saves a policy as the site's own; returns what was there, for undo. */
  async put(policy: SitePolicy): Promise<PolicySnapshot> {
    const before = this.snapshot(policy.site);
    const content = this.doc.read();
    await this.doc.write({
      policies: { ...content.policies, [policy.site]: policy },
      removedBuiltins: content.removedBuiltins.filter((s) => s !== policy.site),
    });
    return before;
  }

  /** Removes the site's policy (the user's, or else the built-in one); null when there was none. */
  async remove(site: string): Promise<PolicySnapshot | null> {
    const before = this.snapshot(site);
    const content = this.doc.read();
    const policies = { ...content.policies };
    if (before.user) delete policies[site];
    else if (!before.builtinRemoved && BUILTIN_POLICIES.some((p) => p.site === site)) {
      await this.doc.write({ policies, removedBuiltins: [...content.removedBuiltins, site] });
      return before;
    } else return null;
    await this.doc.write({ policies, removedBuiltins: content.removedBuiltins });
    return before;
  }

  /** Puts a site's policy back exactly as a snapshot had it. */
  async restore(snapshot: PolicySnapshot): Promise<void> {
    const content = this.doc.read();
    const policies = { ...content.policies };
    if (snapshot.user) policies[snapshot.site] = snapshot.user;
    else delete policies[snapshot.site];
    const others = content.removedBuiltins.filter((s) => s !== snapshot.site);
    await this.doc.write({
      policies,
      removedBuiltins: snapshot.builtinRemoved ? [...others, snapshot.site] : others,
    });
  }
}
