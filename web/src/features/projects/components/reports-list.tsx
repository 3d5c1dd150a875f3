import { Link } from '../../../components/link';
import { formatDateRange, formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { WeeklyReport } from '../api/types';
import { formatPct } from '../lib/numbers';
import { ReportStatusBadge } from './badges';
import { WeekDownloads } from './week-downloads';

/** The weekly reports, latest first: progress, photos, approval, and the week's PDF and Excel. */
export function ReportsList({
  contractId,
  reports,
  canKeep,
}: {
  contractId: string;
  reports: readonly WeeklyReport[];
  canKeep: boolean;
}) {
  const t = useT();
  const lang = useLang();
  if (reports.length === 0) return <p className="empty">{t('projects.report.none')}</p>;
  return (
    <ul className="item-list">
      {[...reports]
        .sort((a, b) => b.week - a.week)
        .map((r) => (
          <li key={r.id} className="item">
            <div className="item-head">
              <p className="item-title">
                <Link to={`/proyek/${contractId}/laporan/${r.week}`}>
                  {t('projects.weekN', { week: r.week })}
                </Link>
              </p>
              <ReportStatusBadge status={r.status} />
            </div>
            <p className="item-meta">
              {formatDateRange(r.periodStart, r.periodEnd, lang)} ·{' '}
              {t('projects.report.actualLine', { actual: formatPct(r.actualCumPct, lang) })} ·{' '}
              {r.byItem ? t('projects.report.byItemShort') : t('projects.report.cumulativeShort')} ·{' '}
              {t('projects.report.photoCount', { count: r.photos.length })}
            </p>
            {r.status === 'approved' && r.approvedAt && (
              <p className="item-meta">
                {t('projects.report.approvedLine', {
                  who: r.approvedByLabel ?? '',
                  time: formatDateTime(r.approvedAt, lang),
                })}
              </p>
            )}
            <div className="item-actions">
              <Link to={`/proyek/${contractId}/laporan/${r.week}`} className="btn btn-secondary">
                {canKeep && r.status === 'draft'
                  ? t('projects.report.editN', { week: r.week })
                  : t('projects.report.viewN', { week: r.week })}
              </Link>
              <WeekDownloads contractId={contractId} week={r.week} />
            </div>
          </li>
        ))}
    </ul>
  );
}
