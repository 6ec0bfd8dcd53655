// Every lifetime in the catalog goes through the one duration parser, so catalog and policies read alike.
import { parseDuration } from '../../../../shared/duration';
import type { Duration } from '../../../../shared/policy';

export function lifetime(raw: string): Duration {
  return parseDuration(raw);
}
