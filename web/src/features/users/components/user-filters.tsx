import type { FormEvent } from 'react';
import type { Role, UserQuery } from '../../../api/types';
import { Button } from '../../../components/button';
import { Select, type SelectOption } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { ROLE_LABEL, ROLES } from '../../../lib/roles';

export interface UserFiltersProps {
  value: UserQuery;
  centres: readonly SelectOption[];
  onChange: (value: UserQuery) => void;
}

/** Applied on submit, not per keystroke: one request per search on slow connections. */
export function UserFilters({ value, centres, onChange }: UserFiltersProps) {
  const t = useT();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = readForm(event.currentTarget);
    onChange({
      q: v.q || undefined,
      role: (v.role || undefined) as Role | undefined,
      centreId: v.centreId || undefined,
      active: v.active === 'true' || v.active === 'false' ? v.active : undefined,
      page: 1,
    });
  }

  return (
    // The key resets the uncontrolled inputs when the filters are cleared.
    <search aria-label={t('user.filters')}>
      <form key={JSON.stringify(value)} className="filters" onSubmit={handleSubmit} noValidate>
        <TextField label={t('user.search')} name="q" type="search" defaultValue={value.q ?? ''} />
        <Select
          label={t('user.role')}
          name="role"
          emptyLabel={t('common.all')}
          options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL[role]) }))}
          defaultValue={value.role ?? ''}
        />
        <Select
          label={t('user.centre')}
          name="centreId"
          emptyLabel={t('common.all')}
          options={centres}
          defaultValue={value.centreId ?? ''}
        />
        <Select
          label={t('user.status')}
          name="active"
          emptyLabel={t('common.all')}
          options={[
            { value: 'true', label: t('user.active') },
            { value: 'false', label: t('user.inactive') },
          ]}
          defaultValue={value.active ?? ''}
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
