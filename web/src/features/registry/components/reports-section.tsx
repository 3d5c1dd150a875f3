import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatDateTime, formatNumber, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BusinessDetail, Report } from '../api/types';
import { totalWorkers } from '../lib/figures';
import { currentPeriod, reportPath } from '../lib/semester';
import { ReportStatusBadge } from './badges';
import { ReportActions } from './report-actions';
import { ReportTrend } from './report-trend';

export interface ReportsSectionProps {
  business: BusinessDetail;
  /** May fill in and send reports (the Dinas, the business's artisan). */
  canEdit: boolean;
  /** May verify or return submitted reports (admin, officer). */
  canVerify: boolean;
}

/** A report sent and given back by the Dinas is a draft again, with the officer's note. */
export function isReturned(report: Report): boolean {
  return report.status === 'draft' && report.returnedAt !== null;
}

/** Laporan semester: history with status, trend, and the staff's verify / return. */
export function ReportsSection({ business, canEdit, canVerify }: ReportsSectionProps) {
  const t = useT();
  const lang = useLang();
  const [done, setDone] = useState<string | null>(null);
  const reports = [...business.reports].sort((a, b) => b.year - a.year || b.semester - a.semester);
  const now = currentPeriod();
  const waiting = reports.filter((r) => r.status === 'submitted');
  const hasCurrent = reports.some((r) => r.year === now.year && r.semester === now.semester);

  const columns: Column<Report>[] = [
    {
      key: 'period',
      header: t('registry.report.periodHeader'),
      className: 'nowrap',
      cell: (r) => {
        const text = t('registry.report.period', { semester: r.semester, year: r.year });
        return canEdit && r.status !== 'verified' ? (
          <Link to={reportPath(business.id, { year: r.year, semester: r.semester as 1 | 2 })}>{text}</Link>
        ) : (
          text
        );
      },
    },
    {
      key: 'status',
      header: t('registry.report.status'),
      cell: (r) => <ReportStatusBadge status={r.status} returned={isReturned(r)} />,
    },
    {
      key: 'workers',
      header: t('registry.workers'),
      className: 'num',
      cell: (r) => {
        const total = totalWorkers(r.figures);
        return total == null
          ? '—'
          : t('registry.workersShort', {
              total: formatNumber(total, lang),
              male: formatNumber(r.figures.workersMale ?? 0, lang),
              female: formatNumber(r.figures.workersFemale ?? 0, lang),
            });
      },
    },
    {
      key: 'value',
      header: t('registry.report.productionValue'),
      className: 'num nowrap',
      cell: (r) =>
        r.figures.productionValueIdr == null ? '—' : formatRupiah(r.figures.productionValueIdr, lang),
    },
    {
      key: 'dates',
      header: t('registry.report.dates'),
      cell: (r) => (
        <>
          {r.submittedAt && (
            <span className="cell-line">
              {t('registry.report.submittedAt', { time: formatDateTime(r.submittedAt, lang) })}
            </span>
          )}
          {r.verifiedAt && (
            <span className="cell-line">
              {t('registry.report.verifiedAt', { time: formatDateTime(r.verifiedAt, lang) })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'note',
      header: t('registry.report.note'),
      cell: (r) =>
        [r.note, r.reviewNote && `${t('registry.report.returnNote')}: ${r.reviewNote}`]
          .filter(Boolean)
          .join(' — '),
    },
  ];
  return (
    <>
      <div aria-live="polite">{done && <Alert tone="success">{done}</Alert>}</div>
      {canEdit && !hasCurrent && (
        <p>
          <Link to={reportPath(business.id, now)} className="btn btn-primary">
            {t('registry.fillReport', { semester: now.semester, year: now.year })}
          </Link>
        </p>
      )}
      {canVerify &&
        waiting.map((r) => {
          const period = t('registry.report.periodInline', { semester: r.semester, year: r.year });
          return (
            <div key={r.id} className="waiting">
              <p className="waiting-title">{t('registry.report.waiting', { period })}</p>
              <ReportActions
                businessId={business.id}
                report={r}
                onDone={(what) =>
                  setDone(
                    t(what === 'verified' ? 'registry.report.verifiedDone' : 'registry.report.returnedDone', {
                      period,
                    }),
                  )
                }
              />
            </div>
          );
        })}
      <ReportTrend reports={reports} />
      <Table
        caption={t('registry.report.historyCaption')}
        columns={columns}
        rows={reports}
        rowKey={(r) => r.id}
        empty={t('registry.report.none')}
      />
    </>
  );
}
