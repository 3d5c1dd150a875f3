import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Select } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { focusFirstError } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { type MessageKey, useT } from '../../../lib/i18n';
import { useCreateIpRecord } from '../api/create-ip-record';
import type { IpKind, IpRecord } from '../api/types';
import { useUpdateIpRecord } from '../api/update-ip-record';
import {
  createIpBody,
  FIELDS_BY_KIND,
  type IpField,
  type IpValues,
  ipFields,
  ipValues,
} from '../lib/ip-values';
import {
  HOLDER_KIND_LABEL,
  HOLDER_KINDS,
  IP_KIND_LABEL,
  IP_KINDS,
  ipStatusKey,
  isOneOf,
  WORK_KIND_LABEL,
  WORK_KINDS,
} from '../lib/labels';
import { changedFields } from '../lib/values';

/** A new record starts as a draft, or is entered as already filed or recorded (an old certificate). */
const START_STATUSES = ['draft', 'filed', 'recorded'] as const;

interface FieldText {
  label: MessageKey;
  hint?: MessageKey;
}

/** Labels follow the law of each kind: a design is "diterima" and "terdaftar", a copyright "tercatat". */
function fieldText(kind: IpKind, field: IpField): FieldText {
  const design = kind === 'desain_industri';
  switch (field) {
    case 'applicationNumber':
      return design
        ? { label: 'motifs.ip.applicationNumber', hint: 'motifs.ip.applicationNumberDiHint' }
        : { label: 'motifs.ip.applicationNumber', hint: 'motifs.ip.applicationNumberHint' };
    case 'applicationDate':
      return design
        ? { label: 'motifs.ip.filingDate', hint: 'motifs.ip.filingDateHint' }
        : { label: 'motifs.ip.applicationDate' };
    case 'recordNumber':
      return design
        ? { label: 'motifs.ip.registrationNumber' }
        : { label: 'motifs.ip.recordNumber', hint: 'motifs.ip.recordNumberHint' };
    case 'recordDate':
      return design ? { label: 'motifs.ip.registrationDate' } : { label: 'motifs.ip.recordDate' };
    case 'workKind':
      return { label: 'motifs.ip.workKind' };
    case 'holderKind':
      return { label: 'motifs.ip.holderKind', hint: design ? undefined : 'motifs.ip.holderKindHint' };
    case 'holderName':
      return { label: 'motifs.ip.holderName' };
    case 'holderAddress':
      return { label: 'motifs.ip.holderAddress' };
    case 'firstPublishedOn':
      return { label: 'motifs.ip.firstPublishedOn', hint: 'motifs.ip.firstPublishedOnHint' };
    case 'firstPublishedPlace':
      return { label: 'motifs.ip.firstPublishedPlace' };
    case 'custodian':
      return { label: 'motifs.ip.custodian', hint: 'motifs.ip.custodianHint' };
    case 'custodianWilayahCode':
      return { label: 'motifs.ip.custodianWilayahCode', hint: 'motifs.ip.custodianWilayahCodeHint' };
    case 'inventoryNumber':
      return { label: 'motifs.ip.inventoryNumber' };
    default:
      return { label: 'motifs.ip.notes' };
  }
}

const DATE_FIELDS: readonly IpField[] = ['applicationDate', 'recordDate', 'firstPublishedOn'];

export interface IpRecordFormProps {
  motifId: string;
  /** Absent: a new record. */
  record?: IpRecord;
  onDone: (saved: IpRecord) => void;
  onCancel: () => void;
}

/**
 * "Tambah catatan HKI" / "Ubah data" (admin, officer). The fields follow the kind chosen. The
 * server checks the formats (EC00 + year + 6 digits, a 9-digit record number) and what each status
 * needs; its messages show under the fields.
 */
