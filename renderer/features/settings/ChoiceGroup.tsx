// A set of radio buttons under a legend: the accessible way to pick one of a few (theme, language).
import { useId } from 'react';

export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  testId,
}: {
  legend: string;
  name: string;
  value: V;
  choices: readonly { value: V; label: string; hint?: string; lang?: string }[];
  onChange: (value: V) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="radio" lang={choice.lang}>
          <input
            type="radio"
            name={`${name}-${id}`}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            data-testid={`${testId}-${choice.value}`}
          />
          <span>
            {choice.label}
            {choice.hint && <span className="muted"> {choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
