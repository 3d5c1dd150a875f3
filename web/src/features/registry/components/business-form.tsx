import { type FormEvent, useMemo, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Checkbox } from '../../../components/checkbox';
import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { Select, type SelectOption } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { focusFirstError } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreateBusiness } from '../api/create-business';
import type { BusinessDetail } from '../api/types';
import { useUpdateBusiness } from '../api/update-business';
import {
  type BusinessField,
  type BusinessValues,
  businessValues,
  changedFields,
  emptyBusinessValues,
  readBusiness,
} from '../lib/business-values';
import { FIGURE_NAMES } from '../lib/figures';
import {
  LEGAL_FORM_LABEL,
  LEGAL_FORMS,
  MARKET_LABEL,
  MARKET_REACH,
  TECHNIQUE_LABEL,
  TECHNIQUES,
} from '../lib/labels';
import { regencyOf } from '../lib/regency';
import { businessSchema, errorsOf } from '../lib/schemas';
import { useFieldErrors } from '../lib/use-field-errors';
import { CheckGroup } from './check-group';
import { FigureInputs } from './figure-inputs';
import { KbliSelect } from './kbli-select';
import { KelurahanField } from './kelurahan-field';
import { LiveErrorCount } from './live-error-count';

/** Every input name the form shows errors under; the server's other field errors go in the summary. */
const FIELD_NAMES: readonly string[] = [
  'centreId',
  'name',
  'legalForm',
  'nib',
  'kbliCodes',
  'yearFounded',
  'address',
  'wilayahCode',
  'latitude',
  'longitude',
  'phone',
  'whatsapp',
  'email',
  'techniques',
  'marketReach',
  'memberSince',
  'isTenant',
  ...FIGURE_NAMES,
];

export interface BusinessFormProps {
  /** Absent: a new business. */
  business?: BusinessDetail;
  /** Admins choose the centre of a new business; others add to their own. */
  centres?: readonly SelectOption[] | undefined;
  defaultCentreId: string;
  /** Kota/kabupaten offered in the kelurahan list. */
  regency: string;
  /** Membership and tenancy are the Dinas's to record (an artisan sees them, read-only). */
  canEditMembership: boolean;
  cancelTo: string;
  onSaved: (business: BusinessDetail, changed: boolean) => void;
}

