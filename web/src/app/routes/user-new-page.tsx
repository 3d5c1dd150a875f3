import { PageHeader } from '../../components/page-header';
import { UserCreateForm } from '../../features/users/components/user-create-form';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { useCentreOptions } from './centre-options';

export function UserNewPage() {
  const t = useT();
  const centres = useCentreOptions();
  return (
    <>
      <PageHeader title={t('user.newTitle')} />
      <UserCreateForm
        centres={centres}
        onCreated={(user) =>
          navigateWithFlash(`/pengguna/${user.id}`, {
            key: 'user.created',
            vars: { username: user.username },
          })
        }
      />
    </>
  );
}
