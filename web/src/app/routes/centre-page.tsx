import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useCentre } from '../../features/centres/api/get-centre';
import { CentreProfile } from '../../features/centres/components/centre-profile';
import { useT } from '../../lib/i18n';
import { canEditCentre } from '../../lib/roles';
import type { PageProps } from '../router';

export function CentrePage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const centre = useCentre(id);
  return (
    <>
      <PageHeader title={t('centre.title')} />
      <ErrorAlert error={centre.error} />
      {centre.isPending ? (
        <Spinner />
      ) : (
        centre.data && <CentreProfile centre={centre.data} canEdit={canEditCentre(user, centre.data.id)} />
      )}
    </>
  );
}
