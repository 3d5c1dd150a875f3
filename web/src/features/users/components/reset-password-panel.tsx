import type { User } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { SecretBox } from '../../../components/secret-box';
import { useT } from '../../../lib/i18n';
import { useResetPassword } from '../api/reset-password';

export function ResetPasswordPanel({ user }: { user: User }) {
  const t = useT();
  const reset = useResetPassword();
  return (
    <section className="card" aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t('user.resetTitle')}</h2>
      <p>{t('user.resetExplain')}</p>
      <div aria-live="polite">
        <ErrorAlert error={reset.error} />
        {reset.data && (
          <SecretBox
            title={t('user.tempPasswordTitle', { username: user.username })}
            value={reset.data.temporaryPassword}
            warning={t('user.tempPasswordWarning')}
          />
        )}
      </div>
      {!reset.data && (
        <ConfirmButton
          label={t('user.reset')}
          question={t('user.resetConfirm', { username: user.username })}
          confirmLabel={t('user.resetYes')}
          busy={reset.isPending}
          onConfirm={() => reset.mutate(user.id)}
        />
      )}
    </section>
  );
}
