import type { Role } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Pagination } from '../../components/pagination';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useBusinesses } from '../../features/registry/api/get-businesses';
import { BusinessCounts } from '../../features/registry/components/business-counts';
import { BusinessFilters } from '../../features/registry/components/business-filters';
import { BusinessTable } from '../../features/registry/components/business-table';
import { exportHref, listPath, readListQuery } from '../../features/registry/lib/list-query';
import { canWriteRegistry } from '../../features/registry/lib/permissions';
import { useHomeRegency } from '../../features/registry/lib/regency';
import { useT } from '../../lib/i18n';
import { navigate, useSearchParams } from '../../lib/navigation';

/** Who may open `/registri/laporan` (its route in routes.tsx). */
const REPORT_READERS: readonly Role[] = ['admin', 'officer', 'manager'];

/** `/registri`: the centre's IKM businesses. Filters live in the address, so a link keeps them. */
export function RegistryListPage() {
  const t = useT();
  const { user } = useCurrentSession();
  const query = readListQuery(useSearchParams());
  const list = useBusinesses(query);
  const regency = useHomeRegency();
  const writer = canWriteRegistry(user.role);

  return (
    <>
      <PageHeader title={t('registry.listTitle')}>
        {writer && (
          <Link to="/registri/baru" className="btn btn-primary">
            {t('registry.new')}
          </Link>
        )}
        {writer && (
          <Link to="/registri/impor" className="btn btn-secondary">
            {t('registry.import')}
          </Link>
        )}
      </PageHeader>
      <div className="toolbar">
        <a className="btn btn-secondary" href={exportHref(query, 'xlsx')} download>
          {t('registry.exportXlsx')}
        </a>
        <a className="btn btn-secondary" href={exportHref(query, 'csv')} download>
          {t('registry.exportCsv')}
        </a>
        {writer && (
          <Link to="/registri/duplikat" className="btn btn-quiet">
            {t('registry.duplicates')}
          </Link>
        )}
        {REPORT_READERS.includes(user.role) && (
          <Link to="/registri/laporan" className="btn btn-quiet">
            {t('registry.reports')}
          </Link>
        )}
      </div>
      <BusinessFilters
        value={query}
        regency={regency}
        onChange={(next, options) => navigate(listPath(next), options)}
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Spinner />
      ) : (
        list.data && (
          <div aria-busy={list.isFetching}>
            <BusinessCounts list={list.data} query={query} />
            <BusinessTable businesses={list.data.items} />
            <Pagination
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              onChange={(page) => navigate(listPath({ ...query, page }))}
            />
          </div>
        )
      )}
    </>
  );
}
