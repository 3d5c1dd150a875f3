import { type FormEvent, useState } from 'react';
import type { Session } from '../../../api/types';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import { fieldErrors } from '../../../lib/api-client';
import { emptyRequired, focusFirstError, readForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useLogin } from '../api/login';

const FIELDS = ['username', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: (session: Session) => void }) {
  const t = useT();
  const login = useLogin();
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errors = fieldErrors(login.error);

  function errorFor(name: (typeof FIELDS)[number]): string | undefined {
    return missing.includes(name) ? t('form.required') : errors[name];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const empty = emptyRequired(form);
    setMissing(empty);
    if (empty.length > 0) {
      login.reset();
      focusFirstError(form);
      return;
    }
    const values = readForm(form);
    setAttempt((n) => n + 1);
    login.mutate(
      { username: values.username ?? '', password: values.password ?? '' },
      { onSuccess, onError: () => focusFirstError(form) },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {/* The region exists before any error so the message is announced when it appears. */}
      <div aria-live="assertive">
        <ErrorAlert key={attempt} error={login.error} fieldNames={FIELDS} />
      </div>
      <TextField
        label={t('login.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={errorFor('username')}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errorFor('password')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={login.isPending}>
          {t('login.submit')}
        </Button>
      </div>
    </form>
  );
}
