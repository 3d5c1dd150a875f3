import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useContracts } from '../../features/projects/api/get-contracts';
import { ContractTable } from '../../features/projects/components/contract-table';
import { canKeepProjects } from '../../features/projects/lib/permissions';
import { formatNumber } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import '../../features/projects/components/projects.css';

/** `/proyek`: the centre's construction contracts, the kritis ones marked. */
export function ProjectsPage() {
  const t = useT();
  const lang = useLang();
  const { user } = useCurrentSession();
  const list = useContracts();
  const kritis = list.data?.filter((c) => c.kritis).length ?? 0;

  return (
    <>
      <PageHeader title={t('projects.listTitle')}>
        {canKeepProjects(user.role) && (
          <Link to="/proyek/baru" className="btn btn-primary">
            {t('projects.new')}
          </Link>
        )}
      </PageHeader>
      <p className="lead">{t('projects.lead')}</p>
      <section aria-labelledby="project-list-title" className="projects-list">
        <h2 id="project-list-title" className="sr-only">
          {t('projects.listHeading')}
        </h2>
        <ErrorAlert error={list.error} />
        {list.isPending ? (
          <Spinner />
        ) : (
          list.data && (
            <>
              <p className="counts-total" aria-live="polite">
                {t('projects.total', { count: formatNumber(list.data.length, lang) })}
                {kritis > 0 && <> · {t('projects.totalKritis', { count: formatNumber(kritis, lang) })}</>}
              </p>
              <ContractTable contracts={list.data} />
            </>
          )
        )}
      </section>
    </>
  );
}
