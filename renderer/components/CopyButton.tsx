// Copies text to the clipboard and says so (visibly and to screen readers) for a moment.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({
  getText,
  label,
  accessibleLabel,
  className,
  testId,
}: {
  getText: () => string | Promise<string>;
  label?: string;
  accessibleLabel?: string;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const onClick = async () => {
    const ok = await Promise.resolve()
      .then(getText)
      .then(copyText)
      .catch(() => false);
    setState(ok ? 'copied' : 'failed');
  };

  const text =
    state === 'copied'
      ? t('common.copied')
      : state === 'failed'
        ? t('common.copyFailed')
        : (label ?? t('common.copy'));
  return (
    <>
      <button
        type="button"
        className={className ?? 'button small'}
        onClick={() => void onClick()}
        aria-label={state === 'idle' ? accessibleLabel : undefined}
        data-testid={testId}
      >
        {text}
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
