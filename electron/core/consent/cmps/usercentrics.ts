// Usercentrics (closed; the v2 browser SDK's storage): localStorage `uc_settings` = JSON {controllerId, id
// (the settings id), language, services:[{history:[…], id (template id), processorId, status}], version}, and
// `uc_user_interaction` = "true" — without it the banner shows. Keys are written in the alphabetical order real
// values have. A service missing from `services` is asked about again, and so is a state written for another
// settings id. Only the v2 keys are written: uc_gcm (Google consent mode) and uc_tcf (TCF) are not.
import { z } from 'zod';
import type { Choices } from '../../../../shared/consent';
import type { CmpAdapter, StoredState } from '../adapter';
import { CanonicalCategory, choiceOf, idMap, mixedNote, rollUp, uniformReading } from './category-rollup';
import { pickStorage } from './cookie-read';
import { gpcSignal } from './cookie-write';
import { hexId } from './ids';
import { isoFromMillis, isRecord, parseFlag, parseJsonLenient } from './lenient-values';
import { decodeRepeatedly } from './percent-encoding';

const SETTINGS = 'uc_settings';
const INTERACTION = 'uc_user_interaction';
/** The SDK build real values name in history.versions.application; nothing reads it back. */
const APPLICATION = 'SDK-4.28.2';

export const UsercentricsOptions = z.object({
  services: idMap({}),
  settingsId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{0,40}$/, 'the data-settings-id of the Usercentrics script')
    .default(''),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a settings version such as 2.0.0')
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'a language code such as en or fr')
    .default('en'),
  controllerId: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits')
    .optional(),
});
export type UsercentricsOptions = z.output<typeof UsercentricsOptions>;

function action(choices: Choices, categories: CanonicalCategory[]): string {
  const optional = categories.filter((c) => c !== 'necessary').map((c) => choiceOf(choices, c));
  if (optional.every(Boolean)) return 'onAcceptAllServices';
  if (optional.every((v) => !v)) return 'onDenyAllServices';
  return 'onUpdateServices';
}

function readSettings(value: string): unknown {
  return parseJsonLenient(value) ?? parseJsonLenient(decodeRepeatedly(value));
}

interface ServiceRead {
  id: string;
  status: boolean | null;
  at: string | null;
}

function readService(raw: unknown): ServiceRead | null {
  if (!isRecord(raw) || typeof raw.id !== 'string') return null;
  const history = Array.isArray(raw.history) ? raw.history.filter(isRecord) : [];
  const last = history[history.length - 1];
  const explicit = history.filter((h) => typeof h.type !== 'string' || h.type.toLowerCase() === 'explicit');
  const latest = explicit
    .map((h) => isoFromMillis(h.timestamp))
    .filter((t): t is string => t !== null)
    .sort()
    .pop();
  return { id: raw.id, status: parseFlag(raw.status) ?? parseFlag(last?.status), at: latest ?? null };
}

