// Consent profiles (#/profiles, #/profiles/<name>): the list beside the chosen profile. A profile is a choice per
// category (necessary always on), per-site overrides and Global Privacy Control; one of them is active. Built-ins
// are read-only: duplicate one to start from it. Without a chosen profile the page offers import and export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/routing';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { blankDraft } from './draft';
import { ProfileDetail } from './ProfileDetail';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { ProfilesTransfer } from './ProfilesTransfer';
import { useProfiles } from './queries';
import './profiles.css';

export function ProfilesPage({ profile }: { profile?: string }) {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const [creating, setCreating] = useState(false);
  const data = profiles.data;
  const names = data?.profiles.map((p) => p.name) ?? [];

  return (
    <section aria-labelledby="profiles-heading" className="profiles-page" data-testid="profiles-page">
      <div className="page-head">
        <h1 id="profiles-heading">{t('profiles.title')}</h1>
      </div>
      <p className="muted">{t('profiles.intro')}</p>
      {profiles.isPending && <Busy />}
      {profiles.isError && <ErrorMessage error={profiles.error} />}
      {data && (
        <div className="profiles-layout">
          <div className="profiles-list-column">
            <ProfileList
              profiles={data.profiles}
              active={data.active}
              selected={creating ? undefined : profile}
            />
            <p className="actions">
              <button
                type="button"
                className="button primary"
                onClick={() => setCreating(true)}
                disabled={creating}
                data-testid="profile-new"
              >
                {t('profiles.new')}
              </button>
            </p>
          </div>
          <div className="profiles-detail-column">
            {creating ? (
              <ProfileEditor
                mode="create"
                initial={blankDraft()}
                taken={names}
                onSaved={(name) => {
                  setCreating(false);
                  navigate({ name: 'profiles', profile: name });
                }}
                onCancel={() => setCreating(false)}
              />
            ) : profile !== undefined ? (
              <ProfileDetail key={profile} name={profile} profiles={data.profiles} active={data.active} />
            ) : (
              <ProfilesTransfer />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
