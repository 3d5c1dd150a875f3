import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { BusinessForm } from '../../features/registry/components/business-form';
import { useHomeRegency } from '../../features/registry/lib/regency';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { useCentreOptions } from './centre-options';

/** `/registri/baru` (admin, officer). */
export function RegistryNewPage() {
  const t = useT();
  const { user } = useCurrentSession();
  const regency = useHomeRegency();
  const centres = useCentreOptions();
  // An admin may keep any centre's registry; the others add to their own centre.
  const isAdmin = user.role === 'admin';
  return (
    <>
      <p className="back">
        <Link to="/registri">{t('registry.backToList')}</Link>
      </p>
      <PageHeader title={t('registry.newTitle')} />
      <BusinessForm
        centres={isAdmin ? centres : undefined}
        defaultCentreId={user.centreId ?? ''}
        regency={regency}
        canEditMembership
        cancelTo="/registri"
        onSaved={(business) =>
          navigateWithFlash(`/registri/${business.id}`, {
            key: 'registry.created',
            vars: { name: business.name },
          })
        }
      />
    </>
  );
}
