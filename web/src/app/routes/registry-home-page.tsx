import { useCurrentSession } from '../../features/auth/api/get-session';
import { OwnBusiness } from '../../features/registry/components/own-business';
import { HomePage } from './home-page';

/** `/`: an artisan's home is their own business; everyone else gets the usual home page. */
export function RegistryHomePage() {
  const { user } = useCurrentSession();
  return user.role === 'artisan' ? <OwnBusiness /> : <HomePage />;
}
