// "Import from my browsers": the profiles the core found, a dry run of one (Check), then the same choice as
// for files. The core reads a copy of the profile's database, never a path the page sends: only the id of a
// profile it listed. A keyring secret lives in this component's state only, for one profile at a time, and is
// dropped after the import, on Cancel, and when another profile is checked.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrumbsError } from '../../../shared/errors';
import type { BrowserProfileView, ImportReport } from '../../../shared/model';
import { useClient } from '../../client/context';
import { invalidateJar, keys, useBrowserProfiles } from '../../client/queries';
import { Busy } from '../../components/Busy';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { BrowserProfileList } from './BrowserProfileList';
import { ImportDecision, ImportDone } from './ImportDecision';
import { ImportProgressView, useImportProgress } from './ImportProgress';

interface Run {
  profile: BrowserProfileView;
  keyringSecret?: string;
}

/** A rejected row names the CLI flag of what it lacks, as for files (see optionNeeds). */
export function asksForSecret(report: ImportReport | undefined): boolean {
  return report?.rejected.some((problem) => problem.reason.includes('--keyring-secret')) ?? false;
}

/** Only a secret the user gave goes into the request; sent exactly as typed (its ends may be spaces). */
function secretInput(keyringSecret: string | undefined): { keyringSecret?: string } {
  return keyringSecret === undefined ? {} : { keyringSecret };
}

export function BrowserImport() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const headingId = useId();
  const profiles = useBrowserProfiles();
  const [secret, setSecret] = useState<{ id: string; value: string } | null>(null);
  const secretOf = (id: string) => (secret?.id === id ? secret.value : '');

  // A profile that vanished since the list was made: show the list as it is now.
  const refreshOnNotFound = (error: unknown) => {
    if (error instanceof CrumbsError && error.code === 'NOT_FOUND') {
      void queryClient.invalidateQueries({ queryKey: keys.browsers });
    }
  };
  const check = useMutation({
    mutationFn: ({ profile, keyringSecret }: Run) =>
      client['import.browser']({ id: profile.id, dryRun: true, ...secretInput(keyringSecret) }),
    onError: refreshOnNotFound,
  });
  const apply = useMutation({
    mutationFn: ({ profile, keyringSecret, skipInvalid }: Run & { skipInvalid: boolean }) =>
      client['import.browser']({
        id: profile.id,
        dryRun: false,
        skipInvalid,
        ...secretInput(keyringSecret),
      }),
    onSuccess: () => {
      setSecret(null);
      return invalidateJar(queryClient);
    },
    onError: refreshOnNotFound,
  });

  const runCheck = (profile: BrowserProfileView) => {
    apply.reset();
    const value = secretOf(profile.id);
    // Another profile's secret is not kept once this one is checked.
    if (value === '') setSecret(null);
    check.mutate(value === '' ? { profile } : { profile, keyringSecret: value });
  };
  const close = () => {
    setSecret(null);
    check.reset();
    apply.reset();
  };

  const checked = check.variables;
  const active = checked?.profile ?? null;
  const busy = check.isPending || apply.isPending;
  const progress = useImportProgress(
    (check.isPending ? check.variables : apply.isPending ? apply.variables : null) ?? null,
  );
  const asked = !apply.data && asksForSecret(check.data);
  const showSecret = (profile: BrowserProfileView) =>
    (profile.format === 'chromium' && profile.keyringHint !== null) ||
    (asked && profile.id === active?.id) ||
    secretOf(profile.id) !== '';
  const stale = checked !== undefined && (checked.keyringSecret ?? '') !== secretOf(checked.profile.id);
  const names = (profile: BrowserProfileView) => ({
    browser: t(`import.browsers.name.${profile.browser}`),
    profile: profile.profile,
  });

  return (
    <section aria-labelledby={headingId} className="browser-import" data-testid="browser-import">
      <h2 id={headingId}>{t('import.browsers.title')}</h2>
      <p className="muted">
        {t('import.browsers.intro')}{' '}
        {!profiles.isPending && (
          <button
            type="button"
            className="button small"
            onClick={() => void profiles.refetch()}
            disabled={profiles.isFetching}
            data-testid="browser-profiles-refresh"
          >
            {t('import.browsers.refresh')}
          </button>
        )}
      </p>
      {profiles.isPending && <Busy label={t('import.browsers.looking')} />}
      {profiles.isError && <ErrorMessage error={profiles.error} />}
      {profiles.data?.length === 0 && (
        <EmptyState title={t('import.browsers.none')} testId="browser-profiles-empty">
          <p className="muted">{t('import.browsers.noneHint')}</p>
        </EmptyState>
      )}
      {profiles.data && profiles.data.length > 0 && (
        <BrowserProfileList
          profiles={profiles.data}
          activeId={active?.id ?? null}
          showSecret={showSecret}
          secretOf={secretOf}
          onSecret={(id, value) => setSecret({ id, value })}
          onCheck={runCheck}
          busy={busy}
        />
      )}

      <div aria-busy={busy} className="import-output" data-testid="browser-import-output">
        {progress ? (
          <ImportProgressView progress={progress} testId="browser-import-progress" />
        ) : (
          <>
            {check.isPending && active && <Busy label={t('import.browsers.checking', names(active))} />}
            {apply.isPending && <Busy label={t('import.importing')} />}
          </>
        )}
        {check.isError && <ErrorMessage error={check.error} />}
        {apply.isError && <ErrorMessage error={apply.error} />}
        {apply.data ? (
          <ImportDone
            report={apply.data}
            moreLabel={t('import.browsers.another')}
            onMore={close}
            testIdPrefix="browser-import"
          />
        ) : (
          check.data &&
          checked && (
            <ImportDecision
              title={t('import.browsers.previewTitle', names(checked.profile))}
              report={check.data}
              blockedNote={(count) => t('import.browsers.allOrNothing', { count })}
              staleNote={stale ? t('import.browsers.stale') : null}
              busy={busy}
              onApply={(skipInvalid) => apply.mutate({ ...checked, skipInvalid })}
              onCancel={close}
              testIdPrefix="browser-import"
            />
          )
        )}
      </div>
    </section>
  );
}
