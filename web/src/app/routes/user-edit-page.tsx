import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useUser } from '../../features/users/api/get-user';
import { ResetPasswordPanel } from '../../features/users/components/reset-password-panel';
import { UserEditForm } from '../../features/users/components/user-edit-form';
import { UserStatus } from '../../features/users/components/user-status';
import { ApiError } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import type { PageProps } from '../router';
import { useCentreOptions } from './centre-options';

export function UserEditPage({ params }: PageProps) {
  const t = useT();
  const lang = useLang();
  const { user: me } = useCurrentSession();
  const id = params.id ?? '';
  const user = useUser(id);
  const centres = useCentreOptions();
  const notFound = user.error instanceof ApiError && user.error.status === 404;

  return (
    <>
      <p className="back">
        <Link to="/pengguna">{t('user.backToList')}</Link>
      </p>
      <PageHeader title={t('user.editTitle')} />
      {notFound ? <p>{t('user.notFound')}</p> : <ErrorAlert error={user.error} />}
      {user.isPending ? (
        <Spinner />
      ) : (
        user.data && (
          <>
            <dl className="dl summary">
              <div className="dl-row">
                <dt>{t('user.username')}</dt>
                <dd>{user.data.username}</dd>
              </div>
              <div className="dl-row">
                <dt>{t('user.status')}</dt>
                <dd>
                  <UserStatus user={user.data} />
                </dd>
              </div>
              <div className="dl-row">
                <dt>{t('user.lastLogin')}</dt>
                <dd>{formatDateTime(user.data.lastLoginAt, lang) || t('user.never')}</dd>
              </div>
              <div className="dl-row">
                <dt>{t('user.createdAt')}</dt>
                <dd>{formatDateTime(user.data.createdAt, lang)}</dd>
              </div>
            </dl>
            <UserEditForm
              key={user.data.id}
              user={user.data}
              centres={centres}
              isSelf={user.data.id === me.id}
            />
            <ResetPasswordPanel key={`reset-${user.data.id}`} user={user.data} />
          </>
        )
      )}
    </>
  );
}
