import { useEffect } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useBoq } from '../../features/projects/api/get-boq';
import { useContract } from '../../features/projects/api/get-contract';
import { useProjectStatus } from '../../features/projects/api/get-project-status';
import { useReports } from '../../features/projects/api/get-reports';
import { AddendaSection } from '../../features/projects/components/addenda-section';
import { BoqTable } from '../../features/projects/components/boq-table';
import { ContractHeader } from '../../features/projects/components/contract-header';
import { ContractInfo } from '../../features/projects/components/contract-info';
import { ControlSection } from '../../features/projects/components/control-section';
import { FinanceSection } from '../../features/projects/components/finance-section';
import { ProjectSection } from '../../features/projects/components/project-section';
import { ReportsList } from '../../features/projects/components/reports-list';
import { SCurveChart } from '../../features/projects/components/s-curve-chart';
import { StatusPanel } from '../../features/projects/components/status-panel';
import { WeeklyTable } from '../../features/projects/components/weekly-table';
import { canKeepProjects } from '../../features/projects/lib/permissions';
import { ApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import type { PageProps } from '../router';
import '../../features/projects/components/projects.css';

const SECTIONS = [
  ['status', 'projects.section.status'],
  ['kurva-s', 'projects.section.chart'],
  ['mingguan', 'projects.section.weeks'],
  ['laporan', 'projects.section.reports'],
  ['pengendalian', 'projects.section.control'],
  ['rab', 'projects.section.boq'],
  ['adendum', 'projects.section.addenda'],
  ['keuangan', 'projects.section.finance'],
  ['kontrak', 'projects.section.contract'],
] as const;

/**
 * `/proyek/:id`: the contract's status: kritis or not and why, the S-curve, every week, the
 * weekly reports, SCM and warning letters, the RAB, addenda and money.
 */
export function ProjectDetailPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const contract = useContract(id);
  const status = useProjectStatus(id);
  const boq = useBoq(id);
  const reports = useReports(id);
  const canKeep = canKeepProjects(user.role);
  const httpStatus = contract.error instanceof ApiError ? contract.error.status : null;
  const loaded = Boolean(contract.data && status.data);
  // `/proyek/…#pengendalian`: the sections exist only once the data is in, so scroll then.
  useEffect(() => {
    if (!loaded) return;
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    if (target?.classList.contains('detail-section')) target.scrollIntoView();
  }, [loaded]);
  const back = (
    <p className="back">
      <Link to="/proyek">{t('projects.backToList')}</Link>
    </p>
  );

  if (contract.isPending) return <Spinner />;
  if (!contract.data) {
    return (
      <>
        {back}
        <PageHeader title={t('projects.detailTitle')} />
        {httpStatus === 404 || httpStatus === 403 ? (
          <p>{t('projects.notFound')}</p>
        ) : (
          <ErrorAlert error={contract.error} />
        )}
      </>
    );
  }

  const c = contract.data;
  const s = status.data;
  const pending = (query: { isPending: boolean; error: unknown }) =>
    query.isPending ? <Spinner /> : <ErrorAlert error={query.error} />;

  return (
    <div className="project-page">
      {back}
      <ContractHeader contract={c} status={s} canKeep={canKeep} />
      {/* Not a <nav>: the main menu stays the page's only navigation landmark. */}
      <ul className="section-nav" aria-label={t('projects.sectionNav')}>
        {SECTIONS.map(([anchor, label]) => (
          <li key={anchor}>
            <a href={`#${anchor}`}>{t(label)}</a>
          </li>
        ))}
      </ul>

      <ProjectSection id="status" title={t('projects.section.status')}>
        {s ? <StatusPanel contract={c} status={s} canKeep={canKeep} /> : pending(status)}
      </ProjectSection>

      <ProjectSection id="kurva-s" title={t('projects.section.chart')}>
        {s ? <SCurveChart weeks={s.weeks} tableId="mingguan" /> : pending(status)}
      </ProjectSection>

      <ProjectSection id="mingguan" title={t('projects.section.weeks')} count={s?.weeks.length}>
        {s ? <WeeklyTable contractId={c.id} weeks={s.weeks} /> : pending(status)}
      </ProjectSection>

      <ProjectSection
        id="laporan"
        title={t('projects.section.reports')}
        count={reports.data?.length}
        actions={
          canKeep && (
            <Link to={`/proyek/${c.id}/laporan/baru`} className="btn btn-secondary">
              {t('projects.report.add')}
            </Link>
          )
        }
      >
        {reports.data ? (
          <ReportsList contractId={c.id} reports={reports.data} canKeep={canKeep} />
        ) : (
          pending(reports)
        )}
      </ProjectSection>

      <ProjectSection id="pengendalian" title={t('projects.section.control')}>
        <ControlSection contract={c} status={s} canKeep={canKeep} />
      </ProjectSection>

      <ProjectSection
        id="rab"
        title={t('projects.section.boq')}
        count={c.boqItemCount}
        actions={
          canKeep && (
            <Link to={`/proyek/${c.id}/rab`} className="btn btn-secondary">
              {c.boqItemCount > 0 ? t('projects.boq.reimport') : t('projects.boq.import')}
            </Link>
          )
        }
      >
        {boq.data ? <BoqTable items={boq.data} /> : pending(boq)}
      </ProjectSection>

      <ProjectSection id="adendum" title={t('projects.section.addenda')} count={c.addenda.length}>
        <AddendaSection contract={c} canKeep={canKeep} />
      </ProjectSection>

      <ProjectSection id="keuangan" title={t('projects.section.finance')}>
        <FinanceSection contract={c} status={s} canKeep={canKeep} />
      </ProjectSection>

      <ProjectSection id="kontrak" title={t('projects.section.contract')}>
        <ContractInfo contract={c} />
      </ProjectSection>
    </div>
  );
}
