import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useContract } from '../../features/projects/api/get-contract';
import { useReports } from '../../features/projects/api/get-reports';
import { RabImport } from '../../features/projects/components/rab-import';
import { ApiError } from '../../lib/api-client';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';
import '../../features/projects/components/projects.css';

/** `/proyek/:id/rab` (admin, officer): import the RAB and its schedule (the planned S-curve). */
export function ProjectRabPage({ params }: PageProps) {
  const t = useT();
  const id = params.id ?? '';
  const contract = useContract(id);
  const reports = useReports(id);
  const status = contract.error instanceof ApiError ? contract.error.status : null;
  const detailPath = `/proyek/${id}`;
  return (
    <>
      <p className="back">
        <Link to={detailPath}>{t('projects.backToContract')}</Link>
      </p>
      <PageHeader title={t('projects.rab.title')} />
      {contract.data && <p className="lead">{contract.data.packageName}</p>}
      <p>{t('projects.rab.intro')}</p>
      {status === 404 || status === 403 ? (
        <p>{t('projects.notFound')}</p>
      ) : (
        <ErrorAlert error={contract.error} />
      )}
      {contract.isPending ? (
        <Spinner />
      ) : (
        contract.data && (
          <RabImport
            contract={contract.data}
            byItemReports={(reports.data ?? []).filter((r) => r.byItem).map((r) => r.week)}
            onCommitted={(result) =>
              navigateWithFlash(detailPath, {
                key: 'projects.rab.committed',
                vars: { items: result.itemCount },
              })
            }
          />
        )
      )}
    </>
  );
}
