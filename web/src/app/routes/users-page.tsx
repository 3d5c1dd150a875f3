import type { Role, UserQuery } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Pagination } from '../../components/pagination';
import { Spinner } from '../../components/spinner';
import { useUsers } from '../../features/users/api/get-users';
import { UserFilters } from '../../features/users/components/user-filters';
import { UserTable } from '../../features/users/components/user-table';
import { compact } from '../../lib/form';
import { useT } from '../../lib/i18n';
import { navigate, useSearchParams } from '../../lib/navigation';
import { ROLES } from '../../lib/roles';
import { useCentreOptions } from './centre-options';

const PAGE_SIZE = 20;

/** Filters live in the address (`/pengguna?role=artisan&page=2`), so Back and links keep them. */
function readQuery(search: URLSearchParams): UserQuery {
  const role = search.get('role');
  const active = search.get('active');
  return {
    q: search.get('q') || undefined,
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    centreId: search.get('centreId') || undefined,
    active: active === 'true' || active === 'false' ? active : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

function toSearch(query: UserQuery): string {
  const { pageSize: _pageSize, ...rest } = query;
  const params = new URLSearchParams(
    Object.entries(compact(rest)).map(([key, value]) => [key, String(value)] as [string, string]),
  );
  if (params.get('page') === '1') params.delete('page');
  const text = params.toString();
  return text ? `/pengguna?${text}` : '/pengguna';
}

export function UsersPage() {
  const t = useT();
  const query = readQuery(useSearchParams());
  const users = useUsers(query);
  const centres = useCentreOptions();

  return (
    <>
      <PageHeader title={t('user.listTitle')}>
        <Link to="/pengguna/baru" className="btn btn-primary">
          {t('user.new')}
        </Link>
      </PageHeader>
      <UserFilters value={query} centres={centres} onChange={(next) => navigate(toSearch(next))} />
      <ErrorAlert error={users.error} />
      {users.isPending ? (
        <Spinner />
      ) : (
        users.data && (
          <div aria-busy={users.isFetching}>
            <UserTable users={users.data.items} />
            <Pagination
              page={users.data.page}
              pageSize={users.data.pageSize}
              total={users.data.total}
              onChange={(page) => navigate(toSearch({ ...query, page }))}
            />
          </div>
        )
      )}
    </>
  );
}
