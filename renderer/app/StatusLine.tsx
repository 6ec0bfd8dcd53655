// The line under every page: how many cookies the jar holds (to the Jar), which consent profile is active
// (to it), a warning when values are not protected (to Settings), and the version.
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../client/queries';
import { ActiveProfile } from '../features/profiles/ActiveProfile';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../i18n/format';
import { routeHref } from './routing';

export function StatusLine() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const storage = info.data?.valueStorage;
  return (
    <footer className="status-line" data-testid="status-line">
      {info.isPending && <span>{t('common.loading')}</span>}
      {info.isError && <span>{t('status.unavailable')}</span>}
      {info.data && (
        <>
          <a href={routeHref({ name: 'jar' })} data-testid="status-cookie-count">
            {t('status.cookies', {
              count: info.data.cookieCount,
              formatted: formatNumber(info.data.cookieCount, currentLanguage(i18n)),
            })}
          </a>
          <ActiveProfile />
          {storage?.unprotected && (
            <a
              className="warning-text"
              href={routeHref({ name: 'settings' })}
              data-testid="status-unprotected"
            >
              {storage.consent === 'required' ? t('app.status.askProtection') : t('status.basicText')}
            </a>
          )}
          <span className="status-version">{t('status.version', { version: info.data.version })}</span>
        </>
      )}
    </footer>
  );
}
