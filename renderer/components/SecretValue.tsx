// A value that stays masked until the user asks for it (a cookie's, a localStorage entry's). It is fetched
// only then, kept only in this component's state, and dropped again on Hide. Test ids are `${testIdPrefix}-value`,
// `-reveal`, `-copy` and `-hide`: the rows' end-to-end tests find them by those names.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';
import { errorParts } from './ErrorMessage';

export const MASK = '••••';

export function SecretValue({
  reveal,
  labels,
  testIdPrefix,
}: {
  /** Asks the core for the value. */
  reveal: () => Promise<string>;
  /** Accessible names of the buttons, each naming the item (“Reveal the value of sid”). */
  labels: { reveal: string; copy: string; hide: string };
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [revealError, setRevealError] = useState<string | null>(null);

  const onReveal = async () => {
    setRevealing(true);
    setRevealError(null);
    try {
      setValue(await reveal());
    } catch (error) {
      const { code, message } = errorParts(error);
      setRevealError(message ?? t(`errors.${code}`));
    } finally {
      setRevealing(false);
    }
  };

  if (value === null) {
    return (
      <>
        <span className="masked" data-testid={`${testIdPrefix}-value`}>
          <span aria-hidden="true">{MASK}</span>
          <span className="visually-hidden">{t('cookie.hidden')}</span>
        </span>{' '}
        <button
          type="button"
          className="button small"
          onClick={() => void onReveal()}
          disabled={revealing}
          aria-label={labels.reveal}
          data-testid={`${testIdPrefix}-reveal`}
        >
          {revealing ? t('cookie.revealing') : t('cookie.reveal')}
        </button>
        {revealError !== null && (
          <span role="alert" className="error-inline">
            {revealError}
          </span>
        )}
      </>
    );
  }
  return (
    <>
      <code className="value" data-testid={`${testIdPrefix}-value`}>
        {value === '' ? <span className="muted">{t('cookie.emptyValue')}</span> : value}
      </code>{' '}
      <CopyButton getText={() => value} accessibleLabel={labels.copy} testId={`${testIdPrefix}-copy`} />{' '}
      <button
        type="button"
        className="button small"
        onClick={() => setValue(null)}
        aria-label={labels.hide}
        data-testid={`${testIdPrefix}-hide`}
      >
        {t('cookie.hide')}
      </button>
    </>
  );
}
