// How cookie values are protected on this machine, in words: what holds the data key, whether the OS
// protects it, and whether the user agreed to go without. Rotating the data key (after a confirmation)
// seals the jar again under a new one; when the core waits for an answer, the question is one click away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueStorage } from '../../../shared/model';
import { useStorageConsent } from '../../app/StorageConsent';
import { useClient } from '../../client/context';
import { keys } from '../../client/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

export function ValueProtection({ storage }: { storage: ValueStorage }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const consent = useStorageConsent();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const rotate = useMutation({
    mutationFn: () => client['storage.rotateKey']({}),
    onSuccess: async () => {
      setConfirming(false);
      toasts.show({ message: t('settings.protection.rotated'), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: keys.info });
    },
    onError: () => setConfirming(false),
  });
  const allowedAt = storage.allowedAt === null ? null : Date.parse(storage.allowedAt) / 1000;

  return (
    <section aria-labelledby={headingId} className="settings-section" data-testid="settings-protection">
      <h2 id={headingId}>{t('settings.protection.title')}</h2>
      <p data-testid="protection-kind" data-protection={storage.protection}>
        {t(`settings.protection.kind.${storage.protection}`)}
      </p>
      <dl className="facts">
        <dt>{t('settings.protection.osProtected')}</dt>
        <dd data-testid="protection-unprotected" data-unprotected={storage.unprotected}>
          {storage.unprotected ? (
            <span className="warning-text">{t('settings.protection.no')}</span>
          ) : (
            t('settings.protection.yes')
          )}
        </dd>
        {storage.unprotected && (
          <>
            <dt>{t('settings.protection.consentLabel')}</dt>
            <dd data-testid="protection-consent" data-consent={storage.consent}>
              {storage.consent === 'granted' && allowedAt !== null && !Number.isNaN(allowedAt)
                ? t('settings.protection.consent.grantedAt', { date: formatDateTime(allowedAt, language) })
                : t(`settings.protection.consent.${storage.consent}`)}
            </dd>
          </>
        )}
      </dl>
      {storage.consent === 'required' && (
        <div className="note" role="note" data-testid="protection-question">
          <p>{t('settings.protection.questionText')}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => consent.ask('settings')}
            data-testid="protection-ask"
          >
            {t('settings.protection.questionButton')}
          </button>
        </div>
      )}
      <p className="muted">{t('settings.protection.rotateHint')}</p>
      <button
        type="button"
        className="button"
        onClick={() => setConfirming(true)}
        disabled={rotate.isPending}
        data-testid="rotate-key"
      >
        {t('settings.protection.rotate')}
      </button>
      {rotate.isError && <ErrorMessage error={rotate.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('settings.protection.rotateTitle')}
          message={t('settings.protection.rotateText')}
          confirmLabel={t('settings.protection.rotateConfirm')}
          onConfirm={() => rotate.mutate()}
          onCancel={() => setConfirming(false)}
          busy={rotate.isPending}
        />
      )}
    </section>
  );
}
