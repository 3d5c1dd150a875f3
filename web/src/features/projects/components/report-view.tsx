import type { ReactNode } from 'react';
import { formatDateRange, formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BoqItem, StatusWeek, WeeklyReport } from '../api/types';
import { formatPct, formatWeight } from '../lib/numbers';
import { Deviation, KritisBadge } from './badges';

export interface ReportViewProps {
  report: WeeklyReport;
  week: StatusWeek | undefined;
  boq: readonly BoqItem[];
}

/** An approved (locked) weekly report, read only: its figures against plan, items and notes. */
export function ReportView({ report, week, boq }: ReportViewProps) {
  const t = useT();
  const lang = useLang();
  const progress = new Map(report.items.map((i) => [i.itemId, i.progressPct]));
  const rows: [string, ReactNode][] = [
    [t('projects.col.weekPeriod'), formatDateRange(report.periodStart, report.periodEnd, lang)],
    [t('projects.status.plan'), formatPct(week?.planCumPct, lang)],
    [t('projects.status.actual'), formatPct(report.actualCumPct, lang)],
    [t('projects.status.deviation'), <Deviation key="d" value={week?.deviation} />],
    [
      t('projects.col.kritis'),
      week?.evaluation ? <KritisBadge key="k" kritis={week.evaluation.kritis} /> : '—',
    ],
    [
      t('projects.report.mode'),
      report.byItem ? t('projects.report.modeItems') : t('projects.report.modeCumulative'),
    ],
    [t('projects.report.notes'), report.notes ?? '—'],
  ];
  if (report.approvedAt)
    rows.push([
      t('projects.report.approvedTitle'),
      t('projects.report.approvedLine', {
        who: report.approvedByLabel ?? '',
        time: formatDateTime(report.approvedAt, lang),
      }),
    ]);
  return (
    <>
      <dl className="dl">
        {rows.map(([label, value]) => (
          <div className="dl-row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.byItem && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" aria-label={t('projects.report.itemsCaption')} tabIndex={0}>
          <table>
            <caption className="sr-only">{t('projects.report.itemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.boq.name')}</th>
                <th scope="col" className="num">
                  {t('projects.boq.weight')}
                </th>
                <th scope="col" className="num">
                  {t('projects.report.itemProgress')}
                </th>
              </tr>
            </thead>
            <tbody>
              {boq.map((item) => (
                <tr key={item.id}>
                  <td className="wide">
                    {item.division}.{item.code} {item.name}
                  </td>
                  <td className="num">{formatWeight(item.weightPct, lang)}</td>
                  <td className="num nowrap">{formatPct(progress.get(item.id) ?? 0, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
