import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useMerge } from '../../features/registry-duplicates/api/get-merge';
import { MergeExplanationView } from '../../features/registry-duplicates/components/merge-explanation';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';

/** `/registri/penggabungan/:id`: one merge explained afterwards. */
export function RegistryMergePage({ params }: PageProps) {
  const t = useT();
  const merge = useMerge(params.id ?? '');
  return (
    <>
      <p className="back">
        <Link to="/registri/duplikat">{t('duplicates.backToList')}</Link>
      </p>
      <PageHeader title={t('duplicates.explain.title')} />
      <ErrorAlert error={merge.error} />
      {merge.isPending ? <Spinner /> : merge.data && <MergeExplanationView merge={merge.data} />}
    </>
  );
}
