// Every profile, built-ins first: what it allows, whether it is built in or active, and "Use" for the others.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/contract-consent';
import { routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { useCategoryWords } from './category-words';
import { allowedOf } from './draft';
import { invalidateConsent } from './queries';

export function useUseProfile() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  return useMutation({
    mutationFn: (name: string) => client['profiles.use']({ name }),
    onSuccess: async ({ active }) => {
      toasts.show({ message: t('profiles.nowActive', { name: active }), tone: 'success' });
      await invalidateConsent(queryClient);
    },
  });
}

export function ProfileList({
  profiles,
  active,
  selected,
}: {
  profiles: readonly ProfileView[];
  active: string;
  selected?: string;
}) {
  const { t } = useTranslation();
  const use = useUseProfile();
  const { allows } = useCategoryWords();
  return (
    <nav aria-label={t('profiles.listLabel')}>
      <ul className="profile-list" data-testid="profile-list">
        {profiles.map((profile) => {
          const isActive = profile.name === active;
          return (
            <li
              key={profile.name}
              className={profile.name === selected ? 'profile-item selected' : 'profile-item'}
              data-testid="profile-item"
              data-name={profile.name}
              data-active={isActive}
            >
              <span className="profile-item-head">
                <a
                  href={routeHref({ name: 'profiles', profile: profile.name })}
                  aria-current={profile.name === selected ? 'page' : undefined}
                  className="profile-link"
                  data-testid="profile-link"
                >
                  {profile.name}
                </a>
                {profile.builtin && (
                  <span className="badge" data-testid="profile-builtin-badge">
                    {t('profiles.builtin')}
                  </span>
                )}
                {isActive && (
                  <span className="badge active" data-testid="profile-active-badge">
                    {t('profiles.active')}
                  </span>
                )}
              </span>
              <span className="profile-summary muted">{allows(allowedOf(profile.categories))}</span>
              {!isActive && (
                <button
                  type="button"
                  className="button small"
                  onClick={() => use.mutate(profile.name)}
                  disabled={use.isPending}
                  aria-label={t('profiles.useNamed', { name: profile.name })}
                  data-testid="profile-use"
                >
                  {t('profiles.use')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {use.isError && <ErrorMessage error={use.error} />}
    </nav>
  );
}
