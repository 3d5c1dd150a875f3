import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useCentre } from '../../features/centres/api/get-centre';
import { CentreForm } from '../../features/centres/components/centre-form';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { canEditCentre } from '../../lib/roles';
import type { PageProps } from '../router';
import { ForbiddenPage } from './forbidden-page';

export function CentreEditPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const centre = useCentre(id);
  if (!canEditCentre(user, id)) return <ForbiddenPage />;
  // Staff of a centre see its profile on the home page; an admin goes back to that centre's page.
  const back = user.centreId === id ? '/' : `/sentra/${id}`;
  return (
    <>
      <PageHeader title={t('centre.editTitle')} />
      <ErrorAlert error={centre.error} />
      {centre.isPending ? (
        <Spinner />
      ) : (
        centre.data && (
          <>
            <p className="lead">{centre.data.name}</p>
            <CentreForm
              key={centre.data.id}
              centre={centre.data}
              cancelTo={back}
              onSaved={() => navigateWithFlash(back, { key: 'common.saved' })}
            />
          </>
        )
      )}
    </>
  );
}
