// Browser mode without a valid token: nothing else can work, so say plainly how to get in.
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

export type AuthProblemReason = 'missing' | 'rejected';

export function AuthProblem({ reason }: { reason: AuthProblemReason }) {
  const { t } = useTranslation();
  return (
    <main className="auth-problem" data-testid="auth-problem" data-reason={reason}>
      <div className="auth-card">
        <h1>{reason === 'missing' ? t('auth.missingTitle') : t('auth.rejectedTitle')}</h1>
        <p>{reason === 'missing' ? t('auth.missingText') : t('auth.rejectedText')}</p>
        <p>{t('auth.howTo')}</p>
        <pre className="command">
          <code>crumbs serve</code>
          {'\n'}
          <code>npm run web</code>
        </pre>
        <p className="muted">{t('auth.why')}</p>
        <LanguageSwitcher />
      </div>
    </main>
  );
}