export function BusinessForm({
  business,
  centres,
  defaultCentreId,
  regency,
  canEditMembership,
  cancelTo,
  onSaved,
}: BusinessFormProps) {
  const t = useT();
  const create = useCreateBusiness();
  const update = useUpdateBusiness();
  const mutation = business ? update : create;
  const initial = useMemo(
    () => (business ? businessValues(business) : emptyBusinessValues(defaultCentreId)),
    [business, defaultCentreId],
  );
  const [values, setValues] = useState<BusinessValues>(initial);
  const { body, unreadable } = readBusiness(values);
  const local: Record<string, string> = errorsOf(businessSchema, body, t);
  for (const [name, key] of Object.entries(unreadable)) local[name] = t(key);
  if (!business && centres && !values.centreId) local.centreId = t('registry.v.required');
  const errors = useFieldErrors(local, values as unknown as Record<string, unknown>);

  function set<K extends BusinessField>(name: K, value: BusinessValues[K]) {
    setValues((old) => ({ ...old, [name]: value }));
    errors.typed(name);
  }
  const leave = (name: BusinessField) => () => errors.left(name);
  const err = (name: BusinessField) => errors.error(name);

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
    if (!business) {
      create.mutate(
        { ...body, ...(centres ? { centreId: values.centreId } : {}) },
        { onSuccess: (saved) => onSaved(saved, true), onError },
      );
      return;
    }
    const patch = changedFields(readBusiness(initial).body, body);
    if (Object.keys(patch).length === 0) {
      onSaved(business, false);
      return;
    }
    update.mutate({ id: business.id, body: patch }, { onSuccess: (saved) => onSaved(saved, true), onError });
  }

  const printing = values.techniques.includes('printing');
  const summary = errors.count;

  return (
    <form className="form business-form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        {summary > 0 && (
          <Alert tone="error" title={t('registry.formErrors', { count: summary })}>
            <p>{t('registry.formErrorsHint')}</p>
          </Alert>
        )}
        <ErrorAlert error={mutation.error} fieldNames={FIELD_NAMES} />
      </div>
      <LiveErrorCount count={errors.live} />

      <section className="form-section">
        <h2>{t('registry.section.identity')}</h2>
        {!business && centres && (
          <Select
            label={t('registry.centre')}
            name="centreId"
            emptyLabel={t('common.choose')}
            options={centres}
            value={values.centreId}
            onChange={(event) => set('centreId', event.target.value)}
            onBlur={leave('centreId')}
            required
            error={err('centreId')}
          />
        )}
        <TextField
          label={t('registry.name')}
          name="name"
          autoComplete="organization"
          required
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          onBlur={leave('name')}
          error={err('name')}
        />
        <Select
          label={t('registry.legalForm')}
          name="legalForm"
          emptyLabel={t('common.choose')}
          options={LEGAL_FORMS.map((form) => ({ value: form, label: t(LEGAL_FORM_LABEL[form]) }))}
          required
          value={values.legalForm}
          onChange={(event) => set('legalForm', event.target.value)}
          onBlur={leave('legalForm')}
          error={err('legalForm')}
        />
        <TextField
          label={t('registry.nib')}
          name="nib"
          hint={t('registry.nibHint')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={values.nib}
          onChange={(event) => set('nib', event.target.value)}
          onBlur={leave('nib')}
          error={err('nib')}
        />
        <KbliSelect
          value={values.kbliCodes}
          onChange={(codes) => set('kbliCodes', codes)}
          onBlur={leave('kbliCodes')}
          error={err('kbliCodes') ?? errors.error('kbliCodes.0')}
        />
        <TextField
          label={t('registry.yearFounded')}
          name="yearFounded"
          inputMode="numeric"
          autoComplete="off"
          value={values.yearFounded}
          onChange={(event) => set('yearFounded', event.target.value)}
          onBlur={leave('yearFounded')}
          error={err('yearFounded')}
        />
      </section>

      <section className="form-section">
        <h2>{t('registry.section.address')}</h2>
        <TextAreaField
          label={t('registry.address')}
          name="address"
          hint={t('registry.addressHint')}
          rows={2}
          required
          value={values.address}
          onChange={(event) => set('address', event.target.value)}
          onBlur={leave('address')}
          error={err('address')}
        />
        <KelurahanField
          value={values.wilayahCode}
          onChange={(code) => set('wilayahCode', code)}
          onBlur={leave('wilayahCode')}
          regency={regencyOf(values.wilayahCode) ?? regency}
          error={err('wilayahCode')}
        />
        <div className="field-pair">
          <TextField
            label={t('registry.latitude')}
            name="latitude"
            hint={t('registry.latitudeHint')}
            inputMode="decimal"
            autoComplete="off"
            value={values.latitude}
            onChange={(event) => set('latitude', event.target.value)}
            onBlur={leave('latitude')}
            error={err('latitude')}
          />
          <TextField
            label={t('registry.longitude')}
            name="longitude"
            hint={t('registry.longitudeHint')}
            inputMode="decimal"
            autoComplete="off"
            value={values.longitude}
            onChange={(event) => set('longitude', event.target.value)}
            onBlur={leave('longitude')}
            error={err('longitude')}
          />
        </div>
      </section>

      <section className="form-section">
        <h2>{t('registry.section.contact')}</h2>
        <TextField
          label={t('registry.phone')}
          name="phone"
          type="tel"
          autoComplete="tel"
          value={values.phone}
          onChange={(event) => set('phone', event.target.value)}
          onBlur={leave('phone')}
          error={err('phone')}
        />
        <TextField
          label={t('registry.whatsapp')}
          name="whatsapp"
          type="tel"
          autoComplete="off"
          value={values.whatsapp}
          onChange={(event) => set('whatsapp', event.target.value)}
          onBlur={leave('whatsapp')}
          error={err('whatsapp')}
        />
        <TextField
          label={t('registry.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
          onBlur={leave('email')}
          error={err('email')}
        />
      </section>

      <section className="form-section">
        <h2>{t('registry.section.techniqueMarket')}</h2>
        <CheckGroup
          legend={t('registry.techniques')}
          name="techniques"
          options={TECHNIQUES.map((technique) => ({
            value: technique,
            label: t(TECHNIQUE_LABEL[technique]),
            hint: technique === 'printing' ? t('registry.printingNote') : undefined,
          }))}
          value={values.techniques}
          onChange={(list) => set('techniques', list)}
          onBlur={leave('techniques')}
          error={err('techniques')}
        />
        {printing && values.techniques.length === 1 && (
          <Alert tone="warning">{t('registry.printingOnlyWarning')}</Alert>
        )}
        <CheckGroup
          legend={t('registry.marketReach')}
          name="marketReach"
          options={MARKET_REACH.map((reach) => ({ value: reach, label: t(MARKET_LABEL[reach]) }))}
          value={values.marketReach}
          onChange={(list) => set('marketReach', list)}
          onBlur={leave('marketReach')}
          error={err('marketReach')}
        />
      </section>

      <section className="form-section">
        <h2>{t('registry.section.membership')}</h2>
        {!canEditMembership && <p className="field-hint">{t('registry.membershipByDinas')}</p>}
        <TextField
          label={t('registry.memberSince')}
          name="memberSince"
          type="date"
          hint={t('registry.memberSinceHint')}
          disabled={!canEditMembership}
          value={values.memberSince}
          onChange={(event) => set('memberSince', event.target.value)}
          onBlur={leave('memberSince')}
          error={err('memberSince')}
        />
        <Checkbox
          label={t('registry.isTenant')}
          name="isTenant"
          disabled={!canEditMembership}
          checked={values.isTenant}
          onChange={(event) => set('isTenant', event.target.checked)}
          error={err('isTenant')}
        />
      </section>

      <section className="form-section">
        <h2>{t('registry.section.figures')}</h2>
        <p className="field-hint">{t('registry.figuresHint')}</p>
        <FigureInputs
          values={values}
          onValue={(name, text) => set(name, text)}
          error={(name) => err(name)}
          onLeave={(name) => errors.left(name)}
        />
      </section>

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
