// Creating or editing one cookie. The form checks itself as the user types (edit-draft.ts); the core decides
// on saving, and its refusal (a public suffix, a clash with another cookie…) is shown in the dialog.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieView } from '../../../shared/model';
import { useClient } from '../../client/context';
import { Busy } from '../../components/Busy';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNow } from '../../components/useNow';
import {
  checkDraft,
  draftOf,
  emptyDraft,
  MAX_COOKIE_BYTES,
  toCookieData,
  type CookieDraft,
  type DraftField,
  type DraftProblem,
  type ProblemKey,
} from './edit-draft';
import { EditFields } from './EditFields';
import type { useJarActions } from './useJarActions';

type Save = ReturnType<typeof useJarActions>['save'];

const CROSS_FIELD: ReadonlySet<ProblemKey> = new Set([
  'securePrefix',
  'hostPrefix',
  'sameSiteNone',
  'tooLarge',
]);

export function EditCookieDialog({
  original,
  save,
  onClose,
}: {
  /** The cookie edited; null for a new one. */
  original: CookieView | null;
  save: Save;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const titleId = useId();
  const panel = useRef<HTMLFormElement>(null);
  const [opened] = useState(() => Date.now());
  const nowMs = useNow(15_000);
  const [draft, setDraft] = useState<CookieDraft | null>(() => (original ? null : emptyDraft(opened)));
  const [shown, setShown] = useState<string>('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [attempted, setAttempted] = useState(false);

  // The value is not in the table: read it once for the form.
  useEffect(() => {
    if (!original) return;
    let live = true;
    client['cookies.reveal']({ domain: original.domain, path: original.path, name: original.name }).then(
      ({ value }) => {
        if (!live) return;
        const d = draftOf(original, value, opened);
        setDraft(d);
        setShown(d.expires);
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [client, original, opened]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => previous?.focus();
  }, []);
  // Escape closes the dialog wherever the focus is (a click on the backdrop leaves it on the body).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  // Focus goes to the first field once the form is there (an edit waits for the value).
  const ready = draft !== null;
  useEffect(() => {
    if (ready) panel.current?.querySelector<HTMLElement>('input')?.focus();
  }, [ready]);

  const { errors, warnings } = draft ? checkDraft(draft, nowMs) : { errors: [], warnings: [] };
  // A field's own problems show once it was typed in; those that come from several fields at once (a
  // prefix and the Secure box, the size of name and value) as soon as anything was.
  const visible = (p: DraftProblem) =>
    attempted || touched.has(p.field) || (CROSS_FIELD.has(p.key) && touched.size > 0);

  const change = (patch: Partial<CookieDraft>, field: DraftField | null) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    if (field) setTouched((s) => new Set(s).add(field));
    if (save.isError) save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft || save.isPending) return;
    if (errors.length > 0) {
      setAttempted(true);
      panel.current?.querySelector<HTMLElement>(`[data-field="${errors[0]!.field}"]`)?.focus();
      return;
    }
    const cookie = toCookieData(draft, original ? { expires: original.expires, shown } : null);
    save.mutate(
      {
        ...(original
          ? { original: { domain: original.domain, path: original.path, name: original.name } }
          : {}),
        cookie,
      },
      { onSuccess: onClose },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Tab' || !panel.current) return;
    const focusable = [
      ...panel.current.querySelectorAll<HTMLElement>('input:not([disabled]), select, button:not([disabled])'),
    ];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <form
        ref={panel}
        className="dialog jar-edit"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onSubmit={submit}
        noValidate
        data-testid="jar-edit-dialog"
      >
        <h2 id={titleId} className="dialog-title">
          {original ? t('jar.editTitle', { name: original.name }) : t('jar.newTitle')}
        </h2>
        {loadError !== null && <ErrorMessage error={loadError} />}
        {draft === null && loadError === null && <Busy />}
        {draft !== null && (
          <EditFields
            draft={draft}
            change={change}
            problems={[
              ...errors.filter(visible).map((p) => ({ ...p, level: 'error' as const })),
              ...warnings.filter(visible).map((p) => ({ ...p, level: 'warning' as const })),
            ]}
            maxBytes={MAX_COOKIE_BYTES}
          />
        )}
        {save.isError && <ErrorMessage error={save.error} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            // Not disabled while saving: the focus stays on it (a second press is ignored by submit).
            disabled={draft === null}
            aria-disabled={save.isPending}
            data-testid="jar-edit-save"
          >
            {save.isPending ? t('jar.saving') : t('jar.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
