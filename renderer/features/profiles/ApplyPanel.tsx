// Applying a profile to the jar (or to one site): a dry run first, listing what would go by site and category
// and what stays and why; then Apply, answered by a toast with Undo. Apply does what the preview showed as long
// as the jar did not change in between; the core decides again at that moment.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ApplyPreview } from './ApplyPreview';
import { invalidateConsent, useProfiles } from './queries';
import { useConsentToast } from './useConsentToast';
import './profiles.css';

type Request = Input<'profiles.apply'>;

export function ApplyPanel({ profile, site }: { profile?: string; site?: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const announce = useConsentToast();
  const ids = { heading: useId(), profile: useId() };
  const profiles = useProfiles();
  // On a site page the profile is chosen here (the active one until the user picks another).
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = profile ?? picked ?? profiles.data?.active;

  const preview = useMutation({ mutationFn: (input: Request) => client['profiles.apply'](input) });
  const apply = useMutation({
    mutationFn: (input: Request) => client['profiles.apply'](input),
    onSuccess: async (report) => {
      const removed = report.removed.cookies.length + report.removed.storage.length;
      announce(
        t('profiles.apply.applied', {
          count: removed,
          cookies: report.removed.cookies.length,
          storage: report.removed.storage.length,
          profile: report.profile,
        }),
        report.undoId,
      );
      preview.reset();
      await invalidateConsent(queryClient);
    },
  });

  const request = (dryRun: boolean): Request => ({
    ...(chosen === undefined ? {} : { profile: chosen }),
    ...(site === undefined ? {} : { site }),
    dryRun,
  });
  const report = preview.data;
  const checked = preview.variables;
  const stale = checked !== undefined && checked.profile !== chosen;
  const removable = report ? report.removed.cookies.length + report.removed.storage.length : 0;
  const busy = preview.isPending || apply.isPending;

  return (
    <section className="apply-panel" aria-labelledby={ids.heading} data-testid="apply-panel">
      <h3 id={ids.heading}>{site ? t('profiles.apply.titleSite') : t('profiles.apply.title')}</h3>
      <p className="muted">{site ? t('profiles.apply.introSite', { site }) : t('profiles.apply.intro')}</p>
      {profile === undefined && profiles.data && (
        <div className="field">
          <label htmlFor={ids.profile}>{t('profiles.apply.profileLabel')}</label>
          <select
            id={ids.profile}
            value={chosen}
            onChange={(e) => {
              setPicked(e.target.value);
              preview.reset();
              apply.reset();
            }}
            data-testid="apply-profile"
          >
            {profiles.data.profiles.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name === profiles.data.active ? t('profiles.activeOption', { name: p.name }) : p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            apply.reset();
            preview.mutate(request(true));
          }}
          disabled={busy || chosen === undefined}
          data-testid="apply-preview"
        >
          {report && !stale ? t('profiles.apply.previewAgain') : t('profiles.apply.preview')}
        </button>
        {report && !stale && removable > 0 && (
          <button
            type="button"
            className="button danger"
            onClick={() => apply.mutate(request(false))}
            disabled={busy}
            data-testid="apply-run"
          >
            {t('profiles.apply.run', { count: removable })}
          </button>
        )}
      </p>
      <div aria-live="polite" aria-busy={busy}>
        {preview.isPending && <Busy label={t('profiles.apply.checking')} />}
        {apply.isPending && <Busy label={t('profiles.apply.applying')} />}
        {preview.isError && <ErrorMessage error={preview.error} />}
        {apply.isError && <ErrorMessage error={apply.error} />}
        {report && !stale && <ApplyPreview report={report} />}
        {apply.data && (
          <p className="summary success" data-testid="apply-done">
            {t('profiles.apply.applied', {
              count: apply.data.removed.cookies.length + apply.data.removed.storage.length,
              cookies: apply.data.removed.cookies.length,
              storage: apply.data.removed.storage.length,
              profile: apply.data.profile,
            })}
          </p>
        )}
      </div>
    </section>
  );
}
