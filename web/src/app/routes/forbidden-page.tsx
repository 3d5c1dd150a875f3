import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../lib/i18n';

export function ForbiddenPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
