import { TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { parseRupiah } from '../../registry/lib/numbers';
import { useAddPayment } from '../api/add-payment';
import type { Contract } from '../api/types';
import { useRecordForm } from '../lib/use-record-form';
import { RupiahField } from './rupiah-field';
import { Subform } from './subform';

const FIELDS = ['term', 'sp2dNumber', 'paidOn', 'amountIdr'] as const;

export interface PaymentFormProps {
  contractId: string;
  onDone: (contract: Contract) => void;
  onCancel: () => void;
}

/** "Catat pembayaran": uang muka or a termin, with its SP2D number, date and amount. */
export function PaymentForm({ contractId, onDone, onCancel }: PaymentFormProps) {
  const t = useT();
  const add = useAddPayment();
  const form = useRecordForm({ term: '', sp2dNumber: '', paidOn: todayInJakarta(), amountIdr: '' }, add);
  const { values, set, error } = form;
  return (
    <Subform
      id="payment-new"
      title={t('projects.payment.addTitle')}
      error={add.error}
      fieldNames={FIELDS}
      busy={add.isPending}
      onCancel={onCancel}
      onSubmit={(event) => {
        const element = event.currentTarget;
        const amount = parseRupiah(values.amountIdr);
        const problems: Record<string, string> = {};
        if (!amount.ok) problems.amountIdr = t('projects.form.rupiahFormat');
        if (!form.check(event, FIELDS, problems)) return;
        add.mutate(
          {
            contractId,
            body: {
              term: values.term.trim(),
              sp2dNumber: values.sp2dNumber.trim(),
              paidOn: values.paidOn,
              amountIdr: amount.ok ? (amount.value ?? 0) : 0,
            },
          },
          { onSuccess: onDone, onError: () => focusFirstError(element) },
        );
      }}
    >
      <div className="field-pair">
        <TextField
          label={t('projects.payment.term')}
          name="term"
          hint={t('projects.payment.termHint')}
          autoComplete="off"
          required
          value={values.term}
          onChange={(event) => set('term', event.target.value)}
          error={error('term')}
        />
        <TextField
          label={t('projects.payment.sp2d')}
          name="sp2dNumber"
          autoComplete="off"
          required
          value={values.sp2dNumber}
          onChange={(event) => set('sp2dNumber', event.target.value)}
          error={error('sp2dNumber')}
        />
      </div>
      <div className="field-pair">
        <TextField
          label={t('projects.payment.paidOn')}
          name="paidOn"
          type="date"
          required
          value={values.paidOn}
          onChange={(event) => set('paidOn', event.target.value)}
          error={error('paidOn')}
        />
        <RupiahField
          label={t('projects.payment.amount')}
          name="amountIdr"
          required
          value={values.amountIdr}
          onValue={(value) => set('amountIdr', value)}
          error={error('amountIdr')}
        />
      </div>
    </Subform>
  );
}
