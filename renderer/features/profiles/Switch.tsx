// An on/off choice as a switch (role=switch, aria-checked), named by its visible label and described by its
// hint. A locked one (necessary; a built-in profile) shows its state and cannot be flipped: its hint says why.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function Switch({
  label,
  hint,
  checked,
  onChange,
  disabled = false,
  testId,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange?: (checked: boolean) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <div className="switch-row" data-testid={testId} data-checked={checked}>
      <span className="switch-text">
        <label htmlFor={id} className="switch-label">
          {label}
        </label>
        {hint && (
          <span id={hintId} className="hint muted">
            {hint}
          </span>
        )}
      </span>
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={hint ? hintId : undefined}
        disabled={disabled}
        className="switch"
        onClick={() => onChange?.(!checked)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-state" aria-hidden="true">
          {checked ? t('profiles.on') : t('profiles.off')}
        </span>
      </button>
    </div>
  );
}
