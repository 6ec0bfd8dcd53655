// The site page's policy beside the jar: groups in canonical order, each declared entry with what the jar holds
// (present, how many, time left), marks where they disagree, and what the jar holds undeclared.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { FR_SITE, frCookies, frPolicy, frStorage } from './policy-fixtures';
import { renderApp } from './render';

function setup(language: 'en' | 'fr' = 'en') {
  const fake = createFakeClient({ policies: [frPolicy], cookies: frCookies(), storage: frStorage() });
  renderApp(fake.client, { hash: `#/site/${FR_SITE}`, language });
  return fake;
}
const row = (name: string) => {
  const found = screen.getAllByTestId('policy-row').find((r) => r.getAttribute('data-cookie') === name);
  if (!found) throw new Error(`no policy row ${name}`);
  return found;
};

describe('site page: policy against the jar', () => {
  it('groups the table by category in canonical order, under the page’s headings or the category’s name', async () => {
    setup();
    const policy = await screen.findByTestId('policy');
    expect(
      within(policy)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Cookies strictement nécessaires',
      "Cookies de mesure d'audience",
      'Marketing',
      'Stored but not declared (3)',
    ]);
    expect(policy.textContent).toContain('Indispensables au site.');
    const sections = [...policy.querySelectorAll('.policy-section')].map((s) =>
      s.getAttribute('data-category'),
    );
    expect(sections).toEqual(['necessary', 'statistics', 'marketing']);
    expect(screen.getAllByTestId('policy-row').map((r) => r.getAttribute('data-cookie'))).toEqual([
      'sessionid',
      'prefs',
      'consent_state',
      '_ga',
      '_ga_*',
      'px',
    ]);
    // Declared durations in the UI's language, the policy's words beneath.
    expect(within(row('_ga')).getByTestId('policy-duration').textContent).toBe('13 months');
    expect(within(row('_ga')).getByTestId('policy-duration-raw').textContent).toBe('13 mois');
    expect(within(row('sessionid')).getByTestId('policy-duration').textContent).toBe('2 weeks');
  });

  it('shows what the jar holds for each entry: present or not, how many, and the time left', async () => {
    setup();
    await screen.findByTestId('policy');
    const stored = (name: string) => within(row(name)).getByTestId('policy-stored').textContent;
    expect(row('sessionid').getAttribute('data-stored')).toBe('false');
    expect(stored('sessionid')).toBe('○ Not stored');

    expect(stored('_ga')).toBe('● Stored2 years left');
    expect(stored('prefs')).toBe('● StoredSession');
    // A family counts the cookies it covers, each with its own time left; `_ga` itself is the exact row's.
    expect(row('_ga_*').getAttribute('data-count')).toBe('2');
    expect(
      within(row('_ga_*'))
        .getAllByTestId('policy-remaining')
        .map((li) => li.textContent),
    ).toEqual(['_ga_ABC 1 year left', '_ga_DEF 6 months 17 days left']);
    // localStorage is compared too; a pixel is never stored.
    expect(row('consent_state').getAttribute('data-stored')).toBe('true');
    expect(row('px').getAttribute('data-stored')).toBeNull();
    expect(stored('px')).toBe('Pixel (not a cookie)');
  });

  it('marks, with an icon and words, where a stored cookie outlives its declaration', async () => {
    setup();
    await screen.findByTestId('policy');
    const ga = row('_ga');
    expect(ga.getAttribute('data-disagrees')).toBe('true');
    const marks = within(ga).getAllByTestId('policy-disagreement');
    expect(marks.map((m) => m.getAttribute('data-kind'))).toEqual([
      'outlives-declared',
      'tracking-over-13-months',
    ]);
    expect(marks[0]!.textContent).toBe(
      '⚠ Lives longer than declared Lives 2 years, longer than declared (13 months).',
    );
    expect(marks[1]!.textContent).toContain(
      'Tracker beyond 13 months Statistics cookie that lives 2 years, beyond the 13 months CNIL allows',
    );
    // The icon is decoration: the words carry the meaning.
    expect(within(marks[0]!).getByText('⚠').getAttribute('aria-hidden')).toBe('true');
    for (const name of ['_ga_*', 'prefs', 'sessionid']) {
      expect(row(name).getAttribute('data-disagrees')).toBeNull();
      expect(within(row(name)).getByTestId('policy-check').textContent).toBe('—Nothing to report');
    }
  });

  it('lists what the jar holds undeclared under its category, with why', async () => {
    setup();
    const undeclared = await screen.findByTestId('undeclared');
    const groups = within(undeclared).getAllByTestId('undeclared-group');
    expect(groups.map((g) => g.getAttribute('data-category'))).toEqual(['marketing', 'unclassified']);
    expect(within(groups[0]!).getByRole('heading', { level: 4 }).textContent).toBe('Marketing');
    const rows = within(undeclared).getAllByTestId('undeclared-row');
    expect(
      rows.map((r) => [r.getAttribute('data-name'), r.getAttribute('data-type'), r.getAttribute('data-by')]),
    ).toEqual([
      ['_fbp', 'cookie', 'catalog'],
      ['tracker', 'cookie', 'unclassified'],
      ['ab_test', 'localStorage', 'unclassified'],
    ]);
    const reason = (index: number) => within(rows[index]!).getByTestId('undeclared-reason').textContent;
    expect(reason(0)).toBe('catalog: Meta Pixeltypically 3 months');
    expect(reason(1)).toBe('unknown');
    expect(rows[1]!.textContent).toContain('30 days left');
    // The stored-cookies table still marks them too.
    const tracker = screen
      .getAllByTestId('cookie-row')
      .find((r) => r.getAttribute('data-name') === 'tracker')!;
    expect(tracker.textContent).toContain('Not declared');
  });

  it('says so when everything stored is declared', async () => {
    const fake = createFakeClient({
      policies: [frPolicy],
      cookies: frCookies().filter((c) => c.name.startsWith('_ga')),
    });
    renderApp(fake.client, { hash: `#/site/${FR_SITE}` });
    const none = await screen.findByTestId('undeclared-none');
    expect(screen.getByRole('heading', { level: 3, name: 'Stored but not declared' })).toBeTruthy();
    expect(none.textContent).toBe('Everything the jar holds for this site is declared.');
  });

  it('reads in French: durations, time left, marks and reasons', async () => {
    setup('fr');
    await screen.findByTestId('policy');
    expect(within(row('sessionid')).getByTestId('policy-duration').textContent).toBe('2 semaines');
    // Written in the UI's language already: no second line.
    expect(within(row('_ga')).getByTestId('policy-duration').textContent).toBe('13 mois');
    expect(within(row('_ga')).queryByTestId('policy-duration-raw')).toBeNull();
    expect(within(row('_ga')).getByTestId('policy-stored').textContent).toBe('● Stockéencore 2 ans');
    expect(within(row('_ga')).getAllByTestId('policy-disagreement')[0]!.textContent).toBe(
      '⚠ Vit plus longtemps que déclaré Vit 2 ans, plus longtemps que déclaré (13 mois).',
    );
    expect(screen.getAllByTestId('undeclared-reason')[0]!.textContent).toBe(
      'catalogue : Meta Pixelen général 3 mois',
    );
    expect(screen.getAllByRole('columnheader', { name: 'Vérification' })).toHaveLength(3);
  });
});
