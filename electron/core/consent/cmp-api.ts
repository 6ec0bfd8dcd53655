// The contract's consent-platform methods: list the adapters, encode a profile's choices for a site, write
// that state into the jar, and decode what the jar (or a file) holds back into plain words.
import type { Api } from '../../../shared/contract';
import type { consentContract, SiteReading } from '../../../shared/contract-consent';
import type { CmpId, ConsentTarget } from '../../../shared/consent';
import { CrumbsError } from '../../../shared/errors';
import type { CookieData, StorageEntry } from '../../../shared/model';
import { makeInput } from '../formats/input';
import { readInput, writerFor } from '../formats/registry';
import { importFiles } from '../jar/import';
import type { Jar } from '../jar/jar';
import { toCookieData } from '../jar/convert';
import { normalizeSite, siteOf, siteOfOrigin } from '../jar/site';
import type { StoredState } from './adapter';
import type { RegisteredAdapter } from './registered';
import { choicesFor, type ProfileStore } from './profiles/store';

type CmpMethods = 'consent.cmps' | 'consent.encode' | 'consent.write' | 'consent.decode';
type CmpApi = Pick<Api, CmpMethods & keyof typeof consentContract>;

export function createCmpApi(deps: {
  jar: Jar;
  profiles: ProfileStore;
  adapters: readonly RegisteredAdapter[];
}): CmpApi {
  const { jar, profiles, adapters } = deps;
  const adapterOf = (id: CmpId): RegisteredAdapter => {
    const found = adapters.find((a) => a.id === id);
    if (!found) throw new CrumbsError('NOT_FOUND', `Crumbs has no adapter for "${id}" yet.`);
    return found;
  };

  const encode = (request: {
    cmp: CmpId;
    url?: string | undefined;
    site?: string | undefined;
    profile?: string | undefined;
    options: Record<string, unknown>;
  }) => {
    const target = targetOf(request.url, request.site);
    const profile = profiles.resolve(request.profile);
    const choices = choicesFor(profile, target.site);
    const state = adapterOf(request.cmp).encode(choices, request.options, {
      target,
      now: new Date(),
      gpc: profile.gpc,
    });
    return { profile: profile.name, choices, target, state };
  };

  return {
    async 'consent.cmps'() {
      return adapters.map(({ id, label, inferred, optionDocs }) => ({
        id,
        label,
        inferred,
        options: optionDocs,
      }));
    },

    async 'consent.encode'({ format, ...request }) {
      const encoded = encode(request);
      const { cookies, storage } = encoded.state;
      const base = `${encoded.target.site}-${request.cmp}-${encoded.profile}`.replace(/[^\w.-]+/g, '-');
      if (format === 'json') {
        const content = JSON.stringify(encoded.state, null, 2) + '\n';
        return { ...encoded, document: { content, fileName: `${base}.json`, mediaType: 'application/json' } };
      }
      const writer = writerFor(format);
      const { content } = writer.write({ cookies, storage }, { nowSec: Math.floor(Date.now() / 1000) });
      return {
        ...encoded,
        document: { content, fileName: `${base}${writer.extension}`, mediaType: writer.mediaType },
      };
    },

    async 'consent.write'(request) {
      const { state } = encode(request);
      const content = writerFor('playwright').write(
        { cookies: state.cookies, storage: state.storage },
        { nowSec: Math.floor(Date.now() / 1000) },
      ).content;
      return importFiles(
        jar,
        [{ name: `${request.cmp}-consent.json`, bytes: Buffer.from(content, 'utf8') }],
        {
          format: 'playwright',
          dryRun: false,
          skipInvalid: false,
        },
      );
    },

    async 'consent.decode'({ site, file, options }) {
      let cookies: CookieData[];
      let storage: StorageEntry[];
      if (file) {
        const reading = await readInput(makeInput(file.name, Buffer.from(file.content, 'utf8')), 'auto', {
          nowMs: Date.now(),
        });
        if (!reading.result) {
          throw new CrumbsError(
            'IMPORT_UNREADABLE',
            `${file.name}: not a cookie file Crumbs can read: ${reading.reason}`,
          );
        }
        cookies = reading.result.cookies.map((e) => e.cookie);
        storage = reading.result.storage.map((s) => s.entry);
      } else {
        cookies = jar.live().map(toCookieData);
        storage = jar.storageEntries();
      }
      const only = site === undefined ? undefined : normalizeSite(site);
      const bySite = new Map<string, StoredState>();
      const of = (s: string) => {
        let state = bySite.get(s);
        if (!state) {
          state = { cookies: [], storage: [] };
          bySite.set(s, state);
        }
        return state;
      };
      for (const c of cookies) of(siteOf(c.domain)).cookies.push(c);
      for (const e of storage) of(siteOfOrigin(e.origin)).storage.push(e);
      const readings: SiteReading[] = [];
      for (const [s, state] of [...bySite].sort(([a], [b]) => a.localeCompare(b))) {
        if (only !== undefined && s !== only) continue;
        for (const adapter of adapters) {
          if (!adapter.detect(state)) continue;
          const reading = adapter.decode(state, options[adapter.id]);
          if (reading) readings.push({ site: s, ...reading });
        }
      }
      return readings;
    },
  };
}

/** Cookies for the URL's host and localStorage for its origin; a bare site means https://site. */
export function targetOf(url: string | undefined, site: string | undefined): ConsentTarget {
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new CrumbsError('VALIDATION', `--url "${url}" is not a URL.`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new CrumbsError('VALIDATION', `--url must be http or https (got ${parsed.protocol}).`);
    }
    const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return { host, site: siteOf(host), origin: parsed.origin };
  }
  if (site !== undefined) {
    const name = normalizeSite(site);
    return { host: name, site: name, origin: `https://${name}` };
  }
  throw new CrumbsError('VALIDATION', 'Say where the consent state is for: --url URL or --site SITE.');
}
