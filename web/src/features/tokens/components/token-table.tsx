import type { ApiToken } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { type Column, Table } from '../../../components/table';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useLang, useT } from '../../../lib/i18n';
import { ROLE_LABEL } from '../../../lib/roles';
import { useRevokeToken } from '../api/revoke-token';

function isExpired(token: ApiToken): boolean {
  return token.expiresAt !== null && new Date(token.expiresAt).getTime() <= Date.now();
}

export function TokenTable({ tokens }: { tokens: readonly ApiToken[] }) {
  const t = useT();
  const lang = useLang();
  const revoke = useRevokeToken();

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('token.name'), cell: (token) => token.name },
    { key: 'prefix', header: t('token.prefix'), cell: (token) => <code>{token.prefix}…</code> },
    { key: 'role', header: t('token.role'), cell: (token) => t(ROLE_LABEL[token.role]) },
    { key: 'centre', header: t('token.centre'), cell: (token) => token.centreName ?? '—' },
    { key: 'created', header: t('token.createdAt'), cell: (token) => formatDate(token.createdAt, lang) },
    {
      key: 'expires',
      header: t('token.expiresAt'),
      cell: (token) => formatDate(token.expiresAt, lang) || t('token.noExpiry'),
    },
    {
      key: 'lastUsed',
      header: t('token.lastUsedAt'),
      cell: (token) => formatDateTime(token.lastUsedAt, lang) || t('token.neverUsed'),
    },
    {
      key: 'status',
      header: t('token.status'),
      cell: (token) =>
        token.revokedAt ? (
          <span className="badge badge-off">
            {t('token.revokedOn', { date: formatDate(token.revokedAt, lang) })}
          </span>
        ) : isExpired(token) ? (
          <span className="badge badge-warn">{t('token.expired')}</span>
        ) : (
          <span className="badge badge-ok">{t('token.activeStatus')}</span>
        ),
    },
    {
      key: 'actions',
      header: <span className="sr-only">{t('common.actions')}</span>,
      cell: (token) =>
        token.revokedAt ? null : (
          <ConfirmButton
            label={t('token.revoke')}
            question={t('token.revokeConfirm', { name: token.name })}
            confirmLabel={t('token.revokeYes')}
            busy={revoke.isPending && revoke.variables === token.id}
            onConfirm={() => revoke.mutate(token.id)}
          />
        ),
    },
  ];

  return (
    <>
      <div aria-live="polite">
        <ErrorAlert error={revoke.error} />
      </div>
      <Table
        caption={t('token.listCaption')}
        columns={columns}
        rows={tokens}
        rowKey={(x) => x.id}
        empty={t('token.none')}
      />
    </>
  );
}
