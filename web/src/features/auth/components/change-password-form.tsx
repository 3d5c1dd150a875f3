import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import { ApiError, fieldErrors } from '../../../lib/api-client';
import { emptyRequired, focusFirstError, readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

/** Must match the server's rule; the server checks it again. */
export const MIN_PASSWORD_LENGTH = 10;

export function ChangePasswordForm({ onSuccess }: { onSuccess?: () => void }) {
  const t = useT();
  const change = useChangePassword();
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState(false);
  const server = fieldErrors(change.error);
  // The server answers a wrong current password with a message but no field: put it by the field.
  if (change.error instanceof ApiError && change.error.code === 'WRONG_CURRENT_PASSWORD') {
    server.currentPassword = change.error.message;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = readForm(form);
    const errors: Partial<Record<Field, string>> = {};
    for (const name of emptyRequired(form)) errors[name as Field] = t('form.required');
    const next = values.newPassword ?? '';
    if (!errors.newPassword && next.length < MIN_PASSWORD_LENGTH) {
      errors.newPassword = t('password.tooShort', { min: MIN_PASSWORD_LENGTH });
    }
    if (!errors.confirmPassword && next !== values.confirmPassword) {
      errors.confirmPassword = t('password.mismatch');
    }
    setLocal(errors);
    setDone(false);
    if (Object.keys(errors).length > 0) {
      change.reset();
      focusFirstError(form);
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword ?? '', newPassword: next },
      {
        onSuccess: () => {
          form.reset();
          setDone(true);
          onSuccess?.();
        },
        onError: () => focusFirstError(form),
      },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <div aria-live="polite">
        {done && <Alert tone="success">{t('password.changed')}</Alert>}
        <ErrorAlert error={change.error} fieldNames={FIELDS} />
      </div>
      <TextField
        label={t('password.current')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={local.currentPassword ?? server.currentPassword}
      />
      <TextField
        label={t('password.new')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
        required
        error={local.newPassword ?? server.newPassword}
      />
      <TextField
        label={t('password.confirm')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={local.confirmPassword}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={change.isPending}>
          {t('password.submit')}
        </Button>
      </div>
    </form>
  );
}
