import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Pagination } from '../../components/pagination';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useMotifs } from '../../features/motifs/api/get-motifs';
import { MotifCards } from '../../features/motifs/components/motif-cards';
import { MotifDashboard } from '../../features/motifs/components/motif-dashboard';
import { MotifFilters } from '../../features/motifs/components/motif-filters';
import { activeFilters, motifListPath, readMotifQuery } from '../../features/motifs/lib/list-query';
import { canEditMotifs } from '../../features/motifs/lib/permissions';
import { formatNumber } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { navigate, useSearchParams } from '../../lib/navigation';
import '../../features/motifs/components/motifs.css';

/**
 * `/motif`: the centre's batik motifs and their IP records (an artisan: their own business's).
 * The counts on top open the list filtered; the filters live in the address, so a link keeps them.
 */
export function MotifsPage() {
  const t = useT();
  const lang = useLang();
  const { user } = useCurrentSession();
  const query = readMotifQuery(useSearchParams());
  const list = useMotifs(query);
  const isArtisan = user.role === 'artisan';

  return (
    <>
      <PageHeader title={t('motifs.listTitle')}>
        {canEditMotifs(user.role) && (
          <Link to="/motif/baru" className="btn btn-primary">
            {t('motifs.new')}
          </Link>
        )}
      </PageHeader>
      <p className="lead">{isArtisan ? t('motifs.leadArtisan') : t('motifs.lead')}</p>
      <MotifDashboard />
      <MotifFilters value={query} onChange={(next, options) => navigate(motifListPath(next), options)} />
      <section aria-labelledby="motif-list-title">
        <h2 id="motif-list-title" className="sr-only">
          {t('motifs.listHeading')}
        </h2>
        <ErrorAlert error={list.error} />
        {list.isPending ? (
          <Spinner />
        ) : (
          list.data && (
            <div aria-busy={list.isFetching}>
              <p className="counts-total" aria-live="polite">
                {t('motifs.total', { count: formatNumber(list.data.total, lang) })}
              </p>
              <MotifCards motifs={list.data.items} filtered={activeFilters(query) > 0 || Boolean(query.q)} />
              <Pagination
                page={list.data.page}
                pageSize={list.data.pageSize}
                total={list.data.total}
                onChange={(page) => navigate(motifListPath({ ...query, page }))}
              />
            </div>
          )
        )}
      </section>
    </>
  );
}
