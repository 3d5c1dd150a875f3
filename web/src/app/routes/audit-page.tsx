import type { AuditAction, AuditQuery } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { Pagination } from '../../components/pagination';
import { Spinner } from '../../components/spinner';
import { AUDIT_PAGE_SIZE, useAudit } from '../../features/audit/api/get-audit';
import { AuditFilters } from '../../features/audit/components/audit-filters';
import { AUDIT_ACTIONS } from '../../features/audit/components/audit-labels';
import { AuditTable } from '../../features/audit/components/audit-table';
import { compact } from '../../lib/form';
import { useT } from '../../lib/i18n';
import { navigate, useSearchParams } from '../../lib/navigation';
import { useCentreOptions } from './centre-options';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readQuery(search: URLSearchParams): AuditQuery {
  const action = search.get('action');
  const from = search.get('from');
  const to = search.get('to');
  return {
    entity: search.get('entity') || undefined,
    entityId: search.get('entityId') || undefined,
    actorId: search.get('actorId') || undefined,
    centreId: search.get('centreId') || undefined,
    action: AUDIT_ACTIONS.includes(action as AuditAction) ? (action as AuditAction) : undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: AUDIT_PAGE_SIZE,
  };
}

function toSearch(query: AuditQuery): string {
  const { pageSize: _pageSize, ...rest } = query;
  const params = new URLSearchParams(
    Object.entries(compact(rest)).map(([key, value]) => [key, String(value)] as [string, string]),
  );
  if (params.get('page') === '1') params.delete('page');
  const text = params.toString();
  return text ? `/audit?${text}` : '/audit';
}

export function AuditPage() {
  const t = useT();
  const query = readQuery(useSearchParams());
  const audit = useAudit(query);
  const centres = useCentreOptions();
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditFilters value={query} centres={centres} onChange={(next) => navigate(toSearch(next))} />
      <ErrorAlert error={audit.error} />
      {audit.isPending ? (
        <Spinner />
      ) : (
        audit.data && (
          <div aria-busy={audit.isFetching}>
            <AuditTable entries={audit.data.items} />
            <Pagination
              page={audit.data.page}
              pageSize={audit.data.pageSize}
              total={audit.data.total}
              onChange={(page) => navigate(toSearch({ ...query, page }))}
            />
          </div>
        )
      )}
    </>
  );
}
