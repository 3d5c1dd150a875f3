import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { Select, type SelectOption } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { focusFirstError } from '../../../lib/form';
import { type MessageKey, useT } from '../../../lib/i18n';
import { changedFields } from '../../motifs/lib/values';
import { useCreateContract } from '../api/create-contract';
import type { Contract } from '../api/types';
import { useUpdateContract } from '../api/update-contract';
import {
  type ContractField,
  type ContractValues,
  contractBody,
  contractValues,
  emptyContractValues,
  REQUIRED_FIELDS,
  updateBody,
} from '../lib/contract-values';
import { CONTRACT_STATUS_LABEL, CONTRACT_STATUSES, PENALTY_BASE_LABEL, PENALTY_BASES } from '../lib/labels';
import { daysBetween } from '../lib/numbers';
import { PercentField } from './percent-field';
import { RupiahField } from './rupiah-field';

const UNREADABLE: Partial<Record<ContractField, MessageKey>> = {
  allocationIdr: 'projects.form.rupiahFormat',
  contractValueIdr: 'projects.form.rupiahFormat',
  fiscalYear: 'projects.form.wholeNumber',
  maintenanceDays: 'projects.form.wholeNumber',
  taxPct: 'projects.form.percentFormat',
};

const ALL_FIELDS: readonly string[] = ['centreId', ...Object.keys(emptyContractValues())];

export interface ContractFormProps {
  /** Absent: a new contract. */
  contract?: Contract;
  /** An admin without a centre picks the centre of a new contract. */
  centres?: readonly SelectOption[] | undefined;
  cancelTo: string;
  onSaved: (contract: Contract, changed: boolean) => void;
}

/**
 * "Catat kontrak" and its edit: the package, its funding and value, the parties, the dates that
 * set the weeks (SPMK to the end), and later its completion. The server's messages show under
 * the field they concern.
 */
