// A profile's settings: its name, a switch per category (necessary on and locked), Global Privacy Control and
// per-site overrides. Creating and editing share it; saving is one profiles.save (a changed name renames, the
// core keeps the active mark on it), answered by a toast with Undo. Built-ins show the same form, locked.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../client/context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fromDraft, OPTIONAL_CATEGORIES, type ProfileDraft } from './draft';
import { invalidateConsent } from './queries';
import { SiteOverrides } from './SiteOverrides';
import { Switch } from './Switch';
import { useConsentToast } from './useConsentToast';

export function ProfileEditor({
  mode,
  initial,
  previousName,
  taken = [],
  onSaved,
  onCancel,
  heading,
}: {
  mode: 'create' | 'edit' | 'readOnly';
  initial: ProfileDraft;
  /** The name the profile is saved under now (edit): a different name renames it. */
  previousName?: string;
  /** Names other profiles have. */
  taken?: readonly string[];
  onSaved?: (name: string) => void;
  onCancel?: () => void;
  heading?: string;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const announce = useConsentToast();
  const ids = { heading: useId(), name: useId(), nameProblem: useId() };
  const [draft, setDraft] = useState(initial);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const readOnly = mode === 'readOnly';
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  const save = useMutation({
    mutationFn: (next: ProfileDraft) =>
      client['profiles.save']({
        profile: fromDraft(next),
        ...(previousName === undefined ? {} : { previousName }),
      }),
    onSuccess: async ({ profile, undoId }) => {
      const renamed = previousName !== undefined && previousName !== profile.name;
      announce(
        mode === 'create'
          ? t('profiles.created', { name: profile.name })
          : renamed
            ? t('profiles.renamed', { from: previousName, name: profile.name })
            : t('profiles.saved', { name: profile.name }),
        undoId,
      );
      await invalidateConsent(queryClient);
      onSaved?.(profile.name);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.name.trim();
    const problem =
      name === ''
        ? t('profiles.nameMissing')
        : name !== previousName && taken.includes(name)
          ? t('profiles.nameTaken', { name })
          : null;
    setNameProblem(problem);
    if (problem) {
      document.getElementById(ids.name)?.focus();
      return;
    }
    save.mutate(draft);
  };

  const setCategory = (category: (typeof OPTIONAL_CATEGORIES)[number], on: boolean) =>
    setDraft((d) => ({ ...d, categories: { ...d.categories, [category]: on } }));

  return (
    <form
      className="profile-editor"
      aria-labelledby={ids.heading}
      onSubmit={onSubmit}
      noValidate
      data-testid="profile-editor"
      data-mode={mode}
    >
      <h2 id={ids.heading} tabIndex={-1}>
        {heading ?? (mode === 'create' ? t('profiles.newTitle') : t('profiles.settings'))}
      </h2>
      {!readOnly && (
        <div className="field profile-name-field">
          <label htmlFor={ids.name}>{t('profiles.nameLabel')}</label>
          <input
            id={ids.name}
            type="text"
            value={draft.name}
            maxLength={100}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
            aria-invalid={nameProblem !== null}
            aria-describedby={nameProblem ? ids.nameProblem : undefined}
            spellCheck={false}
            data-testid="profile-name"
          />
          {nameProblem && (
            <span id={ids.nameProblem} className="error-inline" role="alert">
              {nameProblem}
            </span>
          )}
        </div>
      )}
      <fieldset className="switches" data-testid="profile-categories">
        <legend>{t('profiles.categoriesLegend')}</legend>
        <Switch
          label={t('categories.necessary')}
          hint={t('profiles.necessaryHint')}
          checked
          disabled
          testId="switch-necessary"
        />
        {OPTIONAL_CATEGORIES.map((category) => (
          <Switch
            key={category}
            label={t(`categories.${category}`)}
            hint={t(`profiles.hint.${category}`)}
            checked={draft.categories[category]}
            disabled={readOnly}
            onChange={(on) => setCategory(category, on)}
            testId={`switch-${category}`}
          />
        ))}
      </fieldset>
      <fieldset className="switches">
        <legend>{t('profiles.signalsLegend')}</legend>
        <Switch
          label={t('profiles.gpc')}
          hint={t('profiles.gpcHint')}
          checked={draft.gpc}
          disabled={readOnly}
          onChange={(gpc) => setDraft((d) => ({ ...d, gpc }))}
          testId="switch-gpc"
        />
      </fieldset>
      <SiteOverrides
        sites={draft.sites}
        base={draft.categories}
        readOnly={readOnly}
        onChange={(sites) => setDraft((d) => ({ ...d, sites }))}
      />
      {save.isError && <ErrorMessage error={save.error} />}
      {!readOnly && (
        <p className="actions save-bar">
          <button
            type="submit"
            className="button primary"
            disabled={save.isPending || (mode === 'edit' && !dirty)}
            data-testid="profile-save"
          >
            {mode === 'create' ? t('profiles.create') : t('profiles.save')}
          </button>
          {mode === 'edit' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft(initial);
                setNameProblem(null);
              }}
              disabled={!dirty || save.isPending}
              data-testid="profile-discard"
            >
              {t('profiles.discard')}
            </button>
          )}
          {onCancel && (
            <button type="button" className="button" onClick={onCancel} data-testid="profile-cancel">
              {t('common.cancel')}
            </button>
          )}
          {mode === 'edit' && dirty && (
            <span className="muted" role="status" data-testid="profile-unsaved">
              {t('profiles.unsaved')}
            </span>
          )}
        </p>
      )}
    </form>
  );
}
