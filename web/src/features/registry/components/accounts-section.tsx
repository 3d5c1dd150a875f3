import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/error-alert';
import { Spinner } from '../../../components/spinner';
import { type Column, Table } from '../../../components/table';
import { useT } from '../../../lib/i18n';
import { useAccounts } from '../api/get-accounts';
import { useLinkAccount } from '../api/link-account';
import type { ArtisanAccount, BusinessDetail } from '../api/types';
import { useUnlinkAccount } from '../api/unlink-account';

export interface AccountsSectionProps {
  business: BusinessDetail;
  /** May link and unlink (not on a record merged into another). */
  canEdit: boolean;
}

/**
 * Akun perajin (admin, officer): which artisan logins of the centre act for this business. A
 * linked artisan lands on it after signing in, edits it and sends its semester reports.
 */
export function AccountsSection({ business, canEdit }: AccountsSectionProps) {
  const t = useT();
  const accounts = useAccounts(business.id);
  const link = useLinkAccount();
  const unlink = useUnlinkAccount();
  const [done, setDone] = useState<string | null>(null);
  const pendingId = link.isPending
    ? link.variables?.userId
    : unlink.isPending
      ? unlink.variables?.userId
      : undefined;

  function toggle(account: ArtisanAccount) {
    setDone(null);
    link.reset();
    unlink.reset();
    const input = { businessId: business.id, userId: account.userId };
    const vars = { username: account.username, business: business.name };
    if (account.linked)
      unlink.mutate(input, { onSuccess: () => setDone(t('registry.account.unlinkedNow', vars)) });
    else link.mutate(input, { onSuccess: () => setDone(t('registry.account.linkedNow', vars)) });
  }

  const columns: Column<ArtisanAccount>[] = [
    { key: 'username', header: t('registry.account.username'), cell: (a) => a.username },
    { key: 'fullName', header: t('registry.account.fullName'), className: 'wide', cell: (a) => a.fullName },
    {
      key: 'status',
      header: t('registry.account.status'),
      cell: (a) =>
        a.linked ? (
          <span className="badge badge-ok">{t('registry.account.linked')}</span>
        ) : (
          <span className="badge">{t('registry.account.notLinked')}</span>
        ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'action',
      header: t('common.actions'),
      cell: (a) => (
        <Button
          variant={a.linked ? 'secondary' : 'primary'}
          busy={pendingId === a.userId}
          disabled={pendingId !== undefined}
          onClick={() => toggle(a)}
        >
          {t(a.linked ? 'registry.account.unlink' : 'registry.account.link')}
          <span className="sr-only"> {a.username}</span>
        </Button>
      ),
    });
  }

  return (
    <>
      <p className="field-hint">{t('registry.account.intro')}</p>
      <div aria-live="polite">
        {done && <Alert tone="success">{done}</Alert>}
        <ErrorAlert error={link.error ?? unlink.error} />
      </div>
      <ErrorAlert error={accounts.error} />
      {accounts.isPending ? (
        <Spinner />
      ) : (
        accounts.data && (
          <Table
            caption={t('registry.account.caption')}
            columns={columns}
            rows={accounts.data}
            rowKey={(a) => a.userId}
            empty={t('registry.account.none')}
          />
        )
      )}
    </>
  );
}
