import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatDate, formatNumber, formatRupiah } from '../../../lib/format';
import { type MessageKey, useLang, useT } from '../../../lib/i18n';
import type { SiinasMissing, SiinasReport, SiinasRow } from '../api/types';

const MISSING_STATUS: Record<SiinasMissing['status'], MessageKey> = {
  none: 'registryReports.status.none',
  draft: 'registryReports.status.draft',
  submitted: 'registryReports.status.submitted',
};

/** The SIINas report: one row per business with a verified report, then those still missing. */
export function SiinasTable({ report }: { report: SiinasReport }) {
  const t = useT();
  const lang = useLang();
  const show = (value: unknown, unit: string | null) => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value !== 'number') return String(value);
    return unit === 'Rp' ? formatRupiah(value, lang) : formatNumber(value, lang);
  };
  const columns: Column<SiinasRow>[] = [
    { key: 'nib', header: t('registryReports.nib'), cell: (r) => r.nib ?? '—', className: 'nowrap' },
    {
      key: 'name',
      header: t('registryReports.name'),
      cell: (r) => <Link to={`/registri/${r.businessId}`}>{r.name}</Link>,
      className: 'wide',
    },
    { key: 'kbli', header: t('registryReports.kbli'), cell: (r) => r.kbliCodes.join(', ') || '—' },
    { key: 'kelurahan', header: t('registryReports.kelurahan'), cell: (r) => r.kelurahan ?? r.wilayahCode },
    ...report.columns.map((c) => ({
      key: c.key,
      header: c.unit ? `${c.label} (${c.unit})` : c.label,
      cell: (r: SiinasRow) => show((r.figures as Record<string, unknown>)[c.key], c.unit),
      className: c.unit ? 'num' : undefined,
    })),
    {
      key: 'verifiedAt',
      header: t('registryReports.verifiedAt'),
      cell: (r) => formatDate(r.verifiedAt, lang),
      className: 'nowrap',
    },
  ];
  const missingColumns: Column<SiinasMissing>[] = [
    { key: 'nib', header: t('registryReports.nib'), cell: (m) => m.nib ?? '—', className: 'nowrap' },
    {
      key: 'name',
      header: t('registryReports.name'),
      cell: (m) => <Link to={`/registri/${m.businessId}`}>{m.name}</Link>,
    },
    { key: 'kelurahan', header: t('registryReports.kelurahan'), cell: (m) => m.kelurahan ?? '—' },
    {
      key: 'status',
      header: t('registryReports.reportStatus'),
      cell: (m) => (
        <span className={m.status === 'none' ? 'badge badge-off' : 'badge badge-warn'}>
          {t(MISSING_STATUS[m.status])}
        </span>
      ),
    },
  ];
  return (
    <>
      <p className="muted">{report.source}</p>
      <Table
        caption={t('registryReports.siinasCaption', { period: report.period.label })}
        columns={columns}
        rows={report.rows}
        rowKey={(r) => r.businessId}
        empty={t('registryReports.siinasNone')}
      />
      <h3>{t('registryReports.missingTitle', { n: report.missing.length })}</h3>
      <Table
        caption={t('registryReports.missingCaption')}
        columns={missingColumns}
        rows={report.missing}
        rowKey={(m) => m.businessId}
        empty={t('registryReports.missingNone')}
      />
    </>
  );
}
