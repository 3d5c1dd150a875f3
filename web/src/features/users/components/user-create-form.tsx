import { type FormEvent, useState } from 'react';
import type { Role, User } from '../../../api/types';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { Select, type SelectOption } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { compact, emptyRequired, focusFirstError, readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { ROLE_LABEL, ROLES } from '../../../lib/roles';
import { useCreateUser } from '../api/create-user';

const FIELDS = ['username', 'fullName', 'email', 'role', 'centreId', 'password'] as const;
type Field = (typeof FIELDS)[number];
const MIN_PASSWORD_LENGTH = 10;

export interface UserCreateFormProps {
  centres: readonly SelectOption[];
  onCreated: (user: User) => void;
}

export function UserCreateForm({ centres, onCreated }: UserCreateFormProps) {
  const t = useT();
  const create = useCreateUser();
  const [role, setRole] = useState<Role | ''>('');
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const server = fieldErrors(create.error);
  const error = (name: Field) => local[name] ?? server[name];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readForm(form);
    const errors: Partial<Record<Field, string>> = {};
    for (const name of emptyRequired(form)) errors[name as Field] = t('form.required');
    if (!errors.password && (v.password ?? '').length < MIN_PASSWORD_LENGTH) {
      errors.password = t('password.tooShort', { min: MIN_PASSWORD_LENGTH });
    }
    setLocal(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      focusFirstError(form);
      return;
    }
    create.mutate(
      {
        username: v.username ?? '',
        fullName: v.fullName ?? '',
        role: v.role as Role,
        password: v.password ?? '',
        ...compact({ email: v.email, centreId: v.centreId }),
      },
      { onSuccess: onCreated, onError: () => focusFirstError(form) },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        <ErrorAlert error={create.error} fieldNames={FIELDS} />
      </div>
      <TextField
        label={t('user.username')}
        name="username"
        hint={t('user.usernameHint')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={error('username')}
      />
      <TextField
        label={t('user.fullName')}
        name="fullName"
        autoComplete="off"
        required
        error={error('fullName')}
      />
      <TextField
        label={t('user.email')}
        name="email"
        type="email"
        autoComplete="off"
        error={error('email')}
      />
      <Select
        label={t('user.role')}
        name="role"
        emptyLabel={t('common.choose')}
        options={ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
        value={role}
        onChange={(event) => setRole(event.target.value as Role | '')}
        required
        error={error('role')}
      />
      <Select
        label={t('user.centre')}
        name="centreId"
        hint={role === 'admin' ? t('user.centreAdminHint') : undefined}
        emptyLabel={role === 'admin' ? t('user.allCentres') : t('common.choose')}
        options={centres}
        required={role !== 'admin'}
        error={error('centreId')}
      />
      <TextField
        label={t('user.initialPassword')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
        required
        error={error('password')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t('user.create')}
        </Button>
        <Link to="/pengguna" className="btn btn-quiet">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
