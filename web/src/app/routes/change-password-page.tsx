import { Alert } from '../../components/alert';
import { PageHeader } from '../../components/page-header';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';

export function ChangePasswordPage() {
  const t = useT();
  const { user } = useCurrentSession();
  const forced = user.mustChangePassword;
  return (
    <>
      <PageHeader title={t('password.title')} />
      {forced && <Alert tone="warning">{t('password.mustChange')}</Alert>}
      <ChangePasswordForm
        onSuccess={forced ? () => navigateWithFlash('/', { key: 'password.changed' }) : undefined}
      />
    </>
  );
}
