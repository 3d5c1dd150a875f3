import { useState } from 'react';
import { Alert } from '../../components/alert';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useDuplicates } from '../../features/registry-duplicates/api/get-duplicates';
import type { MergeResult } from '../../features/registry-duplicates/api/types';
import { DuplicatePairCard } from '../../features/registry-duplicates/components/duplicate-pair-card';
import '../../features/registry-duplicates/components/duplicates.css';
import { useT } from '../../lib/i18n';

/** `/registri/duplikat`: candidate pairs, reviewed side by side, merged or dismissed. */
export function RegistryDuplicatesPage() {
  const t = useT();
  const duplicates = useDuplicates();
  const [merged, setMerged] = useState<MergeResult | null>(null);

  return (
    <>
      <p className="back">
        <Link to="/registri">{t('duplicates.back')}</Link>
      </p>
      <PageHeader title={t('duplicates.title')} />
      <p className="lead">{t('duplicates.intro')}</p>
      <div aria-live="polite">
        {merged && (
          <Alert tone="success" title={t('duplicates.mergedTitle')}>
            <p>{merged.summary}</p>
            <p>
              <Link to={`/registri/penggabungan/${merged.mergeId}`}>{t('duplicates.explainLink')}</Link>
            </p>
          </Alert>
        )}
      </div>
      <ErrorAlert error={duplicates.error} />
      {duplicates.isPending ? (
        <Spinner />
      ) : (
        duplicates.data && (
          <div aria-busy={duplicates.isFetching}>
            <p className="summary">
              {duplicates.data.total > duplicates.data.items.length
                ? t('duplicates.countLimited', {
                    shown: duplicates.data.items.length,
                    total: duplicates.data.total,
                  })
                : t('duplicates.count', { total: duplicates.data.total })}
            </p>
            {duplicates.data.items.length === 0 ? (
              <p className="empty">{t('duplicates.none')}</p>
            ) : (
              duplicates.data.items.map((pair) => (
                <DuplicatePairCard key={`${pair.a.id}:${pair.b.id}`} pair={pair} onMerged={setMerged} />
              ))
            )}
          </div>
        )
      )}
    </>
  );
}
