import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { MotifForm } from '../../features/motifs/components/motif-form';
import { canKeepIpRecords } from '../../features/motifs/lib/permissions';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { useCentreOptions } from './centre-options';
import '../../features/motifs/components/motifs.css';

/** `/motif/baru` (admin, officer; an artisan adds to their own business). */
export function MotifNewPage() {
  const t = useT();
  const { user } = useCurrentSession();
  const centres = useCentreOptions();
  // An admin's account is not tied to a centre: they choose it (or a business, which has one).
  const askCentre = user.role === 'admin' && !user.centreId;
  return (
    <>
      <p className="back">
        <Link to="/motif">{t('motifs.backToList')}</Link>
      </p>
      <PageHeader title={t('motifs.newTitle')} />
      {user.role === 'artisan' && <p className="lead">{t('motifs.newLeadArtisan')}</p>}
      <MotifForm
        chooseBusiness={canKeepIpRecords(user.role)}
        centres={askCentre ? centres : undefined}
        cancelTo="/motif"
        onSaved={(motif) =>
          navigateWithFlash(`/motif/${motif.id}`, { key: 'motifs.created', vars: { name: motif.name } })
        }
      />
    </>
  );
}
