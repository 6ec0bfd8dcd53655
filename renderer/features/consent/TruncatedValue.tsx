// A generated value (a consent state Crumbs wrote, not the user's secret): shown in <code>, cut short until the
// user asks for all of it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const VALUE_LIMIT = 40;

export function TruncatedValue({ value, name }: { value: string; name: string }) {
  const { t } = useTranslation();
  const [whole, setWhole] = useState(false);
  if (value === '') return <span className="muted">{t('cookie.emptyValue')}</span>;
  if (value.length <= VALUE_LIMIT) return <code className="value">{value}</code>;
  return (
    <>
      <code className="value" data-testid="simulated-value">
        {whole ? value : `${value.slice(0, VALUE_LIMIT)}…`}
      </code>{' '}
      <button
        type="button"
        className="button small"
        aria-expanded={whole}
        aria-label={
          whole ? t('consent.simulate.shortenNamed', { name }) : t('consent.simulate.showNamed', { name })
        }
        onClick={() => setWhole((w) => !w)}
        data-testid="simulated-value-toggle"
      >
        {whole ? t('consent.simulate.shorten') : t('consent.simulate.show')}
      </button>
    </>
  );
}
