// The import report in the UI's language: the real core reads a broken cookies.txt (its import.run stands
// in for the fake's), and the report shows the rejected row's place and reason and the file's format
// reason in French in the French UI, and the core's English words in the English one.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import type { Client } from '../../shared/contract';
import type { Language } from '../../renderer/i18n';
import { tempDir } from '../helpers/temp';
import { createFakeClient } from './fake-client';
import { renderApp } from './render';

let core: Core;
let cleanup: () => void;
beforeEach(async () => {
  const t = tempDir('crumbs-import-fr-');
  cleanup = t.cleanup;
  core = await openCore({ dataDir: t.dir });
});
afterEach(async () => {
  await core.close();
  cleanup();
});

/** The fake client, with the real core's import. */
function clientWithRealImport(): Client {
  const { client } = createFakeClient();
  return { ...client, 'import.run': (input) => core.client['import.run'](input) };
}

const badFile = () =>
  new File(
    ['# Netscape HTTP Cookie File\nbad line\n.example.com\tTRUE\t/\tFALSE\t0\t__Host-x\ty\n'],
    'bad.txt',
    {
      type: 'text/plain',
    },
  );

async function reportIn(language: Language) {
  renderApp(clientWithRealImport(), { hash: '#/import', language });
  fireEvent.change(screen.getByTestId('import-file-input'), { target: { files: [badFile()] } });
  const report = await screen.findByTestId('import-dry-run-report');
  const files = within(report)
    .getAllByTestId('import-file-row')
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  const rejected = within(report)
    .getAllByTestId('import-rejected-row')
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ]);
  return { files, rejected };
}

describe('import report in the UI language', () => {
  it('shows the rejected rows and the format reason in French in the French UI', async () => {
    const { files, rejected } = await reportIn('fr');
    expect(files).toEqual([['cookies.txt (Netscape)', "commence par '# Netscape HTTP Cookie File'", '1']]);
    expect(rejected).toEqual([
      [
        'bad.txt, ligne 2',
        'aucune tabulation et 2 champs séparés par des espaces ; 7 champs séparés par des tabulations attendus (domain, include-subdomains, path, secure, expiry, name, value)',
      ],
      ['bad.txt, ligne 3', 'un cookie __Host- doit être Secure, propre à l’hôte et avoir le chemin "/"'],
    ]);
  });

  it('shows the core’s English words in the English UI', async () => {
    const { files, rejected } = await reportIn('en');
    expect(files).toEqual([['cookies.txt (Netscape)', "starts with '# Netscape HTTP Cookie File'", '1']]);
    expect(rejected).toEqual([
      [
        'bad.txt line 2',
        'found no tabs and 2 space-separated fields; expected 7 tab-separated fields (domain, include-subdomains, path, secure, expiry, name, value)',
      ],
      ['bad.txt line 3', 'a __Host- cookie must be Secure, host-only and have path "/"'],
    ]);
  });
});
