import { type FormEvent, useState } from 'react';
import type { Centre, UpdateCentreBody } from '../../../api/types';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { TextAreaField, TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { compact, emptyRequired, focusFirstError, orNull, readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreateCentre } from '../api/create-centre';
import { useUpdateCentre } from '../api/update-centre';
import { WilayahPicker } from './wilayah-picker';

const REQUIRED = ['name', 'industry', 'address', 'wilayahCode'] as const;
const OPTIONAL = ['openedOn', 'phone', 'email', 'website', 'description'] as const;
const FIELDS = ['slug', ...REQUIRED, ...OPTIONAL] as const;
type Field = (typeof FIELDS)[number];

export interface CentreFormProps {
  /** Absent: create a new centre (admin). */
  centre?: Centre;
  cancelTo: string;
  onSaved: (centre: Centre) => void;
}

export function CentreForm({ centre, cancelTo, onSaved }: CentreFormProps) {
  const t = useT();
  const create = useCreateCentre();
  const update = useUpdateCentre();
  const mutation = centre ? update : create;
  const [missing, setMissing] = useState<string[]>([]);
  const server = fieldErrors(mutation.error);

  function errorFor(name: Field): string | undefined {
    return missing.includes(name) ? t('form.required') : server[name];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = readForm(form);
    const empty = emptyRequired(form);
    if (!values.wilayahCode) empty.push('wilayahCode');
    setMissing(empty);
    if (empty.length > 0) {
      mutation.reset();
      focusFirstError(form);
      return;
    }
    const onError = () => focusFirstError(form);

    if (!centre) {
      create.mutate(
        {
          slug: values.slug ?? '',
          name: values.name ?? '',
          industry: values.industry ?? '',
          address: values.address ?? '',
          wilayahCode: values.wilayahCode ?? '',
          ...compact({
            openedOn: values.openedOn,
            phone: values.phone,
            email: values.email,
            website: values.website,
            description: values.description,
          }),
        },
        { onSuccess: onSaved, onError },
      );
      return;
    }

    // Send only what changed: the audit log then shows exactly what this person edited.
    const body: UpdateCentreBody = {};
    for (const name of REQUIRED) {
      const value = values[name] ?? '';
      if (value !== centre[name]) body[name] = value;
    }
    for (const name of OPTIONAL) {
      const value = orNull(values[name]);
      if (value !== centre[name]) body[name] = value;
    }
    if (Object.keys(body).length === 0) {
      onSaved(centre);
      return;
    }
    update.mutate({ id: centre.id, body }, { onSuccess: onSaved, onError });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={FIELDS} />
      </div>
      {!centre && (
        <TextField
          label={t('centre.slug')}
          name="slug"
          hint={t('centre.slugHint')}
          autoCapitalize="none"
          spellCheck={false}
          pattern="[a-z0-9-]+"
          required
          error={errorFor('slug')}
        />
      )}
      <TextField
        label={t('centre.name')}
        name="name"
        defaultValue={centre?.name}
        required
        error={errorFor('name')}
      />
      <TextField
        label={t('centre.industry')}
        name="industry"
        hint={t('centre.industryHint')}
        defaultValue={centre?.industry}
        required
        error={errorFor('industry')}
      />
      <TextAreaField
        label={t('centre.address')}
        name="address"
        hint={t('centre.addressHint')}
        defaultValue={centre?.address}
        rows={2}
        required
        error={errorFor('address')}
      />
      <WilayahPicker
        name="wilayahCode"
        initial={centre ? { code: centre.wilayahCode, name: centre.wilayahName } : null}
        error={errorFor('wilayahCode')}
      />
      <TextField
        label={t('centre.openedOn')}
        name="openedOn"
        type="date"
        defaultValue={centre?.openedOn ?? ''}
        error={errorFor('openedOn')}
      />
      <TextField
        label={t('centre.phone')}
        name="phone"
        type="tel"
        autoComplete="tel"
        defaultValue={centre?.phone ?? ''}
        error={errorFor('phone')}
      />
      <TextField
        label={t('centre.email')}
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={centre?.email ?? ''}
        error={errorFor('email')}
      />
      <TextField
        label={t('centre.website')}
        name="website"
        type="url"
        hint={t('centre.websiteHint')}
        defaultValue={centre?.website ?? ''}
        error={errorFor('website')}
      />
      <TextAreaField
        label={t('centre.description')}
        name="description"
        rows={4}
        defaultValue={centre?.description ?? ''}
        error={errorFor('description')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {t('common.save')}
        </Button>
        <Link to={cancelTo} className="btn btn-quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
