import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Select } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreateCertification } from '../api/create-certification';
import type { Certification, CertificationBody } from '../api/types';
import { useUpdateCertification } from '../api/update-certification';
import { changedFields } from '../lib/business-values';
import { BATIK_CATEGORIES, CERT_KINDS, CERT_LABEL, TECHNIQUE_LABEL } from '../lib/labels';
import { certificationSchema, errorsOf } from '../lib/schemas';
import { useFieldErrors } from '../lib/use-field-errors';
import { LiveErrorCount } from './live-error-count';

interface CertificationValues {
  kind: string;
  category: string;
  number: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
}

const FIELD_NAMES = ['kind', 'category', 'number', 'issuer', 'issuedOn', 'validUntil'];

function valuesOf(cert: Certification | undefined): CertificationValues {
  return {
    kind: cert?.kind ?? '',
    category: cert?.category ?? '',
    number: cert?.number ?? '',
    issuer: cert?.issuer ?? '',
    issuedOn: cert?.issuedOn ?? '',
    validUntil: cert?.validUntil ?? '',
  };
}

function bodyOf(values: CertificationValues): CertificationBody {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    kind: values.kind as CertificationBody['kind'],
    // Only a Batikmark names its category (tulis, cap, kombinasi).
    category:
      values.kind === 'batikmark' ? ((values.category || null) as CertificationBody['category']) : null,
    number: text(values.number),
    issuer: text(values.issuer),
    issuedOn: values.issuedOn || null,
    validUntil: values.validUntil || null,
  };
}

export interface CertificationFormProps {
  businessId: string;
  certification?: Certification;
  onDone: (saved: Certification) => void;
  onCancel: () => void;
}

export function CertificationForm({ businessId, certification, onDone, onCancel }: CertificationFormProps) {
  const t = useT();
  const create = useCreateCertification();
  const update = useUpdateCertification();
  const mutation = certification ? update : create;
  const [values, setValues] = useState<CertificationValues>(() => valuesOf(certification));
  const body = bodyOf(values);
  const errors = useFieldErrors(
    errorsOf(certificationSchema, body, t),
    values as unknown as Record<string, unknown>,
  );
  const idPrefix = certification ? `cert-${certification.id}` : 'cert-new';

  function set(name: keyof CertificationValues, value: string) {
    setValues((old) => ({ ...old, [name]: value }));
    errors.typed(name);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!errors.submit()) {
      mutation.reset();
      focusFirstError(form);
      return;
    }
    const onError = (failure: unknown) => {
      errors.fromServer(failure);
      focusFirstError(form);
    };
    if (!certification) {
      create.mutate({ businessId, body }, { onSuccess: onDone, onError });
      return;
    }
    const patch = changedFields(bodyOf(valuesOf(certification)) as Record<string, unknown>, body);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    update.mutate(
      { businessId, certificationId: certification.id, body: patch },
      { onSuccess: onDone, onError },
    );
  }

  const field = (name: keyof CertificationValues) => ({
    name,
    value: values[name],
    onBlur: () => errors.left(name),
    error: errors.error(name),
  });

  return (
    <form className="form subform" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>
        {certification
          ? t('registry.cert.editTitle', { name: t(CERT_LABEL[certification.kind]) })
          : t('registry.cert.addTitle')}
      </h3>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={FIELD_NAMES} />
      </div>
      <LiveErrorCount count={errors.live} />
      <Select
        label={t('registry.cert.kind')}
        emptyLabel={t('common.choose')}
        options={CERT_KINDS.map((kind) => ({ value: kind, label: t(CERT_LABEL[kind]) }))}
        required
        {...field('kind')}
        onChange={(event) => set('kind', event.target.value)}
      />
      {values.kind === 'batikmark' && (
        <Select
          label={t('registry.cert.category')}
          hint={t('registry.cert.categoryHint')}
          emptyLabel={t('common.choose')}
          options={BATIK_CATEGORIES.map((c) => ({ value: c, label: t(TECHNIQUE_LABEL[c]) }))}
          required
          {...field('category')}
          onChange={(event) => set('category', event.target.value)}
        />
      )}
      <TextField
        label={t('registry.cert.number')}
        autoComplete="off"
        {...field('number')}
        onChange={(event) => set('number', event.target.value)}
      />
      <TextField
        label={t('registry.cert.issuer')}
        hint={t('registry.cert.issuerHint')}
        autoComplete="off"
        {...field('issuer')}
        onChange={(event) => set('issuer', event.target.value)}
      />
      <div className="field-pair">
        <TextField
          label={t('registry.cert.issuedOn')}
          type="date"
          {...field('issuedOn')}
          onChange={(event) => set('issuedOn', event.target.value)}
        />
        <TextField
          label={t('registry.cert.validUntil')}
          type="date"
          {...field('validUntil')}
          onChange={(event) => set('validUntil', event.target.value)}
        />
      </div>
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
