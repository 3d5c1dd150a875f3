import { NumberField, type NumberFieldProps } from '../../registry/components/number-field';

/**
 * The registry's Rupiah input ("3,5 M" read as Rp 3.500.000.000), in a slot that keeps the
 * reading's line reserved: when the field is left and the text tidied, the reading goes, and
 * without the slot the button under it would move between press and release and miss the click.
 */
export function RupiahField(props: Omit<NumberFieldProps, 'kind'>) {
  return (
    <div className="rupiah-slot">
      <NumberField kind="rupiah" {...props} />
    </div>
  );
}
