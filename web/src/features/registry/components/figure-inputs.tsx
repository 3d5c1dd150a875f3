import { TextAreaField, TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { FIGURES, type FigureDef, type FigureField, type FigureValues } from '../lib/figures';
import { NumberField } from './number-field';

export interface FigureInputsProps {
  values: FigureValues;
  onValue: (name: FigureField, text: string) => void;
  error: (name: FigureField) => string | undefined;
  onLeave: (name: FigureField) => void;
  /** Which figures, in order (default: all). */
  fields?: readonly FigureField[];
  disabled?: boolean;
  className?: string;
}

/** The SIINas inputs, labelled as in the SIINas form. */
export function FigureInputs({
  values,
  onValue,
  error,
  onLeave,
  fields,
  disabled,
  className,
}: FigureInputsProps) {
  const t = useT();
  const defs: FigureDef[] = fields
    ? fields.map((name) => FIGURES.find((f) => f.name === name) as FigureDef)
    : [...FIGURES];
  return (
    <>
      {defs.map((def) => {
        const common = {
          label: t(def.label),
          name: def.name,
          hint: def.hint ? t(def.hint) : undefined,
          error: error(def.name),
          disabled,
          className,
          onBlur: () => onLeave(def.name),
        };
        if (def.kind === 'text') {
          return (
            <TextField
              key={def.name}
              {...common}
              autoComplete="off"
              value={values[def.name]}
              onChange={(event) => onValue(def.name, event.target.value)}
            />
          );
        }
        if (def.kind === 'note') {
          return (
            <TextAreaField
              key={def.name}
              {...common}
              rows={2}
              value={values[def.name]}
              onChange={(event) => onValue(def.name, event.target.value)}
            />
          );
        }
        return (
          <NumberField
            key={def.name}
            {...common}
            kind={def.kind}
            value={values[def.name]}
            onValue={(text) => onValue(def.name, text)}
          />
        );
      })}
    </>
  );
}
