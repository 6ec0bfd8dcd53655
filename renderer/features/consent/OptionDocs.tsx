// A platform's options as its adapter documents them: name, meaning, default for a standard installation.
// The core writes the meanings in English; the French UI shows option-text.ts's translations.
import { useTranslation } from 'react-i18next';
import type { CmpInfo } from '../../../shared/contract-consent';
import { currentLanguage } from '../../i18n';
import { optionDescription } from './option-text';

export function OptionDocs({ info }: { info: CmpInfo }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    // Open at first: the options are what a tester adjusts; the list scrolls on its own.
    <details className="option-docs" open data-testid="simulate-option-docs">
      <summary>{t('consent.simulate.optionDocs', { label: info.label })}</summary>
      {info.options.length === 0 ? (
        <p className="muted">{t('consent.simulate.noOptions')}</p>
      ) : (
        // The list scrolls on its own, so the keyboard must be able to reach and scroll it (axe:
        // scrollable-region-focusable).
        <div
          className="option-docs-scroll"
          role="region"
          tabIndex={0}
          aria-label={t('consent.simulate.optionDocs', { label: info.label })}
        >
          <dl>
            {info.options.map((option) => (
              <div
                key={option.name}
                className="option-doc"
                data-testid="simulate-option-doc"
                data-name={option.name}
              >
                <dt>
                  <code>{option.name}</code>
                </dt>
                <dd>
                  {optionDescription(option, info.id, language)}{' '}
                  <span className="muted">
                    {t('consent.simulate.optionDefault')} <code>{option.default}</code>
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </details>
  );
}
