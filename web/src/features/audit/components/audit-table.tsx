import type { AuditEntry } from '../../../api/types';
import { type Column, Table } from '../../../components/table';
import { formatDate, formatDateTime } from '../../../lib/format';
import { type Lang, useLang, useT } from '../../../lib/i18n';
import { ACTION_LABEL } from './audit-labels';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A before/after value as one short line: dates in words, objects as JSON, nothing as "—". */
function show(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    if (DATE.test(value)) return formatDate(value, lang);
    if (TIMESTAMP.test(value)) return formatDateTime(value, lang);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function Changes({ changes }: { changes: AuditEntry['changes'] }) {
  const lang = useLang();
  const entries = Object.entries(changes);
  if (entries.length === 0) return <>—</>;
  return (
    <ul className="changes">
      {entries.map(([field, change]) => (
        <li key={field}>
          <span className="change-field">{field}</span>: {show(change.before, lang)} →{' '}
          {show(change.after, lang)}
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useT();
  const lang = useLang();
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), cell: (e) => formatDateTime(e.at, lang), className: 'nowrap' },
    { key: 'actor', header: t('audit.actor'), cell: (e) => e.actorLabel },
    {
      key: 'entity',
      header: t('audit.entity'),
      cell: (e) => (
        <>
          {e.entity}
          <br />
          <code className="muted">{e.entityId}</code>
        </>
      ),
    },
    {
      key: 'action',
      header: t('audit.action'),
      cell: (e) => <span className={`badge badge-${e.action}`}>{t(ACTION_LABEL[e.action])}</span>,
    },
    {
      key: 'changes',
      header: t('audit.changes'),
      cell: (e) => <Changes changes={e.changes} />,
      className: 'wide',
    },
    {
      key: 'request',
      header: t('audit.requestId'),
      cell: (e) => (e.requestId ? <code className="muted">{e.requestId}</code> : '—'),
    },
  ];
  return (
    <Table
      caption={t('audit.listCaption')}
      columns={columns}
      rows={entries}
      rowKey={(e) => String(e.id)}
      empty={t('audit.none')}
    />
  );
}
