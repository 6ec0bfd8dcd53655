// The header checkbox of a table whose rows can be selected: checked when all are, mixed when some are.
import { useEffect, useRef } from 'react';

export function SelectAllBox({
  state,
  disabled,
  onToggle,
  label,
  testId,
  tabIndex,
}: {
  state: 'all' | 'some' | 'none';
  disabled: boolean;
  onToggle: () => void;
  label: string;
  testId: string;
  /** -1 inside a grid, whose keyboard model reaches it another way (Ctrl/Cmd+A). */
  tabIndex?: number;
}) {
  const box = useRef<HTMLInputElement>(null);
  // "Mixed" exists only as a DOM property, not as an attribute React could set.
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={box}
      type="checkbox"
      tabIndex={tabIndex}
      checked={state === 'all'}
      disabled={disabled}
      onChange={onToggle}
      aria-label={label}
      data-testid={testId}
    />
  );
}
