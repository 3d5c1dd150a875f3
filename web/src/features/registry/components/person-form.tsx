import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Select } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreatePerson } from '../api/create-person';
import type { Person, PersonBody } from '../api/types';
import { useUpdatePerson } from '../api/update-person';
import { changedFields } from '../lib/business-values';
import { PERSON_ROLE_LABEL, PERSON_ROLES } from '../lib/labels';
import { parseCount, toPlainText } from '../lib/numbers';
import { errorsOf, personSchema } from '../lib/schemas';
import { useFieldErrors } from '../lib/use-field-errors';
import { LiveErrorCount } from './live-error-count';

interface CertificateRow {
  name: string;
  number: string;
  issuer: string;
  validUntil: string;
}

interface PersonValues {
  fullName: string;
  role: string;
  gender: string;
  birthYear: string;
  phone: string;
  nik: string;
  skills: string;
  certificates: CertificateRow[];
}

const FIELD_NAMES = ['fullName', 'role', 'gender', 'birthYear', 'phone', 'nik', 'skills', 'certificates'];

function valuesOf(person: Person | undefined): PersonValues {
  return {
    fullName: person?.fullName ?? '',
    role: person?.role ?? '',
    gender: person?.gender ?? '',
    birthYear: toPlainText(person?.birthYear),
    phone: person?.phone ?? '',
    nik: '',
    skills: person?.skills.join(', ') ?? '',
    certificates: (person?.certificates ?? []).map((c) => ({
      name: c.name,
      number: c.number ?? '',
      issuer: c.issuer ?? '',
      validUntil: c.validUntil ?? '',
    })),
  };
}

/** The request body; the NIK only when one was typed (it is never sent back to be shown). */
function bodyOf(values: PersonValues): { body: PersonBody; birthYearUnreadable: boolean } {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const year = parseCount(values.birthYear);
  const nik = values.nik.replace(/\s+/g, '');
  const body: PersonBody = {
    fullName: values.fullName.trim(),
    role: values.role as PersonBody['role'],
    gender: (values.gender || null) as PersonBody['gender'],
    birthYear: year.ok ? year.value : null,
    phone: text(values.phone),
    skills: values.skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    certificates: values.certificates
      .filter((c) => c.name.trim() || c.number.trim() || c.issuer.trim() || c.validUntil)
      .map((c) => ({
        name: c.name.trim(),
        ...(c.number.trim() ? { number: c.number.trim() } : {}),
        ...(c.issuer.trim() ? { issuer: c.issuer.trim() } : {}),
        ...(c.validUntil ? { validUntil: c.validUntil } : {}),
      })),
    ...(nik ? { nik } : {}),
  };
  return { body, birthYearUnreadable: !year.ok };
}

export interface PersonFormProps {
  businessId: string;
  person?: Person;
  onDone: () => void;
  onCancel: () => void;
}

