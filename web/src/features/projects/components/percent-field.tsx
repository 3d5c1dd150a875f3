import type { ComponentPropsWithRef } from 'react';
import { TextField } from '../../../components/text-field';

export interface PercentFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> {
  /** Says "(%)": the unit is in the label, so it is read with the field. */
  label: string;
  name: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A percentage (0–100) typed with a comma or a dot; phones get the decimal keyboard. */
export function PercentField({ className, ...rest }: PercentFieldProps) {
  return (
    <TextField
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      className={['number-input', className].filter(Boolean).join(' ')}
      {...rest}
    />
  );
}
