// The whole UI for one Client. main.tsx picks the transport; tests pass a fake Client and their own i18n.
import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Client } from '../../shared/contract';
import { ClientProvider } from '../client/context';
import { NO_EVENTS, type EventFeed } from '../client/events';
import { createQueryClient, LiveUpdates } from '../client/queries';
import { ToastProvider } from '../components/Toasts';
import { ExportSelectionProvider } from '../features/export/selection';
import { AuthProblem } from './AuthProblem';
import { Shell } from './Shell';

const UNAUTHORIZED = 'unauthorized';

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

export function App({ client, events = NO_EVENTS, i18n, onUnauthorized }: AppProps) {
  const [rejected, setRejected] = useState(false);
  // The query client outlives renders; it reports a refused token through this target.
  const [auth] = useState(() => new EventTarget());
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
      <DocumentLanguage />
      {rejected ? (
        <AuthProblem reason="rejected" />
      ) : (
        <ClientProvider client={client} events={events}>
          <QueryClientProvider client={queryClient}>
            <LiveUpdates />
            <ToastProvider>
              <ExportSelectionProvider>
                <Shell />
              </ExportSelectionProvider>
            </ToastProvider>
          </QueryClientProvider>
        </ClientProvider>
      )}
    </I18nextProvider>
  );
}
