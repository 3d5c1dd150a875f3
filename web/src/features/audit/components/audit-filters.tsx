import { type FormEvent, useState } from 'react';
import type { AuditAction, AuditQuery } from '../../../api/types';
import { Button } from '../../../components/button';
import { Select, type SelectOption } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { ACTION_LABEL, AUDIT_ACTIONS } from './audit-labels';

export interface AuditFiltersProps {
  value: AuditQuery;
  centres: readonly SelectOption[];
  onChange: (value: AuditQuery) => void;
}

export function AuditFilters({ value, centres, onChange }: AuditFiltersProps) {
  const t = useT();
  const [rangeError, setRangeError] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = readForm(event.currentTarget);
    // ISO dates compare correctly as strings.
    if (v.from && v.to && v.from > v.to) {
      setRangeError(t('audit.rangeError'));
      return;
    }
    setRangeError(undefined);
    onChange({
      entity: v.entity || undefined,
      action: (v.action || undefined) as AuditAction | undefined,
      centreId: v.centreId || undefined,
      from: v.from || undefined,
      to: v.to || undefined,
      page: 1,
    });
  }

  return (
    <search aria-label={t('audit.filters')}>
      <form key={JSON.stringify(value)} className="filters" onSubmit={handleSubmit} noValidate>
        <TextField
          label={t('audit.entity')}
          name="entity"
          hint={t('audit.entityHint')}
          defaultValue={value.entity ?? ''}
        />
        <Select
          label={t('audit.action')}
          name="action"
          emptyLabel={t('common.all')}
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(ACTION_LABEL[action]) }))}
          defaultValue={value.action ?? ''}
        />
        {centres.length > 1 && (
          <Select
            label={t('audit.centre')}
            name="centreId"
            emptyLabel={t('common.all')}
            options={centres}
            defaultValue={value.centreId ?? ''}
          />
        )}
        <TextField label={t('audit.from')} name="from" type="date" defaultValue={value.from ?? ''} />
        <TextField
          label={t('audit.to')}
          name="to"
          type="date"
          defaultValue={value.to ?? ''}
          error={rangeError}
        />
        <div className="filters-actions">
          <Button type="submit" variant="primary">
            {t('common.search')}
          </Button>
          <Button variant="quiet" onClick={() => onChange({ page: 1 })}>
            {t('common.clearFilters')}
          </Button>
        </div>
      </form>
    </search>
  );
}
