import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatNumber } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import type { BusinessSummary } from '../api/types';
import { CertBadges, SizeClassBadge, TechniqueBadges } from './badges';

export function BusinessTable({ businesses }: { businesses: readonly BusinessSummary[] }) {
  const t = useT();
  const lang = useLang();
  const columns: Column<BusinessSummary>[] = [
    {
      key: 'name',
      header: t('registry.name'),
      className: 'wide',
      cell: (b) => (
        <>
          <Link to={`/registri/${b.id}`}>{b.name}</Link>
          {(b.isMember || b.isTenant) && (
            <span className="status-list row-flags">
              {b.isMember && <span className="badge">{t('registry.memberBadge')}</span>}
              {b.isTenant && <span className="badge">{t('registry.tenantBadge')}</span>}
            </span>
          )}
        </>
      ),
    },
    { key: 'nib', header: t('registry.nib'), className: 'nowrap', cell: (b) => b.nib ?? '—' },
    {
      key: 'kelurahan',
      header: t('registry.kelurahan'),
      cell: (b) =>
        b.kelurahan ? (
          <>
            {b.kelurahan}
            {b.kecamatan && <span className="cell-sub">{b.kecamatan}</span>}
          </>
        ) : (
          b.wilayahCode
        ),
    },
    {
      key: 'techniques',
      header: t('registry.techniques'),
      cell: (b) => <TechniqueBadges techniques={b.techniques} />,
    },
    {
      key: 'workers',
      header: t('registry.workers'),
      className: 'num',
      cell: (b) => (b.workersTotal == null ? '—' : formatNumber(b.workersTotal, lang)),
    },
    { key: 'size', header: t('registry.sizeClass'), cell: (b) => <SizeClassBadge sizeClass={b.sizeClass} /> },
    {
      key: 'certs',
      header: t('registry.certifications'),
      cell: (b) => <CertBadges kinds={b.certificationKinds} />,
    },
  ];
  return (
    <Table
      caption={t('registry.listCaption')}
      columns={columns}
      rows={businesses}
      rowKey={(b) => b.id}
      empty={t('registry.none')}
    />
  );
}
