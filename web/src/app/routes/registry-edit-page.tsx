import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useBusiness } from '../../features/registry/api/get-business';
import { BusinessForm } from '../../features/registry/components/business-form';
import { canWriteRegistry } from '../../features/registry/lib/permissions';
import { useHomeRegency } from '../../features/registry/lib/regency';
import { ApiError } from '../../lib/api-client';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';

/** `/registri/:id/ubah` (admin, officer; an artisan for their own business). */
export function RegistryEditPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const business = useBusiness(id);
  const regency = useHomeRegency();
  const notFound = business.error instanceof ApiError && business.error.status === 404;
  const detailPath = `/registri/${id}`;

  return (
    <>
      <p className="back">
        <Link to={detailPath}>{t('registry.backToBusiness')}</Link>
      </p>
      <PageHeader
        title={
          business.data ? t('registry.editTitleOf', { name: business.data.name }) : t('registry.editTitle')
        }
      />
      {notFound ? <p>{t('registry.notFound')}</p> : <ErrorAlert error={business.error} />}
      {business.isPending ? (
        <Spinner />
      ) : (
        business.data && (
          <BusinessForm
            key={business.data.id}
            business={business.data}
            defaultCentreId={business.data.centreId}
            regency={regency}
            canEditMembership={canWriteRegistry(user.role)}
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
