import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useContract } from '../../features/projects/api/get-contract';
import { ContractForm } from '../../features/projects/components/contract-form';
import { ApiError } from '../../lib/api-client';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';
import '../../features/projects/components/projects.css';

/** `/proyek/:id/ubah` (admin, officer): the contract's fields, its completion and status. */
export function ProjectEditPage({ params }: PageProps) {
  const t = useT();
  const id = params.id ?? '';
  const contract = useContract(id);
  const status = contract.error instanceof ApiError ? contract.error.status : null;
  const detailPath = `/proyek/${id}`;
  return (
    <>
      <p className="back">
        <Link to={detailPath}>{t('projects.backToContract')}</Link>
      </p>
      <PageHeader
        title={
          contract.data
            ? t('projects.editTitleOf', { name: contract.data.packageName })
            : t('projects.editTitle')
        }
      />
      {status === 404 || status === 403 ? (
        <p>{t('projects.notFound')}</p>
      ) : (
        <ErrorAlert error={contract.error} />
      )}
      {contract.isPending ? (
        <Spinner />
      ) : (
        contract.data && (
          <ContractForm
            key={contract.data.id}
            contract={contract.data}
            cancelTo={detailPath}
            onSaved={(_saved, changed) =>
              navigateWithFlash(
                detailPath,
                changed ? { key: 'common.saved' } : { key: 'common.noChanges', tone: 'info' },
              )
            }
          />
        )
      )}
    </>
  );
}
