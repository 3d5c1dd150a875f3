import { type FormEvent, useState } from 'react';
import type { TokenRole } from '../../../api/types';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { SecretBox } from '../../../components/secret-box';
import { Select, type SelectOption } from '../../../components/select';
import { TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { emptyRequired, focusFirstError, readForm } from '../../../lib/form';
import { todayInJakarta } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { ROLE_LABEL, TOKEN_ROLES } from '../../../lib/roles';
import { useCreateToken } from '../api/create-token';

const FIELDS = ['name', 'role', 'centreId', 'expiresAt'] as const;

export function TokenForm({ centres }: { centres: readonly SelectOption[] }) {
  const t = useT();
  const create = useCreateToken();
  const [missing, setMissing] = useState<string[]>([]);
  const server = fieldErrors(create.error);
  const error = (name: (typeof FIELDS)[number]) =>
    missing.includes(name) ? t('form.required') : server[name];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const empty = emptyRequired(form);
    setMissing(empty);
    if (empty.length > 0) {
      create.reset();
      focusFirstError(form);
      return;
    }
    const v = readForm(form);
    create.mutate(
      {
        name: v.name ?? '',
        role: v.role as TokenRole,
        centreId: v.centreId ?? '',
        // The server reads the date as "valid through that day", Jakarta time.
        ...(v.expiresAt ? { expiresAt: v.expiresAt } : {}),
      },
      { onSuccess: () => form.reset(), onError: () => focusFirstError(form) },
    );
  }

  return (
    <>
      <div aria-live="polite">
        {create.data && (
          <SecretBox
            title={t('token.createdTitle', { name: create.data.item.name })}
            value={create.data.token}
            warning={t('token.createdWarning')}
          />
        )}
      </div>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <div aria-live="polite">
          <ErrorAlert error={create.error} fieldNames={FIELDS} />
        </div>
        <TextField
          label={t('token.name')}
          name="name"
          hint={t('token.nameHint')}
          required
          error={error('name')}
        />
        <Select
          label={t('token.role')}
          name="role"
          emptyLabel={t('common.choose')}
          options={TOKEN_ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL[role]) }))}
          required
          error={error('role')}
        />
        <Select
          label={t('token.centre')}
          name="centreId"
          emptyLabel={t('common.choose')}
          options={centres}
          required
          error={error('centreId')}
        />
        <TextField
          label={t('token.expiresAt')}
          name="expiresAt"
          type="date"
          min={todayInJakarta()}
          hint={t('token.expiresHint')}
          error={error('expiresAt')}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('token.create')}
          </Button>
        </div>
      </form>
    </>
  );
}
