// Renders the whole app around a fake client, at a given route, in a given language.
import { render } from '@testing-library/react';
import type { Client } from '../../shared/contract';
import { App } from '../../renderer/app/App';
import type { EventFeed } from '../../renderer/client/events';
import { createI18n, type Language } from '../../renderer/i18n';

export function renderApp(
  client: Client,
  options: { hash?: string; language?: Language; onUnauthorized?: () => void; events?: EventFeed } = {},
) {
  window.history.replaceState(null, '', `/${options.hash ?? '#/sites'}`);
  const i18n = createI18n(options.language ?? 'en');
  const result = render(
    <App client={client} events={options.events} i18n={i18n} onUnauthorized={options.onUnauthorized} />,
  );
  return { ...result, i18n };
}
