// The policy's table as inputs: change any row, add or remove rows, then Save (policy.save) — undoable from
// the toast. Problems show as they are typed; Save with a problem left moves focus to the first one.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePolicy } from '../../../shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { changed, draftFrom, emptyDraft, nameProblem, toInput, type DraftRow } from './draft';
import { EditRow } from './EditRow';
import { useSavePolicy } from './usePolicyActions';

export function PolicyEditor({
  site,
  policy,
  onDone,
  onCancel,
}: {
  site: string;
  /** null: a new policy, written by hand. */
  policy: SitePolicy | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const names = useRef(new Map<number, HTMLInputElement>());
  const removes = useRef(new Map<number, HTMLButtonElement>());
  const [rows, setRows] = useState<DraftRow[]>(() =>
    policy && policy.entries.length > 0 ? policy.entries.map(draftFrom) : [emptyDraft()],
  );
  const [publisher, setPublisher] = useState(policy?.publisher ?? '');
  const [touched, setTouched] = useState<ReadonlySet<number>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  // Where focus goes once the rows have re-rendered (after adding or removing one).
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const save = useSavePolicy(site, onDone);

  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    pendingFocus.current?.()?.focus();
    pendingFocus.current = null;
  }, [rows]);

  const invalid = rows.filter((row) => nameProblem(row.name) !== null);

  const update = (id: number, patch: Partial<DraftRow>) => {
    setRows((list) => list.map((row) => (row.id === id ? { ...row, ...patch } : row)));
    if (patch.name !== undefined) setTouched((set) => new Set(set).add(id));
  };
  const add = () => {
    const row = emptyDraft(rows[rows.length - 1]?.category ?? 'necessary');
    setRows((list) => [...list, row]);
    pendingFocus.current = () => names.current.get(row.id);
  };
  const remove = (index: number) => {
    const next = rows[index + 1] ?? rows[index - 1];
    setRows((list) => list.filter((_, i) => i !== index));
    // Focus stays in the table: on the row that took this one's place, else on Add.
    pendingFocus.current = () => (next ? removes.current.get(next.id) : addButton.current);
  };
  const onSave = () => {
    setAttempted(true);
    const first = invalid[0];
    if (first) {
      names.current.get(first.id)?.focus();
      return;
    }
    save.mutate({ publisher: publisher.trim(), entries: rows.map(toInput) });
  };
  const onCancelClick = () => {
    if (changed(rows, publisher, policy?.entries ?? [], policy?.publisher ?? '')) setDiscarding(true);
    else onCancel();
  };

  return (
    <section
      className="policy policy-editor"
      aria-labelledby="policy-edit-heading"
      data-testid="policy-editor"
    >
      <h2 id="policy-edit-heading" ref={heading} tabIndex={-1}>
        {policy ? t('policyEdit.title') : t('policyEdit.titleNew')}
      </h2>
      <p className="muted">{t('policyEdit.intro')}</p>
      <div className="field">
        <label htmlFor="policy-edit-publisher">{t('policyEdit.publisher')}</label>
        <input
          id="policy-edit-publisher"
          type="text"
          value={publisher}
          maxLength={500}
          onChange={(e) => setPublisher(e.target.value)}
          data-testid="edit-publisher"
        />
      </div>
      <div className="table-scroll">
        <table className="data-table edit-table" data-testid="policy-edit-table">
          <thead>
            <tr>
              <th scope="col">{t('policyEdit.colCategory')}</th>
              <th scope="col">{t('policyEdit.colType')}</th>
              <th scope="col">{t('policy.colSupplier')}</th>
              <th scope="col">{t('policy.colCookie')}</th>
              <th scope="col">{t('policy.colDuration')}</th>
              <th scope="col">{t('policy.colFunction')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cookie.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <EditRow
                key={row.id}
                row={row}
                number={index + 1}
                showErrors={attempted || touched.has(row.id)}
                onChange={(patch) => update(row.id, patch)}
                onRemove={() => remove(index)}
                nameRef={(el) => {
                  if (el) names.current.set(row.id, el);
                  else names.current.delete(row.id);
                }}
                removeRef={(el) => {
                  if (el) removes.current.set(row.id, el);
                  else removes.current.delete(row.id);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted">{t('policyEdit.noRows')}</p>}
      <p className="actions">
        <button ref={addButton} type="button" className="button" onClick={add} data-testid="edit-add">
          {t('policyEdit.add')}
        </button>
      </p>
      {attempted && invalid.length > 0 && (
        <p role="alert" className="error-inline" data-testid="edit-invalid">
          {t('policyEdit.fixFirst', { count: invalid.length })}
        </p>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
      <p className="actions">
        <button
          type="button"
          className="button primary"
          onClick={onSave}
          disabled={save.isPending}
          data-testid="edit-save"
        >
          {save.isPending ? t('policyEdit.saving') : t('policyEdit.save')}
        </button>
        <button type="button" className="button" onClick={onCancelClick} data-testid="edit-cancel">
          {t('common.cancel')}
        </button>
      </p>
      {discarding && (
        <ConfirmDialog
          title={t('policyEdit.discardTitle')}
          message={t('policyEdit.discardText')}
          confirmLabel={t('policyEdit.discard')}
          destructive
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            setDiscarding(false);
            onCancel();
          }}
        />
      )}
    </section>
  );
}
