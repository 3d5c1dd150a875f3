import { Select } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useAddWarningLetter } from '../api/add-warning-letter';
import type { Contract } from '../api/types';
import { WARNING_LEVELS } from '../lib/labels';
import { useRecordForm } from '../lib/use-record-form';
import { Subform } from './subform';

const FIELDS = ['level', 'number', 'issuedOn', 'notes'] as const;

export interface WarningLetterFormProps {
  contractId: string;
  level: number;
  onDone: (contract: Contract, level: number) => void;
  onCancel: () => void;
}

/** "Catat surat peringatan": SP1–SP3, issued after a failed test case. */
export function WarningLetterForm({ contractId, level, onDone, onCancel }: WarningLetterFormProps) {
  const t = useT();
  const add = useAddWarningLetter();
  const form = useRecordForm(
    { level: String(level), number: '', issuedOn: todayInJakarta(), notes: '' },
    add,
  );
  const { values, set, error } = form;
  return (
    <Subform
      id="letter-new"
      title={t('projects.letter.addTitle')}
      error={add.error}
      fieldNames={FIELDS}
      busy={add.isPending}
      onCancel={onCancel}
      onSubmit={(event) => {
        const element = event.currentTarget;
        if (!form.check(event, ['number', 'issuedOn'])) return;
        add.mutate(
          {
            contractId,
            body: {
              level: Number(values.level),
              number: values.number.trim(),
              issuedOn: values.issuedOn,
              notes: values.notes.trim() || null,
            },
          },
          {
            onSuccess: (contract) => onDone(contract, Number(values.level)),
            onError: () => focusFirstError(element),
          },
        );
      }}
    >
      <Select
        label={t('projects.letter.level')}
        name="level"
        options={WARNING_LEVELS.map((l) => ({
          value: String(l),
          label: t('projects.letter.levelN', { level: l }),
        }))}
        value={values.level}
        onChange={(event) => set('level', event.target.value)}
        error={error('level')}
      />
      <div className="field-pair">
        <TextField
          label={t('projects.letter.number')}
          name="number"
          autoComplete="off"
          required
          value={values.number}
          onChange={(event) => set('number', event.target.value)}
          error={error('number')}
        />
        <TextField
          label={t('projects.letter.issuedOn')}
          name="issuedOn"
          type="date"
          required
          value={values.issuedOn}
          onChange={(event) => set('issuedOn', event.target.value)}
          error={error('issuedOn')}
        />
      </div>
      <TextAreaField
        label={t('projects.notesOptional')}
        name="notes"
        rows={2}
        value={values.notes}
        onChange={(event) => set('notes', event.target.value)}
        error={error('notes')}
      />
    </Subform>
  );
}
