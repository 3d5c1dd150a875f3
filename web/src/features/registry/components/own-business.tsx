import { useEffect } from 'react';
import { Alert } from '../../../components/alert';
import { ErrorAlert } from '../../../components/error-alert';
import { Link } from '../../../components/link';
import { PageHeader } from '../../../components/page-header';
import { Spinner } from '../../../components/spinner';
import { useT } from '../../../lib/i18n';
import { navigate } from '../../../lib/navigation';
import { useBusinesses } from '../api/get-businesses';

/**
 * Where an artisan lands (`/` and `/registri`): their own business. The list API gives an
 * artisan only the businesses linked to their account.
 */
export function OwnBusiness() {
  const t = useT();
  const own = useBusinesses({ pageSize: 10, page: 1 });
  const onlyId = own.data?.items.length === 1 ? own.data.items[0]?.id : undefined;
  useEffect(() => {
    // Replace, so Back does not bounce into this redirect again.
    if (onlyId) navigate(`/registri/${onlyId}`, { replace: true });
  }, [onlyId]);
  if (own.isPending || onlyId) return <Spinner />;
  if (own.isError) {
    return (
      <>
        <PageHeader title={t('registry.ownTitle')} />
        <ErrorAlert error={own.error} />
      </>
    );
  }
  const items = own.data.items;
  return (
    <>
      <PageHeader title={t('registry.ownTitle')} />
      {items.length === 0 ? (
        <Alert tone="info">{t('registry.ownNone')}</Alert>
      ) : (
        <ul className="link-list">
          {items.map((b) => (
            <li key={b.id}>
              <Link to={`/registri/${b.id}`}>{b.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
