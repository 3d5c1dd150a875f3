import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { ContractForm } from '../../features/projects/components/contract-form';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { useCentreOptions } from './centre-options';
import '../../features/projects/components/projects.css';

/** `/proyek/baru` (admin, officer). */
export function ProjectNewPage() {
  const t = useT();
  const { user } = useCurrentSession();
  const centres = useCentreOptions();
  // An admin's account is not tied to a centre: they choose it.
  const askCentre = user.role === 'admin' && !user.centreId;
  return (
    <>
      <p className="back">
        <Link to="/proyek">{t('projects.backToList')}</Link>
      </p>
      <PageHeader title={t('projects.newTitle')} />
      <p className="lead">{t('projects.newLead')}</p>
      <ContractForm
        centres={askCentre ? centres : undefined}
        cancelTo="/proyek"
        onSaved={(contract) =>
          navigateWithFlash(`/proyek/${contract.id}`, {
            key: 'projects.created',
            vars: { name: contract.packageName },
          })
        }
      />
    </>
  );
}
