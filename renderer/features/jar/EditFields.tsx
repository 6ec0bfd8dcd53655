// The edit dialog's fields, each with its problems right below it (aria-describedby), as the user types.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CookieDraft, DraftField, DraftProblem, SameSiteChoice } from './edit-draft';

type Shown = DraftProblem & { level: 'error' | 'warning' };
const SAME_SITE: readonly SameSiteChoice[] = ['unset', 'strict', 'lax', 'none'];

export function EditFields({
  draft,
  change,
  problems,
  maxBytes,
}: {
  draft: CookieDraft;
  change: (patch: Partial<CookieDraft>, field: DraftField | null) => void;
  problems: readonly Shown[];
  maxBytes: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [showValue, setShowValue] = useState(false);
  const of = (field: DraftField) => problems.filter((p) => p.field === field);
  const invalid = (field: DraftField) => of(field).some((p) => p.level === 'error');
  const describedBy = (field: DraftField, extra?: string) =>
    [of(field).length > 0 ? `${id}-${field}-problems` : null, extra ?? null].filter(Boolean).join(' ') ||
    undefined;
  const list = (field: DraftField) =>
    of(field).length > 0 && (
      <ul
        id={`${id}-${field}-problems`}
        className="field-problems"
        data-testid={`jar-edit-problems-${field}`}
      >
        {of(field).map((p) => (
          <li key={p.key} className={p.level === 'error' ? 'error-inline' : 'warning-inline'}>
            {t(`jar.problem.${p.key}`, { bytes: p.bytes ?? 0, max: maxBytes })}
          </li>
        ))}
      </ul>
    );
  const bytes = new TextEncoder().encode(draft.name + draft.value).length;

  return (
    <div className="edit-fields">
      <div className="edit-field">
        <label htmlFor={`${id}-name`}>{t('cookie.colName')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={draft.name}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => change({ name: e.target.value }, 'name')}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
          data-field="name"
          data-testid="jar-edit-name"
        />
        {list('name')}
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-value`}>{t('cookie.colValue')}</label>
        <div className="edit-inline">
          <input
            id={`${id}-value`}
            type={showValue ? 'text' : 'password'}
            value={draft.value}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => change({ value: e.target.value }, 'value')}
            aria-invalid={invalid('value')}
            aria-describedby={describedBy('value', `${id}-bytes`)}
            data-field="value"
            data-testid="jar-edit-value"
          />
          <button
            type="button"
            className="button small"
            aria-pressed={showValue}
            onClick={() => setShowValue((s) => !s)}
            data-testid="jar-edit-show-value"
          >
            {t('jar.showValue')}
          </button>
        </div>
        <p id={`${id}-bytes`} className={`hint${bytes > maxBytes ? ' error-inline' : ''}`}>
          {t('jar.bytesOf', { bytes, max: maxBytes })}
        </p>
        {list('value')}
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-domain`}>{t('cookie.colDomain')}</label>
        <input
          id={`${id}-domain`}
          type="text"
          value={draft.domain}
          spellCheck={false}
          autoComplete="off"
          placeholder="example.com"
          onChange={(e) => change({ domain: e.target.value }, 'domain')}
          aria-invalid={invalid('domain')}
          aria-describedby={describedBy('domain')}
          data-field="domain"
          data-testid="jar-edit-domain"
        />
        <label className="check">
          <input
            type="checkbox"
            checked={!draft.hostOnly}
            onChange={(e) => change({ hostOnly: !e.target.checked }, 'domain')}
            data-testid="jar-edit-subdomains"
          />
          {t('jar.subdomains')}
        </label>
        {list('domain')}
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-path`}>{t('cookie.colPath')}</label>
        <input
          id={`${id}-path`}
          type="text"
          value={draft.path}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => change({ path: e.target.value }, 'path')}
          aria-invalid={invalid('path')}
          aria-describedby={describedBy('path')}
          data-field="path"
          data-testid="jar-edit-path"
        />
        {list('path')}
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-expires`}>{t('cookie.colExpires')}</label>
        <input
          id={`${id}-expires`}
          type="datetime-local"
          value={draft.expires}
          disabled={draft.session}
          onChange={(e) => change({ expires: e.target.value }, 'expires')}
          aria-invalid={invalid('expires')}
          aria-describedby={describedBy('expires')}
          data-field="expires"
          data-testid="jar-edit-expires"
        />
        <label className="check">
          <input
            type="checkbox"
            checked={draft.session}
            onChange={(e) => change({ session: e.target.checked }, 'expires')}
            data-testid="jar-edit-session"
          />
          {t('jar.sessionCookie')}
        </label>
        {list('expires')}
      </div>
      <fieldset className="edit-field edit-flags">
        <legend>{t('jar.colFlags')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.httpOnly}
            onChange={(e) => change({ httpOnly: e.target.checked }, null)}
            data-testid="jar-edit-httponly"
          />
          {t('cookie.colHttpOnly')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.secure}
            onChange={(e) => change({ secure: e.target.checked }, 'secure')}
            aria-describedby={describedBy('secure')}
            data-field="secure"
            data-testid="jar-edit-secure"
          />
          {t('cookie.colSecure')}
        </label>
        <span className="same-site-field">
          <label htmlFor={`${id}-samesite`}>{t('cookie.colSameSite')}</label>
          <select
            id={`${id}-samesite`}
            value={draft.sameSite}
            onChange={(e) =>
              change({ sameSite: SAME_SITE.find((s) => s === e.target.value) ?? 'unset' }, 'secure')
            }
            data-testid="jar-edit-samesite"
          >
            {SAME_SITE.map((s) => (
              <option key={s} value={s}>
                {t(`jar.sameSite.${s}`)}
              </option>
            ))}
          </select>
        </span>
        {list('secure')}
      </fieldset>
    </div>
  );
}
