// Shows a failure the way the core named it: a translated title for the code, the core's message, the code.
import { useTranslation } from 'react-i18next';
import { CrumbsError, type ErrorCode } from '../../shared/errors';

export function errorParts(error: unknown): { code: ErrorCode; message: string | null } {
  if (error instanceof CrumbsError) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: null };
}

export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { code, message } = errorParts(error);
  return (
    <div role="alert" className="error-box" data-testid="error-message" data-code={code}>
      <p className="error-title">{t(`errors.${code}`)}</p>
      {message !== null && <p className="error-text">{message}</p>}
      <p className="error-code">{t('errors.code', { code })}</p>
    </div>
  );
}
