// The status line's word on consent: which profile is active, linked to it.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing';
import { useProfiles } from './queries';

export function ActiveProfile() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  if (!profiles.data) return null;
  const name = profiles.data.active;
  return (
    <span data-testid="status-profile" data-name={name}>
      {t('profiles.statusLabel')}{' '}
      <a href={routeHref({ name: 'profiles', profile: name })} data-testid="status-profile-link">
        {name}
      </a>
    </span>
  );
}
