import { useId } from 'react';

export interface CheckOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

export interface CheckGroupProps {
  legend: string;
  name: string;
  options: readonly CheckOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
  onBlur?: () => void;
}

/** Several checkboxes under one legend (techniques, market reach); an option may carry a note. */
export function CheckGroup({ legend, name, options, value, onChange, hint, error, onBlur }: CheckGroupProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={error ? 'fieldset check-group field-invalid' : 'fieldset check-group'}
      aria-describedby={described || undefined}
      onBlur={onBlur}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="field field-check">
            <input
              id={optionId}
              type="checkbox"
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, option.value]
                    : value.filter((item) => item !== option.value),
                )
              }
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <p id={`${optionId}-hint`} className="field-hint check-hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
