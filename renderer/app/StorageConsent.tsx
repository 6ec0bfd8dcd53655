// The question the core cannot answer for the user: may cookie values be stored under a key the OS does not
// protect? Asked from Settings, and whenever a call fails with STORAGE_UNPROTECTED. Agreeing does not redo
// what was refused: the user tries again when they choose to.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../client/context';
import { keys, useAppInfo } from '../client/queries';
import { Dialog } from '../components/Dialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { useToasts } from '../components/Toasts';

interface StorageConsentApi {
  /** Opens the question (once: asking again while it is open changes nothing). */
  ask(reason: 'refused' | 'settings'): void;
}

const StorageConsentContext = createContext<StorageConsentApi | null>(null);

export function useStorageConsent(): StorageConsentApi {
  const api = useContext(StorageConsentContext);
  if (api === null) throw new Error('useStorageConsent() needs a <StorageConsentProvider> above it.');
  return api;
}

export function StorageConsentProvider({ children }: { children: ReactNode }) {
  const [asked, setAsked] = useState<'refused' | 'settings' | null>(null);
  const api = useMemo<StorageConsentApi>(
    () => ({ ask: (reason) => setAsked((current) => current ?? reason) }),
    [],
  );
  return (
    <StorageConsentContext.Provider value={api}>
      {children}
      {asked !== null && <StorageConsentDialog reason={asked} onClose={() => setAsked(null)} />}
    </StorageConsentContext.Provider>
  );
}

function StorageConsentDialog({ reason, onClose }: { reason: 'refused' | 'settings'; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const info = useAppInfo();
  const notNow = useRef<HTMLButtonElement>(null);
  const agree = useMutation({
    mutationFn: () => client['storage.allowUnprotected']({}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.info });
      toasts.show({
        message: reason === 'refused' ? t('settings.consent.agreedRetry') : t('settings.consent.agreed'),
        tone: 'success',
      });
      onClose();
    },
  });
  const protection = info.data?.valueStorage.protection ?? info.data?.keyProtection;

  return (
    <Dialog
      title={t('settings.consent.title')}
      role="alertdialog"
      onClose={onClose}
      initialFocus={notNow}
      testId="storage-consent-dialog"
      actions={
        <>
          <button ref={notNow} type="button" className="button" onClick={onClose}>
            {t('settings.consent.notNow')}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => agree.mutate()}
            disabled={agree.isPending}
            data-testid="storage-consent-agree"
          >
            {t('settings.consent.agree')}
          </button>
        </>
      }
    >
      {reason === 'refused' && <p className="summary">{t('settings.consent.refused')}</p>}
      <p>
        {protection === 'basic_text' ? t('settings.consent.whyBasicText') : t('settings.consent.whyKeyfile')}
      </p>
      <p>{t('settings.consent.meaning')}</p>
      <p className="muted">{t('settings.consent.alternative')}</p>
      {agree.isError && <ErrorMessage error={agree.error} />}
    </Dialog>
  );
}
