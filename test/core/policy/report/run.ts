// One site through buildReport with the app's classifier: the findings tests' common step.
import { buildReport, type ReportInput, type SiteInput } from '../../../../electron/core/policy/report';
import type { Category, Cookie, SitePolicy, StorageEntry } from '../../../../shared/model';
import { classifierFor, NOW } from './jar';

export const SITE = 'example.fr';

export function run(
  sitePolicy: SitePolicy | null,
  cookies: Cookie[],
  options: { storage?: StorageEntry[]; refused?: Category[]; tolerance?: number } = {},
) {
  const site: SiteInput = { site: SITE, policy: sitePolicy, cookies, storage: options.storage ?? [] };
  const input: ReportInput = {
    now: NOW,
    sites: [site],
    classify: classifierFor(sitePolicy ? [sitePolicy] : []),
    ...(options.refused ? { refused: options.refused } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
  };
  return buildReport(input).findings;
}

export function summary(findings: ReturnType<typeof run>) {
  return findings.map((f) => [f.severity, f.kind, f.cookie]);
}
