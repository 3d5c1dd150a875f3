import { LoginForm } from '../../features/auth/components/login-form';
import { useT } from '../../lib/i18n';
import { navigate } from '../../lib/navigation';

export function LoginPage() {
  const t = useT();
  return (
    <>
      <h1 tabIndex={-1}>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <LoginForm
        onSuccess={(session) =>
          navigate(session.user.mustChangePassword ? '/akun/kata-sandi' : '/', { replace: true })
        }
      />
    </>
  );
}
