import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useCentre } from '../../features/centres/api/get-centre';
import { useCentres } from '../../features/centres/api/get-centres';
import { CentreList } from '../../features/centres/components/centre-list';
import { CentreProfile } from '../../features/centres/components/centre-profile';
import { useT } from '../../lib/i18n';
import { canEditCentre } from '../../lib/roles';

export function HomePage() {
  const t = useT();
  const { user, centre: sessionCentre } = useCurrentSession();
  const isAdmin = user.role === 'admin';
  const own = useCentre(user.centreId);
  const all = useCentres({ enabled: isAdmin });
  // The session already carries the centre: show it at once, then the fresh copy.
  const centre = own.data ?? sessionCentre;

  return (
    <>
      <PageHeader title={t('home.title')} />
      <p className="lead">{t('home.welcome', { name: user.fullName })}</p>
      {user.centreId && (
        <>
          <ErrorAlert error={own.error} />
          {centre ? <CentreProfile centre={centre} canEdit={canEditCentre(user, centre.id)} /> : <Spinner />}
        </>
      )}
      {isAdmin && (
        <div className="section">
          <div className="section-head">
            <h2 id="centres-title">{t('centre.listTitle')}</h2>
            <Link to="/sentra/baru" className="btn btn-primary">
              {t('centre.new')}
            </Link>
          </div>
          <ErrorAlert error={all.error} />
          {all.isPending ? <Spinner /> : all.data && <CentreList centres={all.data} canEdit />}
        </div>
      )}
    </>
  );
}
