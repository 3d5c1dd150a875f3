import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { Select, type SelectOption } from '../../../components/select';
import { TextAreaField, TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { focusFirstError } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreateMotif } from '../api/create-motif';
import { BUSINESS_OPTIONS_LIMIT, useBusinessOptions } from '../api/get-business-options';
import type { Motif } from '../api/types';
import { useUpdateMotif } from '../api/update-motif';
import {
  DYE_KINDS,
  DYE_LABEL,
  MOTIF_STATUS_LABEL,
  MOTIF_STATUSES,
  MOTIF_TECHNIQUES,
  TECHNIQUE_LABEL,
} from '../lib/labels';
import {
  type CreatorRow,
  emptyCreator,
  emptyMotifValues,
  isBlankCreator,
  type MotifValues,
  motifBody,
  motifValues,
} from '../lib/motif-values';
import { changedFields, serverError } from '../lib/values';
import { CreatorsFieldset } from './creators-fieldset';

const TOP_FIELDS = [
  'centreId',
  'name',
  'altNames',
  'technique',
  'dyeKind',
  'colours',
  'yearCreated',
  'origin',
  'tags',
  'description',
  'philosophy',
  'status',
  'businessId',
  'creators',
] as const;
const CREATOR_FIELDS = ['name', 'address', 'nationality', 'deceased', 'diedOn'] as const;

export interface MotifFormProps {
  /** Absent: a new motif. */
  motif?: Motif;
  /** Officers and admins choose the owning business; an artisan's motif is always their own. */
  chooseBusiness: boolean;
  /** An admin without a centre picks the centre of a new motif. */
  centres?: readonly SelectOption[] | undefined;
  cancelTo: string;
  onSaved: (motif: Motif, changed: boolean) => void;
}

