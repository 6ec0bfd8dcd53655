// The whole UI for one Client. main.tsx picks the transport; tests pass a fake Client and their own i18n.
import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Client } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import { ClientProvider } from '../client/context';
import { NO_EVENTS, type EventFeed } from '../client/events';
import { createQueryClient, LiveUpdates } from '../client/queries';
import { ToastProvider } from '../components/Toasts';
import { ExportSelectionProvider } from '../features/export/selection';
import { SitesViewProvider } from '../features/sites/view-state';
import { AuthProblem } from './AuthProblem';
import { DroppedFilesProvider } from './dropped-files';
import { HelpSheetProvider } from './HelpSheet';
import { Shell } from './Shell';
import { StorageConsentProvider, useStorageConsent } from './StorageConsent';
import { ThemeProvider } from './theme';
import { watchClient } from './watch-client';

const UNAUTHORIZED = 'unauthorized';
const STORAGE_UNPROTECTED = 'storage-unprotected';

export interface AppProps {
  client: Client;
  /** The core's pushed events (import progress); none when left out. */
  events?: EventFeed;
  i18n: I18n;
  /** Called when the core refuses the access token (browser mode), e.g. to forget the stored token. */
  onUnauthorized?: () => void;
}

function DocumentLanguage() {
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return null;
}

/** Opens the storage question whenever a call was refused for want of the user's agreement. */
function AskOnRefusal({ target }: { target: EventTarget }) {
  const consent = useStorageConsent();
  useEffect(() => {
    const onRefused = () => consent.ask('refused');
    target.addEventListener(STORAGE_UNPROTECTED, onRefused);
    return () => target.removeEventListener(STORAGE_UNPROTECTED, onRefused);
  }, [target, consent]);
  return null;
}

export function App({ client, events = NO_EVENTS, i18n, onUnauthorized }: AppProps) {
  const [rejected, setRejected] = useState(false);
  // The query client outlives renders; it reports a refused token through this target.
  const [auth] = useState(() => new EventTarget());
  const [refusals] = useState(() => new EventTarget());
  const watched = useMemo(
    () =>
      watchClient(client, (error) => {
        if (error instanceof CrumbsError && error.code === 'STORAGE_UNPROTECTED')
          refusals.dispatchEvent(new Event(STORAGE_UNPROTECTED));
      }),
    [client, refusals],
  );
  const [queryClient] = useState(() => createQueryClient(() => auth.dispatchEvent(new Event(UNAUTHORIZED))));
  useEffect(() => {
    const onRefused = () => {
      setRejected(true);
      onUnauthorized?.();
    };
    auth.addEventListener(UNAUTHORIZED, onRefused);
    return () => auth.removeEventListener(UNAUTHORIZED, onRefused);
  }, [auth, onUnauthorized]);
  // The event stream can be the first to hear that the token was refused: same page as for a call.
  useEffect(() => events.onUnauthorized(() => auth.dispatchEvent(new Event(UNAUTHORIZED))), [auth, events]);

  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider>
        <DocumentLanguage />
        {rejected ? (
          <AuthProblem reason="rejected" />
        ) : (
          <ClientProvider client={watched} events={events}>
            <QueryClientProvider client={queryClient}>
              <LiveUpdates />
              <ToastProvider>
                <StorageConsentProvider>
                  <AskOnRefusal target={refusals} />
                  <HelpSheetProvider>
                    <SitesViewProvider>
                      <DroppedFilesProvider>
                        <ExportSelectionProvider>
                          <Shell />
                        </ExportSelectionProvider>
                      </DroppedFilesProvider>
                    </SitesViewProvider>
                  </HelpSheetProvider>
                </StorageConsentProvider>
              </ToastProvider>
            </QueryClientProvider>
          </ClientProvider>
        )}
      </ThemeProvider>
    </I18nextProvider>
  );
}
