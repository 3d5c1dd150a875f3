import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatDateRange, formatRupiah } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { ContractSummary } from '../api/types';
import { formatPct } from '../lib/numbers';
import { ContractStatusBadge, Deviation, KritisBadge } from './badges';

/** `/proyek`: one row per contract, its latest reported week against plan and the kritis flag. */
export function ContractTable({ contracts }: { contracts: readonly ContractSummary[] }) {
  const t = useT();
  const lang = useLang();
  const columns: Column<ContractSummary>[] = [
    {
      key: 'package',
      header: t('projects.col.package'),
      className: 'wide',
      cell: (c) => (
        <>
          <Link to={`/proyek/${c.id}`}>{c.packageName}</Link>
          <span className="cell-sub">{c.contractor}</span>
        </>
      ),
    },
    {
      key: 'funding',
      header: t('projects.col.funding'),
      cell: (c) => (
        <>
          {c.funding}
          <span className="cell-sub">{t('projects.fiscalYearShort', { year: c.fiscalYear })}</span>
        </>
      ),
    },
    {
      key: 'value',
      header: t('projects.col.value'),
      className: 'nowrap num',
      cell: (c) => formatRupiah(Number(c.contractValueIdr), lang),
    },
    {
      key: 'period',
      header: t('projects.col.period'),
      className: 'nowrap',
      cell: (c) => formatDateRange(c.spmkDate, c.endDate, lang, true),
    },
    {
      key: 'progress',
      header: t('projects.col.progress'),
      cell: (c) =>
        c.latestWeek == null ? (
          <span className="muted">{t('projects.noReportYet')}</span>
        ) : (
          <>
            <span className="cell-line">{t('projects.weekN', { week: c.latestWeek })}</span>
            <span className="cell-line nowrap">
              {t('projects.actualShort', { actual: formatPct(c.latestActualCumPct, lang) })}
            </span>
            <span className="cell-line nowrap">
              {t('projects.planShort', { plan: formatPct(c.latestPlanCumPct, lang) })}
            </span>
          </>
        ),
    },
    {
      key: 'deviation',
      header: t('projects.col.deviation'),
      className: 'nowrap num',
      cell: (c) => <Deviation value={c.latestDeviation} />,
    },
    {
      key: 'status',
      header: t('projects.col.status'),
      className: 'nowrap',
      cell: (c) => (
        <span className="status-list">
          {c.latestWeek != null && <KritisBadge kritis={c.kritis} />}
          <ContractStatusBadge status={c.status} />
        </span>
      ),
    },
  ];
  return (
    <Table
      caption={t('projects.listCaption')}
      columns={columns}
      rows={contracts}
      rowKey={(c) => c.id}
      empty={t('projects.none')}
    />
  );
}
