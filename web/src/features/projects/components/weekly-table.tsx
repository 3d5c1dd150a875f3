import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatDateRange } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { StatusWeek } from '../api/types';
import { REPORT_STATUS_LABEL } from '../lib/labels';
import { formatPct } from '../lib/numbers';
import { Deviation, KritisBadge, ReportStatusBadge } from './badges';
import { WeekDownloads } from './week-downloads';

/**
 * Every week of the contract: its period, planned (weekly and cumulative) and actual progress,
 * the deviation and the kritis evaluation of the reported weeks, the report and its files. It is
 * also the S-curve's figures as text.
 */
export function WeeklyTable({ contractId, weeks }: { contractId: string; weeks: readonly StatusWeek[] }) {
  const t = useT();
  const lang = useLang();
  const columns: Column<StatusWeek>[] = [
    { key: 'week', header: t('projects.col.week'), className: 'num', cell: (w) => w.week },
    {
      key: 'period',
      header: t('projects.col.weekPeriod'),
      className: 'nowrap',
      cell: (w) => formatDateRange(w.startDate, w.endDate, lang, true),
    },
    {
      key: 'planPct',
      header: t('projects.col.planWeek'),
      className: 'num nowrap',
      cell: (w) => formatPct(w.planPct, lang),
    },
    {
      key: 'planCum',
      header: t('projects.col.planCum'),
      className: 'num nowrap',
      cell: (w) => formatPct(w.planCumPct, lang),
    },
    {
      key: 'actualCum',
      header: t('projects.col.actualCum'),
      className: 'num nowrap',
      cell: (w) => formatPct(w.actualCumPct, lang),
    },
    {
      key: 'deviation',
      header: t('projects.col.deviation'),
      className: 'num nowrap',
      cell: (w) => <Deviation value={w.deviation} unit={false} />,
    },
    {
      key: 'kritis',
      header: t('projects.col.kritis'),
      className: 'nowrap',
      cell: (w) =>
        w.evaluation ? <KritisBadge kritis={w.evaluation.kritis} /> : <span className="muted">—</span>,
    },
    {
      key: 'report',
      header: t('projects.col.report'),
      className: 'nowrap',
      cell: (w) =>
        w.reportStatus ? (
          <span className="report-cell">
            <Link
              to={`/proyek/${contractId}/laporan/${w.week}`}
              aria-label={t('projects.report.openN', {
                week: w.week,
                status: t(REPORT_STATUS_LABEL[w.reportStatus]),
              })}
            >
              <ReportStatusBadge status={w.reportStatus} />
            </Link>
            <WeekDownloads contractId={contractId} week={w.week} />
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];
  return (
    <Table
      caption={t('projects.weeklyCaption')}
      columns={columns}
      rows={weeks}
      rowKey={(w) => String(w.week)}
      empty={t('projects.noWeeks')}
    />
  );
}
