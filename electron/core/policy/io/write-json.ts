// Crumbs's own policy file: the SitePolicy as it is, fields in a fixed order. readPolicy takes it back whole.
import type { SitePolicy } from '../../../../shared/policy';

export function writePolicyJson(policy: SitePolicy): string {
  const ordered: SitePolicy = {
    site: policy.site,
    publisher: policy.publisher,
    language: policy.language,
    intro: policy.intro,
    sections: policy.sections.map((s) => ({
      category: s.category,
      heading: s.heading,
      description: s.description,
    })),
    entries: policy.entries.map((e) => ({
      supplier: e.supplier,
      name: e.name,
      match: e.match,
      type: e.type,
      duration: {
        raw: e.duration.raw,
        kind: e.duration.kind,
        seconds: e.duration.seconds,
        condition: e.duration.condition,
      },
      function: e.function,
      category: e.category,
    })),
    source: policy.source,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
