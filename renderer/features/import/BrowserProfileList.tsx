// The browser profiles found on this computer, grouped by browser (in a fixed order), each with its cookie
// database's path, a Check button, and — for Chromium-family profiles whose values may be encrypted with a
// keyring secret — a password field for that secret. Each profile is its own small form: Enter checks it.
import { useTranslation } from 'react-i18next';
import { BrowserProfileView } from '../../../shared/model';
import { OptionField } from './OptionField';

type Browser = BrowserProfileView['browser'];
const BROWSER_ORDER: readonly Browser[] = BrowserProfileView.shape.browser.options;

export function groupByBrowser(
  profiles: readonly BrowserProfileView[],
): { browser: Browser; profiles: BrowserProfileView[] }[] {
  return BROWSER_ORDER.map((browser) => ({
    browser,
    profiles: profiles.filter((profile) => profile.browser === browser),
  })).filter((group) => group.profiles.length > 0);
}

export function BrowserProfileList({
  profiles,
  activeId,
  showSecret,
  secretOf,
  onSecret,
  onCheck,
  busy,
}: {
  profiles: readonly BrowserProfileView[];
  /** The profile whose check or import is on screen. */
  activeId: string | null;
  showSecret: (profile: BrowserProfileView) => boolean;
  secretOf: (id: string) => string;
  onSecret: (id: string, value: string) => void;
  onCheck: (profile: BrowserProfileView) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {groupByBrowser(profiles).map(({ browser, profiles: group }) => (
        <section key={browser} className="browser-group" data-testid="browser-group" data-browser={browser}>
          <h3>{t(`import.browsers.name.${browser}`)}</h3>
          <ul className="browser-profiles">
            {group.map((profile) => (
              <li
                key={profile.id}
                className={profile.id === activeId ? 'browser-profile active' : 'browser-profile'}
                data-testid="browser-profile"
                data-id={profile.id}
                data-format={profile.format}
              >
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!busy) onCheck(profile);
                  }}
                >
                  <div className="browser-profile-name">
                    <span className="profile-name" data-testid="browser-profile-name">
                      {profile.profile}
                    </span>
                    <span className="profile-path">
                      <span className="visually-hidden">{t('import.browsers.cookieFile')} </span>
                      <code data-testid="browser-profile-file">{profile.cookieFile}</code>
                    </span>
                  </div>
                  {showSecret(profile) && (
                    <OptionField
                      kind="secret"
                      label={
                        profile.keyringHint === null
                          ? t('import.browsers.keyringSecretPlain')
                          : t('import.browsers.keyringSecret', { hint: profile.keyringHint })
                      }
                      hint={t('import.browsers.keyringHelp')}
                      value={secretOf(profile.id)}
                      onChange={(value) => onSecret(profile.id, value)}
                      disabled={busy}
                      testId="browser-keyring-secret"
                    />
                  )}
                  <button
                    type="submit"
                    className="button"
                    disabled={busy}
                    aria-label={t('import.browsers.checkLabel', {
                      browser: t(`import.browsers.name.${browser}`),
                      profile: profile.profile,
                    })}
                    data-testid="browser-check"
                  >
                    {t('import.browsers.check')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