export function IpRecordForm({ motifId, record, onDone, onCancel }: IpRecordFormProps) {
  const t = useT();
  const create = useCreateIpRecord();
  const update = useUpdateIpRecord();
  const mutation = record ? update : create;
  const [values, setValues] = useState<IpValues>(() => ipValues(record));
  const [missing, setMissing] = useState<string[]>([]);
  const server = fieldErrors(mutation.error);
  const kind = record?.kind ?? (isOneOf(IP_KINDS, values.kind) ? values.kind : null);
  const fields = kind ? FIELDS_BY_KIND[kind] : [];
  const idPrefix = record ? `ip-edit-${record.id}` : 'ip-new';
  const today = todayInJakarta();

  const error = (name: string) => (missing.includes(name) ? t('form.required') : server[name]);

  function set(name: keyof IpValues, value: string) {
    setValues((old) => ({ ...old, [name]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const empty = !record && !kind ? ['kind'] : [];
    setMissing(empty);
    if (empty.length > 0 || !kind) {
      mutation.reset();
      focusFirstError(form);
      return;
    }
    const onError = () => focusFirstError(form);
    if (!record) {
      create.mutate({ motifId, body: createIpBody(values, kind) }, { onSuccess: onDone, onError });
      return;
    }
    const patch = changedFields(
      ipFields(ipValues(record), kind) as Record<string, unknown>,
      ipFields(values, kind) as Record<string, unknown>,
    );
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    update.mutate({ motifId, recordId: record.id, body: patch }, { onSuccess: onDone, onError });
  }

  function input(field: IpField) {
    const text = fieldText(kind ?? 'hak_cipta', field);
    const common = {
      label: t(text.label),
      name: field,
      hint: text.hint ? t(text.hint) : undefined,
      value: values[field],
      error: error(field),
    };
    if (field === 'workKind') {
      return (
        <Select
          key={field}
          {...common}
          emptyLabel={t('common.choose')}
          options={WORK_KINDS.map((w) => ({ value: w, label: t(WORK_KIND_LABEL[w]) }))}
          onChange={(event) => set(field, event.target.value)}
        />
      );
    }
    if (field === 'holderKind') {
      return (
        <Select
          key={field}
          {...common}
          emptyLabel={t('common.choose')}
          options={HOLDER_KINDS.map((h) => ({ value: h, label: t(HOLDER_KIND_LABEL[h]) }))}
          onChange={(event) => set(field, event.target.value)}
        />
      );
    }
    if (field === 'notes' || field === 'holderAddress') {
      return (
        <TextAreaField
          key={field}
          {...common}
          rows={2}
          onChange={(event) => set(field, event.target.value)}
        />
      );
    }
    const date = DATE_FIELDS.includes(field);
    return (
      <TextField
        key={field}
        {...common}
        type={date ? 'date' : 'text'}
        max={date ? today : undefined}
        autoComplete="off"
        spellCheck={false}
        inputMode={field === 'recordNumber' && kind === 'hak_cipta' ? 'numeric' : undefined}
        onChange={(event) => set(field, event.target.value)}
      />
    );
  }

  return (
    <form
      className="form subform ip-form"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${idPrefix}-title`}
    >
      <h3 id={`${idPrefix}-title`}>
        {record ? t('motifs.ip.editTitle', { kind: t(IP_KIND_LABEL[record.kind]) }) : t('motifs.ip.addTitle')}
      </h3>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={['kind', 'status', ...fields]} />
      </div>
      {!record && (
        <>
          <Select
            label={t('motifs.ip.kind')}
            name="kind"
            emptyLabel={t('common.choose')}
            options={IP_KINDS.map((k) => ({ value: k, label: t(IP_KIND_LABEL[k]) }))}
            required
            value={values.kind}
            onChange={(event) => set('kind', event.target.value)}
            error={error('kind')}
          />
          <Select
            label={t('motifs.ip.startStatus')}
            name="status"
            hint={t('motifs.ip.startStatusHint')}
            options={START_STATUSES.map((s) => ({ value: s, label: t(ipStatusKey(kind ?? 'hak_cipta', s)) }))}
            value={values.status}
            onChange={(event) => set('status', event.target.value)}
            error={error('status')}
          />
        </>
      )}
      {kind ? fields.map(input) : <p className="field-hint">{t('motifs.ip.chooseKindFirst')}</p>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
