import { type FormEvent, useState } from 'react';
import type { Role, UpdateUserBody, User } from '../../../api/types';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Checkbox } from '../../../components/checkbox';
import { ErrorAlert } from '../../../components/error-alert';
import { Select, type SelectOption } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { emptyRequired, focusFirstError, orNull, readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { ROLE_LABEL, ROLES } from '../../../lib/roles';
import { useUpdateUser } from '../api/update-user';

const FIELDS = ['fullName', 'email', 'role', 'centreId', 'active'] as const;
type Field = (typeof FIELDS)[number];

export interface UserEditFormProps {
  user: User;
  centres: readonly SelectOption[];
  /** True when the admin edits their own account: they cannot lock themselves out. */
  isSelf: boolean;
}

export function UserEditForm({ user, centres, isSelf }: UserEditFormProps) {
  const t = useT();
  const update = useUpdateUser();
  const [role, setRole] = useState<Role>(user.role);
  const [missing, setMissing] = useState<string[]>([]);
  const [saved, setSaved] = useState<'saved' | 'unchanged' | null>(null);
  const server = fieldErrors(update.error);
  const error = (name: Field) => (missing.includes(name) ? t('form.required') : server[name]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readForm(form);
    const empty = emptyRequired(form);
    setMissing(empty);
    setSaved(null);
    if (empty.length > 0) {
      update.reset();
      focusFirstError(form);
      return;
    }
    const body: UpdateUserBody = {};
    if (v.fullName !== user.fullName) body.fullName = v.fullName ?? '';
    if (orNull(v.email) !== user.email) body.email = orNull(v.email);
    if (v.role !== user.role) body.role = v.role as Role;
    if (orNull(v.centreId) !== user.centreId) body.centreId = orNull(v.centreId);
    if (!isSelf && (v.active === 'on') !== user.active) body.active = v.active === 'on';
    if (Object.keys(body).length === 0) {
      setSaved('unchanged');
      return;
    }
    update.mutate(
      { id: user.id, body },
      { onSuccess: () => setSaved('saved'), onError: () => focusFirstError(form) },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        {saved === 'saved' && <Alert tone="success">{t('common.saved')}</Alert>}
        {saved === 'unchanged' && <Alert tone="info">{t('common.noChanges')}</Alert>}
        <ErrorAlert error={update.error} fieldNames={FIELDS} />
      </div>
      <TextField
        label={t('user.fullName')}
        name="fullName"
        defaultValue={user.fullName}
        autoComplete="off"
        required
        error={error('fullName')}
      />
      <TextField
        label={t('user.email')}
        name="email"
        type="email"
        defaultValue={user.email ?? ''}
        autoComplete="off"
        error={error('email')}
      />
      <Select
        label={t('user.role')}
        name="role"
        options={ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        required
        error={error('role')}
      />
      <Select
        label={t('user.centre')}
        name="centreId"
        hint={role === 'admin' ? t('user.centreAdminHint') : undefined}
        emptyLabel={role === 'admin' ? t('user.allCentres') : t('common.choose')}
        options={centres}
        defaultValue={user.centreId ?? ''}
        required={role !== 'admin'}
        error={error('centreId')}
      />
      <Checkbox
        label={t('user.activeLabel')}
        name="active"
        defaultChecked={user.active}
        disabled={isSelf}
        error={error('active')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
