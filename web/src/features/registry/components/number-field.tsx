import { type ComponentPropsWithRef, useId } from 'react';
import { describedBy, FieldShell } from '../../../components/text-field';
import { formatNumber, formatRupiah } from '../../../lib/format';
import { useLang } from '../../../lib/i18n';
import type { FigureKind } from '../lib/figures';
import { parseCount, parseDecimal, parseRupiah, toInputText } from '../lib/numbers';

type NumberKind = Extract<FigureKind, 'count' | 'rupiah' | 'quantity'>;

const PARSE = { count: parseCount, rupiah: parseRupiah, quantity: parseDecimal };

export interface NumberFieldProps
  extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'value' | 'onChange' | 'type'> {
  label: string;
  name: string;
  kind: NumberKind;
  value: string;
  onValue: (text: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/**
 * A number typed the Indonesian way. Rupiah accept "1.500.000", "Rp 1.500.000" or "1,5 jt" and
 * show the amount they read under the input; on leaving the field the text is tidied to
 * "1.500.000". Phones get the number keyboard.
 */
export function NumberField({
  label,
  name,
  kind,
  value,
  onValue,
  hint,
  error,
  onBlur,
  className,
  ...rest
}: NumberFieldProps) {
  const id = useId();
  const lang = useLang();
  const parsed = PARSE[kind](value);
  const reading =
    parsed.ok && parsed.value !== null && !error
      ? kind === 'rupiah'
        ? formatRupiah(parsed.value, lang)
        : formatNumber(parsed.value, lang)
      : '';
  // Show what was understood only when it differs from what was typed ("1,5 jt" → Rp 1.500.000).
  const tidy = parsed.ok && parsed.value !== null ? toInputText(parsed.value) : '';
  const showReading = reading !== '' && tidy !== value.trim();
  const readingId = `${id}-reading`;
  const describedIds = [describedBy(id, hint, error), showReading ? readingId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={kind === 'quantity' ? 'decimal' : 'numeric'}
        autoComplete="off"
        className={['number-input', className].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        onBlur={(event) => {
          if (parsed.ok && parsed.value !== null && parsed.value >= 0) onValue(toInputText(parsed.value));
          onBlur?.(event);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedIds || undefined}
        {...rest}
      />
      {showReading && (
        <p id={readingId} className="field-reading">
          = {reading}
        </p>
      )}
    </FieldShell>
  );
}
