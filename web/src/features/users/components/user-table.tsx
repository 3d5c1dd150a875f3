import type { User } from '../../../api/types';
import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { ROLE_LABEL } from '../../../lib/roles';
import { UserStatus } from './user-status';

export function UserTable({ users }: { users: readonly User[] }) {
  const t = useT();
  const lang = useLang();
  const columns: Column<User>[] = [
    {
      key: 'username',
      header: t('user.username'),
      cell: (user) => <Link to={`/pengguna/${user.id}`}>{user.username}</Link>,
    },
    { key: 'fullName', header: t('user.fullName'), cell: (user) => user.fullName },
    { key: 'role', header: t('user.role'), cell: (user) => t(ROLE_LABEL[user.role]) },
    { key: 'centre', header: t('user.centre'), cell: (user) => user.centreName ?? t('user.allCentres') },
    { key: 'status', header: t('user.status'), cell: (user) => <UserStatus user={user} /> },
    {
      key: 'lastLogin',
      header: t('user.lastLogin'),
      cell: (user) => formatDateTime(user.lastLoginAt, lang) || t('user.never'),
    },
  ];
  return (
    <Table
      caption={t('user.listCaption')}
      columns={columns}
      rows={users}
      rowKey={(u) => u.id}
      empty={t('user.none')}
    />
  );
}