export function PersonForm({ businessId, person, onDone, onCancel }: PersonFormProps) {
  const t = useT();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const mutation = person ? update : create;
  const [values, setValues] = useState<PersonValues>(() => valuesOf(person));
  const { body, birthYearUnreadable } = bodyOf(values);
  const local = errorsOf(personSchema, body, t);
  if (birthYearUnreadable) local.birthYear = t('registry.v.yearFormat');
  const errors = useFieldErrors(local, values as unknown as Record<string, unknown>);
  const idPrefix = person ? `person-${person.id}` : 'person-new';

  function set<K extends keyof PersonValues>(name: K, value: PersonValues[K]) {
    setValues((old) => ({ ...old, [name]: value }));
    errors.typed(name);
  }

  function setCertificate(index: number, patch: Partial<CertificateRow>) {
    set(
      'certificates',
      values.certificates.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
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
    if (!person) {
      create.mutate({ businessId, body }, { onSuccess: onDone, onError });
      return;
    }
    const patch = changedFields(bodyOf(valuesOf(person)).body as Record<string, unknown>, body);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    update.mutate({ businessId, personId: person.id, body: patch }, { onSuccess: onDone, onError });
  }

  return (
    <form className="form subform" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>
        {person ? t('registry.person.editTitle', { name: person.fullName }) : t('registry.person.addTitle')}
      </h3>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={FIELD_NAMES} />
      </div>
      <LiveErrorCount count={errors.live} />
      <TextField
        label={t('registry.person.fullName')}
        name="fullName"
        autoComplete="off"
        required
        value={values.fullName}
        onChange={(event) => set('fullName', event.target.value)}
        onBlur={() => errors.left('fullName')}
        error={errors.error('fullName')}
      />
      <Select
        label={t('registry.person.role')}
        name="role"
        emptyLabel={t('common.choose')}
        options={PERSON_ROLES.map((role) => ({ value: role, label: t(PERSON_ROLE_LABEL[role]) }))}
        required
        value={values.role}
        onChange={(event) => set('role', event.target.value)}
        onBlur={() => errors.left('role')}
        error={errors.error('role')}
      />
      <Select
        label={t('registry.person.gender')}
        name="gender"
        emptyLabel={t('registry.person.genderUnknown')}
        options={[
          { value: 'L', label: t('registry.person.male') },
          { value: 'P', label: t('registry.person.female') },
        ]}
        value={values.gender}
        onChange={(event) => set('gender', event.target.value)}
        error={errors.error('gender')}
      />
      <TextField
        label={t('registry.person.birthYear')}
        name="birthYear"
        inputMode="numeric"
        autoComplete="off"
        value={values.birthYear}
        onChange={(event) => set('birthYear', event.target.value)}
        onBlur={() => errors.left('birthYear')}
        error={errors.error('birthYear')}
      />
      <TextField
        label={t('registry.person.phone')}
        name="phone"
        type="tel"
        autoComplete="off"
        value={values.phone}
        onChange={(event) => set('phone', event.target.value)}
        onBlur={() => errors.left('phone')}
        error={errors.error('phone')}
      />
      <TextField
        label={t('registry.person.nik')}
        name="nik"
        inputMode="numeric"
        autoComplete="off"
        hint={
          person?.hasNik
            ? `${t('registry.person.nikRecorded')} ${t('registry.person.nikHint')}`
            : t('registry.person.nikHint')
        }
        value={values.nik}
        onChange={(event) => set('nik', event.target.value)}
        onBlur={() => errors.left('nik')}
        error={errors.error('nik')}
      />
      <TextField
        label={t('registry.person.skills')}
        name="skills"
        hint={t('registry.person.skillsHint')}
        autoComplete="off"
        value={values.skills}
        onChange={(event) => set('skills', event.target.value)}
        onBlur={() => errors.left('skills')}
        error={errors.error('skills') ?? Object.entries(local).find(([k]) => k.startsWith('skills.'))?.[1]}
      />
      <fieldset className="fieldset">
        <legend>{t('registry.person.certificates')}</legend>
        <p className="field-hint">{t('registry.person.certificatesHint')}</p>
        {values.certificates.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <div key={index} className="repeat-row">
            <TextField
              label={t('registry.person.certName', { n: index + 1 })}
              name={`certificates.${index}.name`}
              value={row.name}
              onChange={(event) => setCertificate(index, { name: event.target.value })}
              onBlur={() => errors.left(`certificates.${index}.name`)}
              error={errors.error(`certificates.${index}.name`)}
            />
            <TextField
              label={t('registry.person.certNumber', { n: index + 1 })}
              name={`certificates.${index}.number`}
              value={row.number}
              onChange={(event) => setCertificate(index, { number: event.target.value })}
              error={errors.error(`certificates.${index}.number`)}
            />
            <TextField
              label={t('registry.person.certIssuer', { n: index + 1 })}
              name={`certificates.${index}.issuer`}
              value={row.issuer}
              onChange={(event) => setCertificate(index, { issuer: event.target.value })}
              error={errors.error(`certificates.${index}.issuer`)}
            />
            <TextField
              label={t('registry.person.certValidUntil', { n: index + 1 })}
              name={`certificates.${index}.validUntil`}
              type="date"
              value={row.validUntil}
              onChange={(event) => setCertificate(index, { validUntil: event.target.value })}
              error={errors.error(`certificates.${index}.validUntil`)}
            />
            <Button
              variant="quiet"
              onClick={() =>
                set(
                  'certificates',
                  values.certificates.filter((_, i) => i !== index),
                )
              }
            >
              {t('registry.person.certRemove', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <div>
          <Button
            onClick={() =>
              set('certificates', [
                ...values.certificates,
                { name: '', number: '', issuer: '', validUntil: '' },
              ])
            }
          >
            {t('registry.person.certAdd')}
          </Button>
        </div>
      </fieldset>
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
