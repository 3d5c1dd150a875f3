import { Button } from '../../components/button';
import { ErrorAlert } from '../../components/error-alert';
import { Link } from '../../components/link';
import { PageHeader } from '../../components/page-header';
import { Spinner } from '../../components/spinner';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { useDownloadSiinasReport } from '../../features/registry-reports/api/download-siinas-report';
import { useDownloadSummary } from '../../features/registry-reports/api/download-summary';
import { useSiinasReport } from '../../features/registry-reports/api/get-siinas-report';
import { useSummary } from '../../features/registry-reports/api/get-summary';
import type { Period } from '../../features/registry-reports/api/types';
import { PeriodPicker } from '../../features/registry-reports/components/period-picker';
import { SiinasTable } from '../../features/registry-reports/components/siinas-table';
import { SummaryFigures } from '../../features/registry-reports/components/summary-figures';
import '../../features/registry-reports/components/reports.css';
import { formatDate, todayInJakarta } from '../../lib/format';
import { useLang, useT } from '../../lib/i18n';
import { navigate, useSearchParams } from '../../lib/navigation';

/** The semester last ended (the one being reported), in Jakarta time. */
function lastEndedSemester(today = todayInJakarta()): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month <= 6 ? { year: year - 1, semester: 2 } : { year, semester: 1 };
}

/** `?tahun=2026&semester=2`, so a report can be linked and Back works. */
function readPeriod(search: URLSearchParams): Period {
  const year = Number(search.get('tahun'));
  const semester = search.get('semester');
  if (Number.isInteger(year) && year >= 2000 && year <= 2100 && (semester === '1' || semester === '2'))
    return { year, semester: semester === '1' ? 1 : 2 };
  return lastEndedSemester();
}

/** `/registri/laporan`: the centre summary (every figure traceable) and the SIINas report. */
export function RegistryReportsPage() {
  const t = useT();
  const lang = useLang();
  const { user } = useCurrentSession();
  const period = readPeriod(useSearchParams());
  const canSiinas = user.role === 'admin' || user.role === 'officer';
  const summary = useSummary();
  const siinas = useSiinasReport(period, { enabled: canSiinas });
  const downloadSiinas = useDownloadSiinasReport();
  const downloadSummary = useDownloadSummary();

  return (
    <div className="print-page">
      <p className="back">
        <Link to="/registri">{t('registryReports.back')}</Link>
      </p>
      <PageHeader title={t('registryReports.title')}>
        <Button onClick={() => window.print()}>{t('registryReports.print')}</Button>
      </PageHeader>

      <section className="section" aria-labelledby="summary-title">
        <div className="section-head">
          <h2 id="summary-title">{t('registryReports.summaryTitle')}</h2>
          <div className="report-downloads no-print">
            <Button busy={downloadSummary.isPending} onClick={() => downloadSummary.mutate(undefined)}>
              {t('registryReports.downloadSummary')}
            </Button>
          </div>
        </div>
        <ErrorAlert error={downloadSummary.error} />
        <ErrorAlert error={summary.error} />
        {summary.isPending ? (
          <Spinner />
        ) : (
          summary.data && (
            <>
              <p className="lead">
                {t('registryReports.summaryLead', {
                  centre: summary.data.centre?.name ?? t('registryReports.allCentres'),
                  date: formatDate(summary.data.asOf, lang),
                })}
              </p>
              <p className="muted no-print">{t('registryReports.traceHint')}</p>
              <SummaryFigures summary={summary.data} />
            </>
          )
        )}
      </section>

      {canSiinas && (
        <section className="section siinas-section" aria-labelledby="siinas-title">
          <div className="section-head">
            <h2 id="siinas-title">
              {t('registryReports.siinasTitle', {
                period: t('registryReports.periodText', { semester: period.semester, year: period.year }),
              })}
            </h2>
            <div className="report-downloads no-print">
              <Button
                variant="primary"
                busy={downloadSiinas.isPending}
                onClick={() => downloadSiinas.mutate({ period })}
              >
                {t('registryReports.downloadSiinas')}
              </Button>
            </div>
          </div>
          <PeriodPicker
            value={period}
            onChange={(next) => navigate(`/registri/laporan?tahun=${next.year}&semester=${next.semester}`)}
          />
          <ErrorAlert error={downloadSiinas.error} />
          <ErrorAlert error={siinas.error} />
          {siinas.isPending ? (
            <Spinner />
          ) : (
            siinas.data && (
              <div aria-busy={siinas.isFetching}>
                <SiinasTable report={siinas.data} />
              </div>
            )
          )}
        </section>
      )}
    </div>
  );
}
