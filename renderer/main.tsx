// Entry point: choose the transport (Electron bridge, else browser mode with its token) and mount the UI.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createClient } from '../shared/client';
import { App } from './app/App';
import { AuthProblem } from './app/AuthProblem';
import { createIpcEvents } from './client/events';
import { createHttpEvents } from './client/http-events';
import { createHttpTransport } from './client/http-transport';
import { createIpcTransport, findBridge } from './client/ipc-transport';
import { forgetToken, takeToken } from './client/token';
import { createI18n, detectLanguage, localStorageOrNull } from './i18n';
import './styles.css';

const i18n = createI18n(detectLanguage(localStorageOrNull(), navigator.languages ?? [navigator.language]));
document.documentElement.lang = i18n.language;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
const root = createRoot(container);

const bridge = findBridge(window);
if (bridge !== null) {
  // The menu's Import/Export items: routing stays the renderer's, main only names the fragment.
  bridge.onNavigate((route) => {
    window.location.hash = route;
  });
  root.render(
    <StrictMode>
      <App client={createClient(createIpcTransport(bridge))} events={createIpcEvents(bridge)} i18n={i18n} />
    </StrictMode>,
  );
} else {
  const token = takeToken(window.location, window.history, window.sessionStorage);
  if (token === null) {
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <AuthProblem reason="missing" />
        </I18nextProvider>
      </StrictMode>,
    );
  } else {
    root.render(
      <StrictMode>
        <App
          client={createClient(createHttpTransport({ token }))}
          events={createHttpEvents({ token })}
          i18n={i18n}
          onUnauthorized={() => forgetToken(window.sessionStorage)}
        />
      </StrictMode>,
    );
  }
}
