// Every registered consent platform, through the contract and the real jar: encode a profile's choices for a
// site, write the state into the jar (as a Playwright storageState, the way a tester's export goes), decode
// the jar, and read back the same choices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core';
import { ADAPTERS } from '../../../electron/core/consent/registry';
import { CMP_IDS, type Choices, type ConsentProfile } from '../../../shared/consent';
import { CONSENT_CATEGORIES } from '../../../shared/category';
import { tempDir } from '../../helpers/temp';

let core: Core;
let cleanup: () => void;
beforeAll(async () => {
  const t = tempDir('crumbs-cmp-api-');
  cleanup = t.cleanup;
  core = await openCore({ dataDir: t.dir });
});
afterAll(async () => {
  await core.close();
  cleanup();
});

const profile = (name: string, choices: Omit<Choices, 'necessary'>): ConsentProfile => ({
  name,
  categories: { necessary: true, ...choices },
  sites: {},
  gpc: false,
});

// Per-service platforms say something per category only through the site's own service ids (an installation
// has them; Crumbs cannot guess them): a site with two services.
const OPTIONS: Record<string, Record<string, unknown>> = {
  axeptio: { services: { google_analytics: 'statistics', facebook_pixel: 'marketing' } },
  usercentrics: { services: { HkocEodjb7: 'statistics', ko1w5PpFl: 'marketing' } },
};

describe('consent platforms through the contract', () => {
  it('lists every platform of the issue, with documented options', async () => {
    const cmps = await core.client['consent.cmps']({});
    expect(cmps.map((c) => c.id).sort()).toEqual([...CMP_IDS].sort());
    for (const c of cmps) {
      expect(c.label.length).toBeGreaterThan(0);
      for (const o of c.options) expect(o.description.length, `${c.id} ${o.name}`).toBeGreaterThan(0);
    }
    expect(cmps.find((c) => c.id === 'opendatasoft')?.inferred).toBe(true);
  });

  it('refuses options that do not fit, naming the field', async () => {
    await expect(
      core.client['consent.encode']({ cmp: 'tcf', site: 'x.example', options: { cmpId: 'one' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('options.cmpId') });
    await expect(core.client['consent.encode']({ cmp: 'klaro', options: {} })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('--url'),
    });
  });

  for (const adapter of ADAPTERS) {
    it(`${adapter.id}: what is encoded, written into the jar and decoded reads back the same choices`, async () => {
      const site = `${adapter.id.replace(/[^a-z]/g, '')}.example`;
      for (const [name, choices] of [
        ['necessary-only', { preferences: false, statistics: false, marketing: false, social: false }],
        ['stats', { preferences: false, statistics: true, marketing: false, social: false }],
        ['accept-all', { preferences: true, statistics: true, marketing: true, social: true }],
      ] as const) {
        if (name === 'stats') await core.client['profiles.save']({ profile: profile('stats', choices) });
        const request = {
          cmp: adapter.id,
          url: `https://www.${site}/page`,
          profile: name,
          options: OPTIONS[adapter.id] ?? {},
        };
        const encoded = await core.client['consent.encode']({ ...request, format: 'playwright' });
        expect(encoded.target).toEqual({ host: `www.${site}`, site, origin: `https://www.${site}` });
        expect(encoded.state.cookies.length + encoded.state.storage.length).toBeGreaterThan(0);
        const storageState = JSON.parse(encoded.document.content) as {
          cookies: unknown[];
          origins: unknown[];
        };
        expect(storageState.cookies).toHaveLength(encoded.state.cookies.length);
        const written = await core.client['consent.write'](request);
        expect(written.rejected).toEqual([]);
        const readings = await core.client['consent.decode']({
          site,
          options: OPTIONS[adapter.id] ? { [adapter.id]: OPTIONS[adapter.id] } : {},
        });
        const reading = readings.find((r) => r.cmp === adapter.id);
        expect(reading, `${adapter.id} decodes what it wrote`).toBeDefined();
        for (const c of CONSENT_CATEGORIES) {
          const said = reading!.categories[c];
          // null = the platform does not say (TCF has no purpose for preferences or social).
          if (said === null || said === encoded.choices[c]) continue;
          // A platform with one switch for several categories cannot hold a partial choice: it writes the
          // nearest state and says so.
          expect(encoded.state.notes.join(' '), `${adapter.id} ${name} ${c}`).toMatch(/partial|one switch/i);
        }
        const saidSomething = CONSENT_CATEGORIES.filter(
          (c) => c !== 'necessary' && reading!.categories[c] !== null,
        );
        expect(saidSomething.length, `${adapter.id} says something about the choices`).toBeGreaterThan(0);
      }
    });
  }
});
