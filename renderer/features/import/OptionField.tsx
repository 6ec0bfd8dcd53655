// One labelled input with a hint under it: the URL, site and keyring-secret options of a file import, and the
// keyring secret of a browser profile. `secret` is a password field that password managers are kept away from.
import { useId, type InputHTMLAttributes } from 'react';

type Kind = 'url' | 'text' | 'secret';
type InputProps = InputHTMLAttributes<HTMLInputElement> & { [data: `data-${string}`]: string };

const INPUT_PROPS: Record<Kind, InputProps> = {
  url: { type: 'url', inputMode: 'url', placeholder: 'https://', autoCapitalize: 'off', spellCheck: false },
  text: { type: 'text', autoCapitalize: 'off', spellCheck: false },
  // Not a site password: keep password managers from offering to save it.
  secret: { type: 'password', autoComplete: 'off', 'data-lpignore': 'true', 'data-1p-ignore': 'true' },
};

export function OptionField({
  kind,
  label,
  hint,
  value,
  onChange,
  disabled,
  testId,
}: {
  kind: Kind;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  testId: string;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...INPUT_PROPS[kind]}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        aria-describedby={hintId}
        data-testid={testId}
      />
      <span id={hintId} className="muted hint">
        {hint}
      </span>
    </div>
  );
}