export function ContractForm({ contract, centres, cancelTo, onSaved }: ContractFormProps) {
  const t = useT();
  const create = useCreateContract();
  const update = useUpdateContract();
  const mutation = contract ? update : create;
  const initial = useMemo(() => (contract ? contractValues(contract) : emptyContractValues()), [contract]);
  const [values, setValues] = useState<ContractValues>(initial);
  const [centreId, setCentreId] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(mutation.error);
  const askCentre = !contract && centres !== undefined;

  const error = (name: string) => local[name] ?? server[name];

  function set(name: ContractField, value: string) {
    setValues((old) => ({ ...old, [name]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { body, unreadable } = contract ? updateBody(values) : contractBody(values);
    const problems: Record<string, string> = {};
    for (const name of REQUIRED_FIELDS) if (!values[name].trim()) problems[name] = t('form.required');
    for (const name of unreadable) {
      const key = UNREADABLE[name];
      if (key && !problems[name]) problems[name] = t(key);
    }
    if (askCentre && !centreId) problems.centreId = t('form.required');
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      mutation.reset();
      focusFirstError(form);
      return;
    }
    const onError = () => focusFirstError(form);
    if (!contract) {
      create.mutate(
        { body: contractBody(values).body, centreId: askCentre ? centreId : undefined },
        { onSuccess: (saved) => onSaved(saved, true), onError },
      );
      return;
    }
    const patch = changedFields(
      updateBody(initial).body as Record<string, unknown>,
      body as Record<string, unknown>,
    );
    if (Object.keys(patch).length === 0) {
      onSaved(contract, false);
      return;
    }
    update.mutate({ id: contract.id, body: patch }, { onSuccess: (saved) => onSaved(saved, true), onError });
  }

  const text = (
    name: ContractField,
    label: MessageKey,
    extra: { hint?: string; required?: boolean } = {},
  ) => (
    <TextField
      label={t(label)}
      name={name}
      autoComplete="off"
      hint={extra.hint}
      required={extra.required}
      value={values[name]}
      onChange={(event) => set(name, event.target.value)}
      error={error(name)}
    />
  );
  const date = (name: ContractField, label: MessageKey, hint?: string) => (
    <TextField
      label={t(label)}
      name={name}
      type="date"
      hint={hint}
      required={REQUIRED_FIELDS.includes(name)}
      value={values[name]}
      onChange={(event) => set(name, event.target.value)}
      error={error(name)}
    />
  );
  const rupiah = (name: 'allocationIdr' | 'contractValueIdr', label: MessageKey, hint: MessageKey) => (
    <RupiahField
      label={t(label)}
      name={name}
      hint={t(hint)}
      required
      value={values[name]}
      onValue={(value) => set(name, value)}
      error={error(name)}
    />
  );

  const duration =
    values.spmkDate && values.endDate && values.endDate >= values.spmkDate
      ? daysBetween(values.spmkDate, values.endDate) + 1
      : null;

  return (
    <form className="form contract-form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={ALL_FIELDS} />
      </div>

      <section className="form-section" aria-labelledby="contract-form-package">
        <h2 id="contract-form-package">{t('projects.form.package')}</h2>
        {askCentre && (
          <Select
            label={t('projects.form.centre')}
            name="centreId"
            emptyLabel={t('common.choose')}
            options={centres}
            value={centreId}
            onChange={(event) => setCentreId(event.target.value)}
            error={error('centreId')}
          />
        )}
        {text('packageName', 'projects.form.packageName', { required: true })}
        <div className="field-pair">
          {text('funding', 'projects.form.funding', { hint: t('projects.form.fundingHint'), required: true })}
          <TextField
            label={t('projects.form.fiscalYear')}
            name="fiscalYear"
            inputMode="numeric"
            autoComplete="off"
            required
            value={values.fiscalYear}
            onChange={(event) => set('fiscalYear', event.target.value)}
            error={error('fiscalYear')}
          />
        </div>
        <div className="field-pair">
          {rupiah('allocationIdr', 'projects.form.allocation', 'projects.form.allocationHint')}
          {rupiah('contractValueIdr', 'projects.form.contractValue', 'projects.form.contractValueHint')}
        </div>
        <PercentField
          label={t('projects.form.taxPct')}
          name="taxPct"
          hint={t('projects.form.taxPctHint')}
          value={values.taxPct}
          onChange={(event) => set('taxPct', event.target.value)}
          error={error('taxPct')}
        />
      </section>

      <section className="form-section" aria-labelledby="contract-form-parties">
        <h2 id="contract-form-parties">{t('projects.form.parties')}</h2>
        {text('contractor', 'projects.form.contractor', { required: true })}
        <div className="field-pair">
          {text('supervisor', 'projects.form.supervisor')}
          {text('ppkName', 'projects.form.ppkName')}
        </div>
      </section>

      <section className="form-section" aria-labelledby="contract-form-schedule">
        <h2 id="contract-form-schedule">{t('projects.form.schedule')}</h2>
        <div className="field-pair">
          {text('contractNumber', 'projects.form.contractNumber', { required: true })}
          {date('contractDate', 'projects.form.contractDate')}
        </div>
        <div className="field-pair">
          {date('spmkDate', 'projects.form.spmkDate', t('projects.form.spmkDateHint'))}
          {date('endDate', 'projects.form.endDate')}
        </div>
        <p className="field-hint" aria-live="polite">
          {duration !== null &&
            t('projects.form.duration', { days: duration, weeks: Math.ceil(duration / 7) })}
        </p>
        <div className="field-pair">
          <TextField
            label={t('projects.form.maintenanceDays')}
            name="maintenanceDays"
            inputMode="numeric"
            autoComplete="off"
            value={values.maintenanceDays}
            onChange={(event) => set('maintenanceDays', event.target.value)}
            error={error('maintenanceDays')}
          />
          <Select
            label={t('projects.form.penaltyBase')}
            name="penaltyBase"
            hint={t('projects.form.penaltyBaseHint')}
            options={PENALTY_BASES.map((b) => ({ value: b, label: t(PENALTY_BASE_LABEL[b]) }))}
            value={values.penaltyBase}
            onChange={(event) => set('penaltyBase', event.target.value)}
            error={error('penaltyBase')}
          />
        </div>
      </section>

      {contract && (
        <section className="form-section" aria-labelledby="contract-form-completion">
          <h2 id="contract-form-completion">{t('projects.form.completion')}</h2>
          <Select
            label={t('projects.form.status')}
            name="status"
            options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(CONTRACT_STATUS_LABEL[s]) }))}
            value={values.status}
            onChange={(event) => set('status', event.target.value)}
            error={error('status')}
          />
          <div className="field-pair">
            {date('phoDate', 'projects.form.phoDate', t('projects.form.phoDateHint'))}
            {date('fhoDate', 'projects.form.fhoDate')}
          </div>
          {date('terminatedOn', 'projects.form.terminatedOn')}
        </section>
      )}

      <section className="form-section" aria-labelledby="contract-form-notes">
        <h2 id="contract-form-notes">{t('projects.form.notesTitle')}</h2>
        <TextAreaField
          label={t('projects.form.notes')}
          name="notes"
          rows={3}
          value={values.notes}
          onChange={(event) => set('notes', event.target.value)}
          error={error('notes')}
        />
      </section>

      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {contract ? t('common.save') : t('projects.form.create')}
        </Button>
        <Link to={cancelTo} className="btn btn-quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
