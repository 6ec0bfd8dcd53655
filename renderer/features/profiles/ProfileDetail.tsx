// One profile: whether it is active (and "Use" it), its settings (locked for a built-in, with Duplicate as the
// way forward), duplicate, export, delete (confirmed, with Undo), and applying it to the jar.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/contract-consent';
import { navigate, routeHref } from '../../app/routing';
import { useClient } from '../../client/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToasts } from '../../components/Toasts';
import { downloadText } from '../export/download';
import { ApplyPanel } from './ApplyPanel';
import { toDraft, unusedName } from './draft';
import { ProfileEditor } from './ProfileEditor';
import { useUseProfile } from './ProfileList';
import { invalidateConsent } from './queries';
import { useConsentToast } from './useConsentToast';

export function ProfileDetail({
  name,
  profiles,
  active,
}: {
  name: string;
  profiles: readonly ProfileView[];
  active: string;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const announce = useConsentToast();
  const use = useUseProfile();
  const [duplicating, setDuplicating] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const profile = profiles.find((p) => p.name === name);
  const names = profiles.map((p) => p.name);

  const remove = useMutation({
    mutationFn: () => client['profiles.delete']({ name }),
    onSuccess: async ({ undoId }) => {
      announce(t('profiles.deleted', { name }), undoId, () => navigate({ name: 'profiles', profile: name }));
      navigate({ name: 'profiles' });
      await invalidateConsent(queryClient);
    },
  });
  const exporting = useMutation({
    mutationFn: async () => {
      const document = await client['profiles.export']({ name });
      downloadText(document.fileName, document.content, document.mediaType);
      return document;
    },
    onSuccess: (document) =>
      toasts.show({ message: t('profiles.exported', { fileName: document.fileName }), tone: 'success' }),
  });

  if (!profile) {
    return (
      <EmptyState title={t('profiles.notFound', { name })} testId="profile-not-found">
        <a href={routeHref({ name: 'profiles' })}>{t('profiles.backToList')}</a>
      </EmptyState>
    );
  }
  const isActive = profile.name === active;

  if (duplicating) {
    return (
      <ProfileEditor
        mode="create"
        heading={t('profiles.duplicateTitle', { name })}
        initial={toDraft(profile, unusedName(t('profiles.copyOf', { name }), names))}
        taken={names}
        onSaved={(saved) => {
          setDuplicating(false);
          navigate({ name: 'profiles', profile: saved });
        }}
        onCancel={() => setDuplicating(false)}
      />
    );
  }

  return (
    <article
      className="profile-detail"
      aria-labelledby="profile-heading"
      data-testid="profile-detail"
      data-name={name}
    >
      <div className="section-head">
        <h2 id="profile-heading">
          {profile.name} {profile.builtin && <span className="badge">{t('profiles.builtin')}</span>}{' '}
          {isActive && <span className="badge active">{t('profiles.active')}</span>}
        </h2>
      </div>
      <div className="toolbar-row profile-toolbar">
        {isActive ? (
          <span className="muted" data-testid="profile-is-active">
            {t('profiles.isActive')}
          </span>
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => use.mutate(profile.name)}
            disabled={use.isPending}
            data-testid="profile-use-this"
          >
            {t('profiles.useThis')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => setDuplicating(true)}
          data-testid="profile-duplicate"
        >
          {t('profiles.duplicate')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => exporting.mutate()}
          disabled={exporting.isPending}
          data-testid="profile-export"
        >
          {t('profiles.exportOne')}
        </button>
        {!profile.builtin && (
          <button
            type="button"
            className="button danger"
            onClick={() => setConfirming(true)}
            disabled={remove.isPending}
            data-testid="profile-delete"
          >
            {t('profiles.delete')}
          </button>
        )}
      </div>
      {use.isError && <ErrorMessage error={use.error} />}
      {exporting.isError && <ErrorMessage error={exporting.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      {profile.builtin && (
        <div className="note builtin-note" data-testid="profile-builtin-note">
          <p>{t('profiles.builtinNote')}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => setDuplicating(true)}
            data-testid="profile-duplicate-cta"
          >
            {t('profiles.duplicateToEdit')}
          </button>
        </div>
      )}
      <ProfileEditor
        // A saved change (or an undo) comes back as a new profile: start again from it.
        key={JSON.stringify(profile)}
        mode={profile.builtin ? 'readOnly' : 'edit'}
        initial={toDraft(profile)}
        previousName={profile.name}
        taken={names.filter((n) => n !== profile.name)}
        onSaved={(saved) => {
          if (saved !== profile.name) navigate({ name: 'profiles', profile: saved });
        }}
      />
      <ApplyPanel profile={profile.name} />
      {confirming && (
        <ConfirmDialog
          title={t('profiles.deleteTitle', { name })}
          message={isActive ? t('profiles.deleteActiveText') : t('profiles.deleteText')}
          confirmLabel={t('profiles.delete')}
          destructive
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            remove.mutate();
          }}
        />
      )}
    </article>
  );
}
