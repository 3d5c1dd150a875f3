import type { Centre } from '../../../api/types';
import { Link } from '../../../components/link';
import { type Column, Table } from '../../../components/table';
import { formatDate } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { wilayahLabel } from './centre-profile';

export function CentreList({ centres, canEdit }: { centres: readonly Centre[]; canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const columns: Column<Centre>[] = [
    {
      key: 'name',
      header: t('centre.name'),
      cell: (centre) => <Link to={`/sentra/${centre.id}`}>{centre.name}</Link>,
    },
    { key: 'industry', header: t('centre.industry'), cell: (centre) => centre.industry },
    { key: 'wilayah', header: t('centre.wilayah'), cell: (centre) => wilayahLabel(centre) },
    {
      key: 'openedOn',
      header: t('centre.openedOn'),
      cell: (centre) => formatDate(centre.openedOn, lang) || '—',
      className: 'nowrap',
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: <span className="sr-only">{t('common.actions')}</span>,
      cell: (centre) => (
        <Link to={`/sentra/${centre.id}/ubah`}>
          {t('common.edit')}
          <span className="sr-only"> {centre.name}</span>
        </Link>
      ),
    });
  }
  return (
    <Table
      caption={t('centre.listCaption')}
      columns={columns}
      rows={centres}
      rowKey={(c) => c.id}
      empty={t('centre.none')}
    />
  );
}
