import { Select } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { parseCount, parseRupiah } from '../../registry/lib/numbers';
import { useAddAddendum } from '../api/add-addendum';
import type { AddendumKind, Contract } from '../api/types';
import { ADDENDUM_KIND_LABEL, ADDENDUM_KINDS } from '../lib/labels';
import { useRecordForm } from '../lib/use-record-form';
import { RupiahField } from './rupiah-field';
import { Subform } from './subform';

const FIELDS = ['number', 'signedOn', 'kind', 'extraDays', 'newValueIdr', 'reason'] as const;

const withDays = (kind: string) => kind !== 'nilai';
const withValue = (kind: string) => kind === 'nilai' || kind === 'waktu_nilai';

export interface AddendumFormProps {
  contractId: string;
  onDone: (contract: Contract) => void;
  onCancel: () => void;
}

/**
 * "Catat adendum": a time extension moves the end date (and so the weeks and the penalty), a value
 * change the contract value; a pemberian kesempatan (up to 50 days) lets the work go on late,
 * the penalty running.
 */
export function AddendumForm({ contractId, onDone, onCancel }: AddendumFormProps) {
  const t = useT();
  const add = useAddAddendum();
  const form = useRecordForm(
    { number: '', signedOn: todayInJakarta(), kind: 'waktu', extraDays: '', newValueIdr: '', reason: '' },
    add,
  );
  const { values, set, error } = form;
  return (
    <Subform
      id="addendum-new"
      title={t('projects.addendum.addTitle')}
      error={add.error}
      fieldNames={FIELDS}
      busy={add.isPending}
      onCancel={onCancel}
      onSubmit={(event) => {
        const element = event.currentTarget;
        const days = parseCount(values.extraDays);
        const value = parseRupiah(values.newValueIdr);
        const problems: Record<string, string> = {};
        if (withDays(values.kind) && !days.ok) problems.extraDays = t('projects.form.wholeNumber');
        if (withValue(values.kind) && !value.ok) problems.newValueIdr = t('projects.form.rupiahFormat');
        const required = ['number', 'signedOn', 'reason'] as const;
        if (!form.check(event, withValue(values.kind) ? [...required, 'newValueIdr'] : required, problems))
          return;
        add.mutate(
          {
            contractId,
            body: {
              number: values.number.trim(),
              signedOn: values.signedOn,
              kind: values.kind as AddendumKind,
              extraDays: withDays(values.kind) && days.ok ? (days.value ?? 0) : 0,
              newValueIdr: withValue(values.kind) && value.ok ? value.value : null,
              reason: values.reason.trim(),
            },
          },
          { onSuccess: onDone, onError: () => focusFirstError(element) },
        );
      }}
    >
      <div className="field-pair">
        <TextField
          label={t('projects.addendum.number')}
          name="number"
          autoComplete="off"
          required
          value={values.number}
          onChange={(event) => set('number', event.target.value)}
          error={error('number')}
        />
        <TextField
          label={t('projects.addendum.signedOn')}
          name="signedOn"
          type="date"
          required
          value={values.signedOn}
          onChange={(event) => set('signedOn', event.target.value)}
          error={error('signedOn')}
        />
      </div>
      <Select
        label={t('projects.addendum.kind')}
        name="kind"
        options={ADDENDUM_KINDS.map((k) => ({ value: k, label: t(ADDENDUM_KIND_LABEL[k]) }))}
        value={values.kind}
        onChange={(event) => set('kind', event.target.value)}
        error={error('kind')}
      />
      <div className="field-pair">
        {withDays(values.kind) && (
          <TextField
            label={t('projects.addendum.extraDays')}
            name="extraDays"
            inputMode="numeric"
            autoComplete="off"
            hint={values.kind === 'pemberian_kesempatan' ? t('projects.addendum.kesempatanHint') : undefined}
            value={values.extraDays}
            onChange={(event) => set('extraDays', event.target.value)}
            error={error('extraDays')}
          />
        )}
        {withValue(values.kind) && (
          <RupiahField
            label={t('projects.addendum.newValue')}
            name="newValueIdr"
            required
            value={values.newValueIdr}
            onValue={(value) => set('newValueIdr', value)}
            error={error('newValueIdr')}
          />
        )}
      </div>
      <TextAreaField
        label={t('projects.addendum.reason')}
        name="reason"
        rows={2}
        required
        value={values.reason}
        onChange={(event) => set('reason', event.target.value)}
        error={error('reason')}
      />
    </Subform>
  );
}
