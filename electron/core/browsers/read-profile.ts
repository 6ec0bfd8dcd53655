// Reads an installed browser's cookie database for import: only a profile discovery found (never an
// arbitrary path a UI sends), from a copy with its -wal merged, so the browser may keep running.
import { CrumbsError } from '../../../shared/errors';
import type { BrowserProfileView } from '../../../shared/model';
import { readFileCopy } from '../formats/browser-db';
import type { ImportBytes } from '../jar/import';
import { findBrowserProfiles, type BrowserProfile, type FindOptions } from '.';

export function listBrowserProfiles(options: FindOptions = {}): BrowserProfileView[] {
  return findBrowserProfiles(options).map(toView);
}

function toView(p: BrowserProfile): BrowserProfileView {
  return {
    id: p.cookieFile,
    browser: p.browser,
    profile: p.profile,
    format: p.format,
    cookieFile: p.cookieFile,
    keyringHint: p.keyringHint ?? null,
  };
}

export async function readBrowserProfile(
  id: string,
  options: FindOptions = {},
): Promise<{ profile: BrowserProfileView; file: ImportBytes }> {
  const profile = listBrowserProfiles(options).find((p) => p.id === id);
  if (!profile) throw new CrumbsError('NOT_FOUND', 'That browser profile is no longer on this computer.');
  const copy = await readFileCopy(profile.cookieFile);
  return {
    profile,
    file: {
      name: `${profile.browser}/${profile.profile} ${copy.name}`,
      bytes: copy.bytes,
      notes: copy.notes,
    },
  };
}
