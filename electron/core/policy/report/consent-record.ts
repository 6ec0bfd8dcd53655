// Whether a stored item records the visitor's consent choice. Classification carries no "this is a consent
// cookie" flag, so three signals are read, any one is enough:
// 1. the name is one the catalog lists under consent platforms — whatever category anything gave it;
// 2. the declaring policy entry's function speaks of consent or of cookie choices/preferences (EN, FR);
// 3. the classification's supplier is a consent platform.
// 2 and 3 only count for necessary or preferences items: a consent platform's own analytics cookie, or a
// tracker "set only after consent", does not hold the choice.
import type { Classification, PolicyEntry } from '../../../../shared/model';
import { nameMatches, type NamePattern } from '../../../../shared/name-pattern';
import { consent } from '../catalog/builtin/consent';

// The catalog's consent-platform entries (FORMATS.md §4 and more), whatever type: a name is a name.
const CONSENT_NAMES: readonly NamePattern[] = consent;

const CONSENT_PLATFORMS =
  /\b(?:cookiebot|onetrust|didomi|quantcast choice|inmobi choice|consentmanager|cookieyes|tarteaucitron|klaro|orejime|complianz|axeptio|usercentrics|iubenda|borlabs|cookiefirst|trustcommander|commanders act|osano|termly|sourcepoint|trustarc|cookie ?script|cookiehub|sirdata|truendo|cookie control)\b/i;

const CONSENT_WORDS =
  /consent|(?:cookies?|traceurs?)\b[^.]{0,40}?\b(?:choices?|preferences?|settings|choix|préférences?)|\b(?:choices?|preferences?|choix|préférences?)\b[^.]{0,40}?\b(?:cookies?|traceurs?)\b/i;

export function recordsConsent(
  name: string,
  entry: PolicyEntry | null,
  classification: Classification,
): boolean {
  if (CONSENT_NAMES.some((pattern) => nameMatches(pattern, name))) return true;
  if (classification.category !== 'necessary' && classification.category !== 'preferences') return false;
  if (entry !== null && CONSENT_WORDS.test(entry.function)) return true;
  return classification.supplier !== null && CONSENT_PLATFORMS.test(classification.supplier);
}
