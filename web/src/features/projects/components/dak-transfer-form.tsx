import { Select } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { parseRupiah } from '../../registry/lib/numbers';
import { useAddDakTransfer } from '../api/add-dak-transfer';
import type { Contract } from '../api/types';
import { DAK_TRANCHES, roman } from '../lib/labels';
import { useRecordForm } from '../lib/use-record-form';
import { RupiahField } from './rupiah-field';
import { Subform } from './subform';

const FIELDS = ['tranche', 'receivedOn', 'amountIdr'] as const;

export interface DakTransferFormProps {
  contractId: string;
  onDone: (contract: Contract) => void;
  onCancel: () => void;
}

/** "Catat transfer DAK": the funds of a tranche received in the RKUD. */
export function DakTransferForm({ contractId, onDone, onCancel }: DakTransferFormProps) {
  const t = useT();
  const add = useAddDakTransfer();
  const form = useRecordForm({ tranche: '1', receivedOn: todayInJakarta(), amountIdr: '' }, add);
  const { values, set, error } = form;
  return (
    <Subform
      id="dak-new"
      title={t('projects.dak.addTitle')}
      error={add.error}
      fieldNames={FIELDS}
      busy={add.isPending}
      onCancel={onCancel}
      onSubmit={(event) => {
        const element = event.currentTarget;
        const amount = parseRupiah(values.amountIdr);
        const problems: Record<string, string> = {};
        if (!amount.ok) problems.amountIdr = t('projects.form.rupiahFormat');
        if (!form.check(event, ['receivedOn', 'amountIdr'], problems)) return;
        add.mutate(
          {
            contractId,
            body: {
              tranche: Number(values.tranche),
              receivedOn: values.receivedOn,
              amountIdr: amount.ok ? (amount.value ?? 0) : 0,
            },
          },
          { onSuccess: onDone, onError: () => focusFirstError(element) },
        );
      }}
    >
      <div className="field-pair">
        <Select
          label={t('projects.dak.tranche')}
          name="tranche"
          options={DAK_TRANCHES.map((n) => ({
            value: String(n),
            label: t('projects.dak.trancheN', { n: roman(n) }),
          }))}
          value={values.tranche}
          onChange={(event) => set('tranche', event.target.value)}
          error={error('tranche')}
        />
        <TextField
          label={t('projects.dak.receivedOn')}
          name="receivedOn"
          type="date"
          required
          value={values.receivedOn}
          onChange={(event) => set('receivedOn', event.target.value)}
          error={error('receivedOn')}
        />
      </div>
      <RupiahField
        label={t('projects.dak.amount')}
        name="amountIdr"
        required
        value={values.amountIdr}
        onValue={(value) => set('amountIdr', value)}
        error={error('amountIdr')}
      />
    </Subform>
  );
}
