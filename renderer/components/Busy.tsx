import { useTranslation } from 'react-i18next';

export function Busy({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="busy">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