function decode(state: StoredState, options: UsercentricsOptions) {
  const settings = pickStorage(state, SETTINGS);
  const interaction = pickStorage(state, INTERACTION);
  if (settings === null && interaction === null) return null;
  const notes = [...(settings?.notes ?? []), ...(interaction?.notes ?? [])];
  const sources = [
    settings && `localStorage ${SETTINGS}`,
    interaction && `localStorage ${INTERACTION}`,
  ].filter((s): s is string => s !== null);
  if (parseFlag(interaction?.item.value ?? '') !== true)
    notes.push(`${INTERACTION} is not "true": Usercentrics shows the banner.`);
  const parsed = settings === null ? undefined : readSettings(settings.item.value);
  if (settings !== null && !isRecord(parsed)) notes.push(`${SETTINGS} is not readable JSON.`);
  const body = isRecord(parsed) ? parsed : {};
  if (options.settingsId !== '' && body.id !== undefined && body.id !== options.settingsId) {
    notes.push(
      `Written for settings ${String(body.id)}, not the site's ${options.settingsId}: Usercentrics asks again.`,
    );
  }
  if (options.version !== undefined && body.version !== undefined && body.version !== options.version) {
    notes.push(
      `Settings version ${String(body.version)}, the site's is ${options.version}: Usercentrics may ask again.`,
    );
  }
  const read = (Array.isArray(body.services) ? body.services : []).map(readService).filter((s) => s !== null);
  const services = Object.fromEntries(
    read.filter((s) => s.status !== null).map((s) => [s.id, s.status === true]),
  );
  const entries = read.flatMap((s) => {
    const category = options.services[s.id];
    return category === undefined ? [] : [{ category, value: s.status }];
  });
  let { categories, mixed } = rollUp(entries);
  categories.necessary = true;
  if (entries.length === 0) {
    const uniform = uniformReading(Object.values(services));
    if (uniform !== null) {
      categories = uniform;
      notes.push(
        `No service is mapped: every service is ${uniform.marketing ? 'accepted' : 'refused'}, so is every category.`,
      );
    }
    mixed = [];
  }
  const absent = Object.keys(options.services).filter((id) => !(id in services));
  if (absent.length > 0)
    notes.push(`Services with no answer: ${absent.join(', ')}: Usercentrics asks about them again.`);
  notes.push(...mixedNote(mixed));
  const decidedAt =
    read
      .map((s) => s.at)
      .filter((t): t is string => t !== null)
      .sort()
      .pop() ?? null;
  return {
    categories,
    ...(read.length > 0 ? { services } : {}),
    decidedAt,
    expiresAt: null,
    sources,
    notes,
  };
}

export const usercentrics = {
  id: 'usercentrics',
  label: 'Usercentrics',
  inferred: true,
  options: UsercentricsOptions,
  optionDocs: [
    {
      name: 'services',
      description:
        'Usercentrics service template id → canonical category; every service of the site must be listed or it is asked about again.',
      default: 'none',
    },
    {
      name: 'settingsId',
      description: 'The data-settings-id of the site; a state for another id is ignored.',
      default: "'' (set it)",
    },
    {
      name: 'version',
      description: "The site's settings version, written in uc_settings and compared when decoding.",
      default: '1.0.0 when encoding; not compared',
    },
    { name: 'language', description: 'Language written in uc_settings and its history.', default: 'en' },
    {
      name: 'controllerId',
      description: 'controllerId (64 hex digits); random when absent.',
      default: 'random',
    },
  ],
  detect(state) {
    const evidence = [SETTINGS, INTERACTION].filter((name) => state.storage.some((e) => e.name === name));
    return evidence.length > 0 ? { evidence: evidence.map((name) => `localStorage ${name}`) } : null;
  },
  decode,
  encode(choices, options, { target, now, gpc }) {
    const version = options.version ?? '1.0.0';
    const categories = Object.values(options.services);
    const entry = (act: string, status: boolean, type: string) => ({
      action: act,
      language: options.language,
      status,
      timestamp: now.getTime(),
      type,
      versions: { application: APPLICATION, service: '1.0.0', settings: version },
    });
    const services = Object.entries(options.services).map(([id, category]) => ({
      history: [
        // The SDK records the page load (essential services on, the rest off), then the visitor's choice.
        entry('onInitialPageLoad', category === 'necessary', 'implicit'),
        entry(action(choices, categories), choiceOf(choices, category), 'explicit'),
      ],
      id,
      processorId: hexId(),
      status: choiceOf(choices, category),
    }));
    const value = JSON.stringify({
      controllerId: options.controllerId ?? hexId(),
      id: options.settingsId,
      language: options.language,
      services,
      version,
    });
    const notes = ['Usercentrics is closed source: uc_settings reproduces observed values of its v2 SDK.'];
    if (options.settingsId === '')
      notes.push('settingsId is empty: Usercentrics ignores a state written for another settings id.');
    if (services.length === 0)
      notes.push('No service is configured (services option): the site will ask about its services.');
    return {
      cookies: [],
      storage: [
        { origin: target.origin, name: SETTINGS, value },
        { origin: target.origin, name: INTERACTION, value: 'true' },
      ],
      ...gpcSignal(gpc),
      notes,
    };
  },
} satisfies CmpAdapter<UsercentricsOptions>;
