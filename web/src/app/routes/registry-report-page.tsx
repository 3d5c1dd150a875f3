import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Select } from '../../components/select';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useBusiness } from '../../features/registry/api/get-business';
import { ReportStatusBadge } from '../../features/registry/components/badges';
import { ReportActions } from '../../features/registry/components/report-actions';
import { ReportForm } from '../../features/registry/components/report-form';
import { isReturned } from '../../features/registry/components/reports-section';
import { canWriteRegistry } from '../../features/registry/lib/permissions';
import {
  comparePeriods,
  currentPeriod,
  nextPeriod,
  type Period,
  parsePeriod,
  previousPeriod,
} from '../../features/registry/lib/semester';
import { ApiError } from '../../lib/api-client';
import { navigateWithFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { navigate } from '../../lib/navigation';
import type { PageProps } from '../router';
import { NotFoundPage } from './not-found-page';

/** The semesters offered in the picker: the current one and the three years before it. */
function recentPeriods(now: Period, count = 6): Period[] {
  const out: Period[] = [now];
  while (out.length < count) out.push(previousPeriod(out[out.length - 1] as Period));
  return out;
}

/** `/registri/:id/laporan/:year/:semester`: the semester report, made for a phone. */
export function RegistryReportPage({ params }: PageProps) {
  const t = useT();
  const { user } = useCurrentSession();
  const id = params.id ?? '';
  const period = parsePeriod(params.year, params.semester);
  const business = useBusiness(id);
  const now = currentPeriod();
  const detailPath = `/registri/${id}`;

  if (!period || comparePeriods(period, nextPeriod(now)) >= 0) return <NotFoundPage />;
  const periodText = t('registry.report.periodInline', { semester: period.semester, year: period.year });
  const options = recentPeriods(now);
  if (!options.some((p) => comparePeriods(p, period) === 0)) options.push(period);

  const report = business.data?.reports.find((r) => r.year === period.year && r.semester === period.semester);
  const status = business.error instanceof ApiError ? business.error.status : null;

  return (
    <div className="report-page">
      <p className="back">
        <Link to={detailPath}>{t('registry.backToBusiness')}</Link>
      </p>
      <PageHeader title={t('registry.report.title', { semester: period.semester, year: period.year })} />
      {business.data && <p className="lead">{business.data.name}</p>}
      <div className="report-period">
        <Select
          label={t('registry.report.choosePeriod')}
          name="period"
          options={options.map((p) => ({
            value: `${p.year}/${p.semester}`,
            label: t('registry.report.periodLong', { semester: p.semester, year: p.year }),
          }))}
          value={`${period.year}/${period.semester}`}
          onChange={(event) => navigate(`${detailPath}/laporan/${event.target.value}`)}
        />
        {report && <ReportStatusBadge status={report.status} returned={isReturned(report)} />}
      </div>
      {business.isPending ? (
        <Spinner />
      ) : !business.data ? (
        status === 404 || status === 403 ? (
          <p>{t('registry.notFound')}</p>
        ) : (
          <ErrorAlert error={business.error} />
        )
      ) : (
        <>
          {report?.status === 'submitted' && canWriteRegistry(user.role) && (
            <ReportActions
              businessId={id}
              report={report}
              onDone={(what) =>
                navigateWithFlash(detailPath, {
                  key: what === 'verified' ? 'registry.report.verifiedDone' : 'registry.report.returnedDone',
                  vars: { period: periodText },
                })
              }
            />
          )}
          <ReportForm
            key={`${period.year}-${period.semester}`}
            business={business.data}
            period={period}
            isArtisan={user.role === 'artisan'}
            onSubmitted={() =>
              navigateWithFlash(detailPath, {
                key: 'registry.report.sent',
                vars: { period: periodText },
              })
            }
          />
        </>
      )}
    </div>
  );
}
