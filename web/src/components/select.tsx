import { type ComponentPropsWithRef, useId } from 'react';
import { describedBy, FieldShell } from './text-field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<ComponentPropsWithRef<'select'>, 'id'> {
  label: string;
  name: string;
  options: readonly SelectOption[];
  /** A first option with an empty value, e.g. "Semua" in a filter or "Pilih…" in a form. */
  emptyLabel?: string;
  hint?: string | undefined;
  error?: string | undefined;
}

export function Select({ label, options, emptyLabel, hint, error, ...rest }: SelectProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