export function MotifForm({ motif, chooseBusiness, centres, cancelTo, onSaved }: MotifFormProps) {
  const t = useT();
  const create = useCreateMotif();
  const update = useUpdateMotif();
  const mutation = motif ? update : create;
  const businesses = useBusinessOptions({ enabled: chooseBusiness });
  const initial = useMemo(() => (motif ? motifValues(motif) : emptyMotifValues()), [motif]);
  const [values, setValues] = useState<MotifValues>(initial);
  const [centreId, setCentreId] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(mutation.error);
  const askCentre = !motif && centres !== undefined;

  const error = (name: string) => local[name] ?? serverError(server, name);

  function set<K extends keyof MotifValues>(name: K, value: MotifValues[K]) {
    setValues((old) => ({ ...old, [name]: value }));
  }

  function setCreators(creators: CreatorRow[]) {
    set('creators', creators);
  }

  const businessOptions: SelectOption[] = (businesses.data?.items ?? []).map((b) => ({
    value: b.id,
    label: b.name,
  }));
  // A motif's business may be past the first page of options: keep it choosable.
  if (motif?.businessId && !businessOptions.some((o) => o.value === motif.businessId)) {
    businessOptions.unshift({ value: motif.businessId, label: motif.businessName ?? motif.businessId });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { body, yearUnreadable } = motifBody(values);
    const problems: Record<string, string> = {};
    if (!body.name) problems.name = t('form.required');
    if (yearUnreadable) problems.yearCreated = t('motifs.form.yearFormat');
    values.creators.forEach((row, index) => {
      if (!isBlankCreator(row) && !row.name.trim()) problems[`creators.${index}.name`] = t('form.required');
    });
    const business = businesses.data?.items.find((b) => b.id === values.businessId);
    const chosenCentre = business?.centreId ?? centreId;
    if (askCentre && !chosenCentre) problems.centreId = t('form.required');
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      mutation.reset();
      focusFirstError(form);
      return;
    }
    // Rows left empty are dropped as the form is sent, so the server's `creators.N` is the N-th row shown.
    const creators = values.creators.filter((row) => !isBlankCreator(row));
    if (creators.length !== values.creators.length) setValues({ ...values, creators });
    const onError = () => focusFirstError(form);
    // An artisan never sends a business: the server puts the motif under their own.
    const { businessId: _businessId, ...rest } = body;
    const sent = chooseBusiness ? body : rest;
    if (!motif) {
      create.mutate(
        { body: sent, centreId: askCentre ? chosenCentre : undefined },
        { onSuccess: (saved) => onSaved(saved, true), onError },
      );
      return;
    }
    // Only the keys sent are compared: an artisan's form never touches the business.
    const patch = changedFields(
      motifBody(initial).body as Record<string, unknown>,
      sent as Record<string, unknown>,
    );
    if (Object.keys(patch).length === 0) {
      onSaved(motif, false);
      return;
    }
    update.mutate({ id: motif.id, body: patch }, { onSuccess: (saved) => onSaved(saved, true), onError });
  }

  const fieldNames = [
    ...TOP_FIELDS,
    ...values.creators.flatMap((_, i) => CREATOR_FIELDS.map((f) => `creators.${i}.${f}`)),
  ];

  return (
    <form className="form motif-form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        <ErrorAlert error={mutation.error} fieldNames={fieldNames} />
      </div>

      <section className="form-section" aria-labelledby="motif-form-identity">
        <h2 id="motif-form-identity">{t('motifs.form.identity')}</h2>
        {askCentre && (
          <Select
            label={t('motifs.form.centre')}
            name="centreId"
            hint={t('motifs.form.centreHint')}
            emptyLabel={t('common.choose')}
            options={centres}
            value={centreId}
            onChange={(event) => setCentreId(event.target.value)}
            error={error('centreId')}
          />
        )}
        <TextField
          label={t('motifs.form.name')}
          name="name"
          autoComplete="off"
          required
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          error={error('name')}
        />
        <TextField
          label={t('motifs.form.altNames')}
          name="altNames"
          hint={t('motifs.form.listHint')}
          autoComplete="off"
          value={values.altNames}
          onChange={(event) => set('altNames', event.target.value)}
          error={error('altNames')}
        />
        {chooseBusiness && (
          <Select
            label={t('motifs.form.business')}
            name="businessId"
            hint={
              (businesses.data?.total ?? 0) > BUSINESS_OPTIONS_LIMIT
                ? t('motifs.form.businessHintMore', { count: BUSINESS_OPTIONS_LIMIT })
                : t('motifs.form.businessHint')
            }
            emptyLabel={t('motifs.form.noBusiness')}
            options={businessOptions}
            value={values.businessId}
            onChange={(event) => set('businessId', event.target.value)}
            error={error('businessId')}
          />
        )}
        <Select
          label={t('motifs.form.status')}
          name="status"
          hint={t('motifs.form.statusHint')}
          options={MOTIF_STATUSES.map((s) => ({ value: s, label: t(MOTIF_STATUS_LABEL[s]) }))}
          value={values.status}
          onChange={(event) => set('status', event.target.value)}
          error={error('status')}
        />
      </section>

      <section className="form-section" aria-labelledby="motif-form-making">
        <h2 id="motif-form-making">{t('motifs.form.making')}</h2>
        <div className="field-pair">
          <Select
            label={t('motifs.form.technique')}
            name="technique"
            emptyLabel={t('motifs.form.notSaid')}
            options={MOTIF_TECHNIQUES.map((tech) => ({ value: tech, label: t(TECHNIQUE_LABEL[tech]) }))}
            value={values.technique}
            onChange={(event) => set('technique', event.target.value)}
            error={error('technique')}
          />
          <Select
            label={t('motifs.form.dyeKind')}
            name="dyeKind"
            emptyLabel={t('motifs.form.notSaid')}
            options={DYE_KINDS.map((dye) => ({ value: dye, label: t(DYE_LABEL[dye]) }))}
            value={values.dyeKind}
            onChange={(event) => set('dyeKind', event.target.value)}
            error={error('dyeKind')}
          />
        </div>
        <TextField
          label={t('motifs.form.colours')}
          name="colours"
          hint={t('motifs.form.coloursHint')}
          autoComplete="off"
          value={values.colours}
          onChange={(event) => set('colours', event.target.value)}
          error={error('colours')}
        />
        <div className="field-pair">
          <TextField
            label={t('motifs.form.yearCreated')}
            name="yearCreated"
            inputMode="numeric"
            autoComplete="off"
            value={values.yearCreated}
            onChange={(event) => set('yearCreated', event.target.value)}
            error={error('yearCreated')}
          />
          <TextField
            label={t('motifs.form.origin')}
            name="origin"
            hint={t('motifs.form.originHint')}
            autoComplete="off"
            value={values.origin}
            onChange={(event) => set('origin', event.target.value)}
            error={error('origin')}
          />
        </div>
        <TextField
          label={t('motifs.form.tags')}
          name="tags"
          hint={t('motifs.form.tagsHint')}
          autoComplete="off"
          value={values.tags}
          onChange={(event) => set('tags', event.target.value)}
          error={error('tags')}
        />
        <TextAreaField
          label={t('motifs.form.description')}
          name="description"
          rows={3}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          error={error('description')}
        />
        <TextAreaField
          label={t('motifs.form.philosophy')}
          name="philosophy"
          hint={t('motifs.form.philosophyHint')}
          rows={3}
          value={values.philosophy}
          onChange={(event) => set('philosophy', event.target.value)}
          error={error('philosophy')}
        />
      </section>

      <section className="form-section" aria-labelledby="motif-form-creators">
        <h2 id="motif-form-creators">{t('motifs.form.creators')}</h2>
        <p className="field-hint">{t('motifs.form.creatorsHint')}</p>
        {error('creators') && <p className="field-error">{error('creators')}</p>}
        <CreatorsFieldset
          rows={values.creators}
          onChange={setCreators}
          onAdd={() => setCreators([...values.creators, emptyCreator()])}
          error={error}
        />
      </section>

      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {motif ? t('common.save') : t('motifs.form.create')}
        </Button>
        <Link to={cancelTo} className="btn btn-quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
