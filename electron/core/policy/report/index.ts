// The compliance report (declared vs observed) and its exports.
export { buildReport } from './build';
export type { ReportInput, SiteInput, StoredItem } from './input';
export {
  CHROME_COOKIES_PER_SITE,
  CONSENT_GUIDANCE_SECONDS,
  MONTH_SECONDS,
  TRACKER_LIMIT_SECONDS,
} from './input';
export { reportToJson } from './json';
export { reportToCsv } from './csv';
export { reportToHtml } from './html';
export { describe as describeFinding, type Lang } from './messages';
