// A site without a policy: say what a policy brings, and the two ways to get one (import the site's page, or
// write the table by hand).
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export function NoPolicy({
  onImport,
  onWrite,
  headingRef,
}: {
  onImport: () => void;
  onWrite: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  return (
    <section className="empty-state no-policy" aria-labelledby="no-policy-heading" data-testid="no-policy">
      <h2 id="no-policy-heading" className="empty-title" ref={headingRef} tabIndex={-1}>
        {t('policy.none')}
      </h2>
      <p>{t('policy.noneTeach')}</p>
      <p className="muted">{t('policy.noneHow')}</p>
      <p className="actions centered">
        <button type="button" className="button primary" onClick={onImport} data-testid="policy-import-open">
          {t('policy.importOpen')}
        </button>
        <button type="button" className="button" onClick={onWrite} data-testid="policy-write">
          {t('policy.write')}
        </button>
      </p>
    </section>
  );
}
