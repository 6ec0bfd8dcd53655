// One policy row as inputs. The name says how it will match (exact, every name starting with…, a pattern) or
// what is wrong with it; the duration shows, as it is typed, how Crumbs reads it in the UI's language.
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, parseDuration } from '../../../shared/duration';
import { CATEGORIES, STORAGE_TYPES } from '../../../shared/model';
import { currentLanguage } from '../../i18n';
import { LIMITS, nameProblem, namePattern, type DraftRow } from './draft';

function NameNote({ name, id, show }: { name: string; id: string; show: boolean }) {
  const { t } = useTranslation();
  const problem = nameProblem(name);
  if (problem !== null) {
    if (!show) return null;
    return (
      <span id={id} className="field-error" data-testid="edit-name-error">
        {problem.kind === 'required'
          ? t('policyEdit.nameRequired')
          : problem.kind === 'regexTooLong'
            ? t('policyEdit.regexTooLong', { max: problem.max })
            : t('policyEdit.regexInvalid', { reason: problem.reason })}
      </span>
    );
  }
  const pattern = namePattern(name)!;
  return (
    <span id={id} className="hint muted" data-testid="edit-name-hint">
      {pattern.match === 'exact'
        ? t('policyEdit.matchExact')
        : pattern.match === 'prefix'
          ? t('policyEdit.matchPrefix', { prefix: pattern.name })
          : t('policyEdit.matchRegex')}
    </span>
  );
}

function DurationPreview({ text, id }: { text: string; id: string }) {
  const { t, i18n } = useTranslation();
  const duration = parseDuration(text);
  const reads = formatDuration(duration, currentLanguage(i18n));
  return (
    <span id={id} className="hint muted" data-testid="edit-duration-preview" data-kind={duration.kind}>
      {text.trim() === ''
        ? t('policyEdit.durationEmpty')
        : duration.kind === 'unknown'
          ? t('policyEdit.durationUnknown')
          : t('policyEdit.durationReads', { duration: reads })}
    </span>
  );
}

export function EditRow({
  row,
  number,
  showErrors,
  onChange,
  onRemove,
  nameRef,
  removeRef,
}: {
  row: DraftRow;
  /** 1-based, for the labels. */
  number: number;
  /** Show a missing name as an error (once the name was touched, or Save was tried). */
  showErrors: boolean;
  onChange: (patch: Partial<DraftRow>) => void;
  onRemove: () => void;
  nameRef: Ref<HTMLInputElement>;
  removeRef: Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  const nameNoteId = useId();
  const durationNoteId = useId();
  const invalid = showErrors && nameProblem(row.name) !== null;
  const regexInvalid = nameProblem(row.name)?.kind.startsWith('regex') ?? false;
  const labels = { row: number };
  return (
    <tr data-testid="edit-row" data-row={number}>
      <td>
        <select
          value={row.category}
          onChange={(e) => onChange({ category: e.target.value as DraftRow['category'] })}
          aria-label={t('policyEdit.categoryLabel', labels)}
          data-testid="edit-category"
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          value={row.type}
          onChange={(e) => onChange({ type: e.target.value as DraftRow['type'] })}
          aria-label={t('policyEdit.typeLabel', labels)}
          data-testid="edit-type"
        >
          {STORAGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`policy.type.${type}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="text"
          value={row.supplier}
          maxLength={LIMITS.supplier}
          onChange={(e) => onChange({ supplier: e.target.value })}
          aria-label={t('policyEdit.supplierLabel', labels)}
          data-testid="edit-supplier"
        />
      </td>
      <td>
        <input
          ref={nameRef}
          type="text"
          className="mono"
          value={row.name}
          maxLength={LIMITS.name}
          onChange={(e) => onChange({ name: e.target.value })}
          aria-label={t('policyEdit.nameLabel', labels)}
          aria-invalid={invalid || regexInvalid ? true : undefined}
          aria-describedby={nameNoteId}
          aria-required="true"
          spellCheck={false}
          data-testid="edit-name"
        />
        <NameNote name={row.name} id={nameNoteId} show={showErrors || regexInvalid} />
      </td>
      <td>
        <input
          type="text"
          value={row.duration}
          maxLength={LIMITS.duration}
          onChange={(e) => onChange({ duration: e.target.value })}
          aria-label={t('policyEdit.durationLabel', labels)}
          aria-describedby={durationNoteId}
          data-testid="edit-duration"
        />
        <DurationPreview text={row.duration} id={durationNoteId} />
      </td>
      <td>
        <textarea
          value={row.function}
          maxLength={LIMITS.function}
          rows={2}
          onChange={(e) => onChange({ function: e.target.value })}
          aria-label={t('policyEdit.functionLabel', labels)}
          data-testid="edit-function"
        />
      </td>
      <td>
        <button
          ref={removeRef}
          type="button"
          className="button small danger"
          onClick={onRemove}
          aria-label={t('policyEdit.removeLabel', { row: number, name: row.name.trim() || '—' })}
          data-testid="edit-remove"
        >
          {t('policyEdit.remove')}
        </button>
      </td>
    </tr>
  );
}
