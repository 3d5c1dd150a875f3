import { lazy } from 'react';
import { useCurrentSession } from '../../features/auth/api/get-session';
import { OwnBusiness } from '../../features/registry/components/own-business';

/** The staff list loads on demand: an artisan on a cheap phone never downloads it. */
const RegistryListPage = lazy(() =>
  import('./registry-list-page').then((m) => ({ default: m.RegistryListPage })),
);

/** `/registri`: the list for staff; an artisan goes straight to their own business. */
export function RegistryIndexPage() {
  const { user } = useCurrentSession();
  return user.role === 'artisan' ? <OwnBusiness /> : <RegistryListPage />;
}
