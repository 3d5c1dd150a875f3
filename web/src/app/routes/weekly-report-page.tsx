import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useApproveReport } from '../../features/projects/api/approve-report';
import { useBoq } from '../../features/projects/api/get-boq';
import { useContract } from '../../features/projects/api/get-contract';
import { useProjectStatus } from '../../features/projects/api/get-project-status';
import { useReports } from '../../features/projects/api/get-reports';
import type { WeeklyReport } from '../../features/projects/api/types';
import { ReportStatusBadge } from '../../features/projects/components/badges';
import { ProjectSection } from '../../features/projects/components/project-section';
import { ReportPhotos } from '../../features/projects/components/report-photos';
import { ReportView } from '../../features/projects/components/report-view';
import { WeekDownloads } from '../../features/projects/components/week-downloads';
import { WeeklyReportForm } from '../../features/projects/components/weekly-report-form';
import { canKeepProjects } from '../../features/projects/lib/permissions';
import { ApiError } from '../../lib/api-client';
import { navigateWithFlash } from '../../lib/flash';
import { formatDateRange } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { useSearchParams } from '../../lib/navigation';
import type { PageProps } from '../router';
import { NotFoundPage } from './not-found-page';
import '../../features/projects/components/projects.css';

function ApproveReport({ contractId, report }: { contractId: string; report: WeeklyReport }) {
  const t = useT();
  const approve = useApproveReport();
  return (
    <div className="approve">
      <p>{t('projects.report.approveHint')}</p>
      <div aria-live="polite">
        <ErrorAlert error={approve.error} />
      </div>
      <ConfirmButton
        variant="secondary"
        label={t('projects.report.approve')}
        question={t('projects.report.approveConfirm', { week: report.week })}
        confirmLabel={t('projects.report.approveYes')}
        busy={approve.isPending}
        onConfirm={() =>
          // Not mutate's own onSuccess: the refetch shows the report approved and unmounts this
          // panel before that callback would run.
          approve
            .mutateAsync({ contractId, reportId: report.id })
            .then((approved) =>
              navigateWithFlash(`/proyek/${contractId}/laporan/${approved.week}`, {
                key: 'projects.report.approvedDone',
                vars: { week: approved.week },
              }),
            )
            .catch(() => undefined)
        }
      />
    </div>
  );
}

/**
 * `/proyek/:id/laporan/baru` and `/proyek/:id/laporan/:week`: the supervisor's weekly report,
 * entered on a phone at the site. A draft takes photos and is approved; an approved report is
 * locked and shown read only.
 */
export function WeeklyReportPage({ params }: PageProps) {
  const t = useT();
  const lang = useLang();
  const { user } = useCurrentSession();
  const search = useSearchParams();
  const id = params.id ?? '';
  const isNew = params.week === undefined;
  const weekNo = Number(params.week);
  const contract = useContract(id);
  const status = useProjectStatus(id);
  const boq = useBoq(id);
  const reports = useReports(id);
  const canKeep = canKeepProjects(user.role);
  const detailPath = `/proyek/${id}`;
  const httpStatus = contract.error instanceof ApiError ? contract.error.status : null;

  if (!isNew && !(Number.isInteger(weekNo) && weekNo > 0)) return <NotFoundPage />;
  const report = isNew ? undefined : reports.data?.find((r) => r.week === weekNo);
  const week = status.data?.weeks.find((w) => w.week === (report?.week ?? weekNo));
  const title = isNew ? t('projects.report.newTitle') : t('projects.report.title', { week: weekNo });
  const wanted = Number(search.get('minggu'));
  const loading = contract.isPending || status.isPending || boq.isPending || reports.isPending;
  const failure = contract.error ?? status.error ?? boq.error ?? reports.error;

  return (
    <div className="report-page">
      <p className="back">
        <Link to={`${detailPath}`}>{t('projects.backToContract')}</Link>
      </p>
      <PageHeader title={title}>{report && <WeekDownloads contractId={id} week={report.week} />}</PageHeader>
      {contract.data && <p className="lead">{contract.data.packageName}</p>}
      {report && (
        <p className="status-list report-status">
          <ReportStatusBadge status={report.status} />
          {week && <span>{formatDateRange(week.startDate, week.endDate, lang)}</span>}
        </p>
      )}
      {httpStatus === 404 || httpStatus === 403 ? (
        <p>{t('projects.notFound')}</p>
      ) : loading ? (
        failure ? (
          <ErrorAlert error={failure} />
        ) : (
          <Spinner />
        )
      ) : !contract.data || !status.data || !boq.data || !reports.data ? (
        <ErrorAlert error={failure} />
      ) : isNew ? (
        canKeep ? (
          <WeeklyReportForm
            contractId={id}
            weeks={status.data.weeks}
            boq={boq.data}
            reports={reports.data}
            initialWeek={Number.isInteger(wanted) && wanted > 0 ? wanted : undefined}
            onSaved={(saved) =>
              navigateWithFlash(`${detailPath}/laporan/${saved.week}`, {
                key: 'projects.report.created',
                vars: { week: saved.week },
              })
            }
          />
        ) : (
          <p>{t('forbidden.body')}</p>
        )
      ) : !report ? (
        <>
          <p>{t('projects.report.missing', { week: weekNo })}</p>
          {canKeep && (
            <Link to={`${detailPath}/laporan/baru?minggu=${weekNo}`} className="btn btn-primary">
              {t('projects.report.add')}
            </Link>
          )}
        </>
      ) : (
        <>
          {report.status === 'draft' && canKeep ? (
            <WeeklyReportForm
              key={report.id}
              contractId={id}
              weeks={status.data.weeks}
              boq={boq.data}
              reports={reports.data}
              report={report}
              onSaved={(saved) =>
                navigateWithFlash(
                  `${detailPath}/laporan/${saved.week}`,
                  { key: 'common.saved' },
                  { replace: true },
                )
              }
            />
          ) : (
            <ReportView report={report} week={week} boq={boq.data} />
          )}
          <ProjectSection id="foto" title={t('projects.photos.title')} count={report.photos.length}>
            <ReportPhotos
              contractId={id}
              report={report}
              boq={boq.data}
              canAdd={canKeep && report.status === 'draft'}
            />
          </ProjectSection>
          {canKeep && report.status === 'draft' && (
            <ProjectSection id="persetujuan" title={t('projects.report.approveTitle')}>
              <ApproveReport contractId={id} report={report} />
            </ProjectSection>
          )}
        </>
      )}
    </div>
  );
}
