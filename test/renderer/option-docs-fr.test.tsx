// The Simulate panel's option list speaks the UI's language: the core documents each adapter's options in
// English (served by the fake through the core's real consent.cmps), and the French UI shows option-text.ts's
// French text instead. Only the description changes: the option names and defaults stay as the core gives them.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../electron/core/consent/registry';
import { OPTION_TEXT_FR } from '../../renderer/features/consent/option-text';
import type { Language } from '../../renderer/i18n';
import { createFakeClient } from './fake-client';
import { cookie } from './fixtures';
import { renderApp } from './render';

const SHOP = 'shop.example';

function englishOf(cmp: string, name: string): string {
  const option = ADAPTERS.find((adapter) => adapter.id === cmp)?.optionDocs.find((o) => o.name === name);
  if (!option) throw new Error(`no option ${cmp}.${name}`);
  return option.description;
}

/** The Simulate panel of a site page in the given language, on the given platform; its option entries by name. */
async function optionDocs(language: Language, cmp: string, platformLabel: string) {
  const { client } = createFakeClient({ cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })] });
  renderApp(client, { hash: `#/site/${SHOP}`, language });
  const panel = await screen.findByTestId('simulate');
  const platform = (await within(panel).findByLabelText(platformLabel)) as HTMLSelectElement;
  await within(platform).findByRole('option', { name: /Klaro/ });
  fireEvent.change(platform, { target: { value: cmp } });
  const docs = within(panel).getByTestId('simulate-option-docs');
  const entries = within(docs).getAllByTestId('simulate-option-doc');
  return (name: string) => {
    const entry = entries.find((e) => e.getAttribute('data-name') === name);
    if (!entry) throw new Error(`no entry for ${name}`);
    return entry.querySelector('dd')!.textContent;
  };
}

describe('option descriptions in the Simulate panel', () => {
  const english = englishOf('klaro', 'expiresDays');
  const french = OPTION_TEXT_FR['klaro.expiresDays']!;

  it('shows the French text in French, with the core’s default', async () => {
    const entry = await optionDocs('fr', 'klaro', 'Plateforme de consentement');
    expect(french).toBe(
      'klaroConfig.cookieExpiresAfterDays : la durée de vie du cookie (le localStorage n’expire jamais).',
    );
    expect(entry('expiresDays')).toBe(`${french} Par défaut : 120`);
    expect(entry('expiresDays')).not.toContain(english);
    // The platform's other entries too.
    expect(entry('services')).toContain('Les services Klaro du site');
    expect(entry('services')).not.toContain(englishOf('klaro', 'services'));
  });

  it('keeps the core’s English text in English', async () => {
    const entry = await optionDocs('en', 'klaro', 'Consent platform');
    expect(english).toBe(
      'klaroConfig.cookieExpiresAfterDays: the cookie lifetime (localStorage never expires).',
    );
    expect(entry('expiresDays')).toBe(`${english} Default: 120`);
    expect(entry('expiresDays')).not.toContain(french);
  });

  it('follows a language change without reloading', async () => {
    const { client } = createFakeClient({ cookies: [cookie({ name: 'other', value: 'x', domain: SHOP })] });
    const { i18n } = renderApp(client, { hash: `#/site/${SHOP}`, language: 'en' });
    const panel = await screen.findByTestId('simulate');
    const docs = await within(panel).findByTestId('simulate-option-docs');
    // Nothing detected: the first platform, TCF, is documented.
    const vendorList = () =>
      within(docs)
        .getAllByTestId('simulate-option-doc')
        .find((e) => e.getAttribute('data-name') === 'vendorList')!
        .querySelector('dd')!.textContent;
    expect(vendorList()).toContain(englishOf('tcf', 'vendorList'));
    await i18n.changeLanguage('fr');
    expect(await within(panel).findByText(OPTION_TEXT_FR['tcf.vendorList']!, { exact: false })).toBeTruthy();
    expect(vendorList()).not.toContain(englishOf('tcf', 'vendorList'));
  });
});
