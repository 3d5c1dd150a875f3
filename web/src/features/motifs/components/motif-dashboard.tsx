import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { Spinner } from '../../../components/spinner';
import { type Column, Table } from '../../../components/table';
import { formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { useMotifDashboard } from '../api/get-motif-dashboard';
import type { MotifDashboard as Dashboard, IpKind, IpStatus } from '../api/types';
import { IP_KIND_SHORT, IP_KINDS, IP_STATUS_LABEL, IP_STATUSES } from '../lib/labels';
import { motifListPath } from '../lib/list-query';

interface Figure {
  key: string;
  value: number;
  label: string;
  to: string;
  strong?: boolean;
}

function Figures({ figures }: { figures: readonly Figure[] }) {
  const lang = useLang();
  return (
    <ul className="stat-grid">
      {figures.map((f) => (
        <li key={f.key}>
          {/* The number and its words are one link: "12 motif dengan HKI tercatat". */}
          <Link to={f.to} className={f.strong ? 'stat stat-strong' : 'stat'}>
            <strong className="stat-value">{formatNumber(f.value, lang)}</strong>{' '}
            <span className="stat-label">{f.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface StatusRow {
  status: IpStatus;
  counts: Record<IpKind, number>;
}

function KindStatusTable({ rows }: { rows: Dashboard['byKindAndStatus'] }) {
  const t = useT();
  const lang = useLang();
  const table: StatusRow[] = IP_STATUSES.map((status) => ({
    status,
    counts: Object.fromEntries(
      IP_KINDS.map((kind) => [kind, rows.find((r) => r.kind === kind && r.status === status)?.count ?? 0]),
    ) as Record<IpKind, number>,
  })).filter((row) => IP_KINDS.some((kind) => row.counts[kind] > 0));
  const columns: Column<StatusRow>[] = [
    { key: 'status', header: t('motifs.dashboard.status'), cell: (row) => t(IP_STATUS_LABEL[row.status]) },
    ...IP_KINDS.map(
      (kind): Column<StatusRow> => ({
        key: kind,
        header: t(IP_KIND_SHORT[kind]),
        className: 'num',
        cell: (row) =>
          row.counts[kind] > 0 ? (
            <Link to={motifListPath({ ipKind: kind, ipStatus: row.status })}>
              {formatNumber(row.counts[kind], lang)}
            </Link>
          ) : (
            <span className="muted">0</span>
          ),
      }),
    ),
  ];
  return (
    <div className="kind-status">
      <Table
        caption={t('motifs.dashboard.tableCaption')}
        columns={columns}
        rows={table}
        rowKey={(row) => row.status}
        empty={t('motifs.dashboard.noRecords')}
      />
    </div>
  );
}

/** "Ringkasan motif & HKI": the counts above the list; each one opens the list filtered to it. */
export function MotifDashboard() {
  const t = useT();
  const lang = useLang();
  const dashboard = useMotifDashboard();
  const d = dashboard.data;
  return (
    <section className="card motif-dashboard" aria-labelledby="motif-dashboard-title">
      <h2 id="motif-dashboard-title">{t('motifs.dashboard.title')}</h2>
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending && <Spinner />}
      {d && (
        <>
          <Figures
            figures={[
              {
                key: 'total',
                value: d.motifs.total,
                label: t('motifs.dashboard.total'),
                to: motifListPath(),
              },
              {
                key: 'published',
                value: d.motifs.published,
                label: t('motifs.dashboard.published'),
                to: motifListPath({ status: 'published' }),
              },
              {
                key: 'draft',
                value: d.motifs.draft,
                label: t('motifs.dashboard.draft'),
                to: motifListPath({ status: 'draft' }),
              },
              {
                key: 'recorded',
                value: d.motifsWithRecordedIp,
                label: t('motifs.dashboard.withRecordedIp'),
                to: motifListPath({ ipStatus: 'recorded' }),
                strong: true,
              },
              {
                key: 'withoutIp',
                value: d.motifsWithoutIp,
                label: t('motifs.dashboard.withoutIp'),
                to: motifListPath({ withoutIp: 'true' }),
              },
              {
                key: 'requests',
                value: d.openRequests,
                label: t('motifs.dashboard.openRequests'),
                to: motifListPath({ ipStatus: 'requested' }),
                strong: d.openRequests > 0,
              },
              {
                key: 'expiring',
                value: d.expiringWithin12Months,
                label: t('motifs.dashboard.expiring'),
                to: motifListPath({ expiringWithinMonths: 12 }),
              },
            ]}
          />
          {d.demoMotifs > 0 && (
            <p className="field-hint">
              {t('motifs.dashboard.demo', { count: formatNumber(d.demoMotifs, lang) })}
            </p>
          )}
          <KindStatusTable rows={d.byKindAndStatus} />
        </>
      )}
    </section>
  );
}
