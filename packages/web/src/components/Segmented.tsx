/** A single choice among a few options, as a group of radio buttons styled as pills. */
import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (value: T) => void;
  name?: string;
}

export function Segmented<T extends string>({ legend, options, value, label, onChange, name }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name ?? id}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
