import { PageHeader } from '../../components/page-header';
import { CentreForm } from '../../features/centres/components/centre-form';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';

export function CentreNewPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('centre.newTitle')} />
      <CentreForm
        cancelTo="/"
        onSaved={(centre) =>
          navigateWithFlash(`/sentra/${centre.id}`, { key: 'centre.created', vars: { name: centre.name } })
        }
      />
    </>
  );
}
