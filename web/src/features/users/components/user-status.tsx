import type { User } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';

/** Aktif / Nonaktif, plus a lock or a pending password change. */
export function UserStatus({ user }: { user: User }) {
  const t = useT();
  const lang = useLang();
  const locked = user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();
  return (
    <span className="status-list">
      <span className={user.active ? 'badge badge-ok' : 'badge badge-off'}>
        {user.active ? t('user.active') : t('user.inactive')}
      </span>
      {locked && (
        <span className="badge badge-warn">
          {t('user.lockedUntil', { time: formatDateTime(user.lockedUntil, lang) })}
        </span>
      )}
      {user.mustChangePassword && <span className="badge">{t('user.mustChange')}</span>}
    </span>
  );
}
