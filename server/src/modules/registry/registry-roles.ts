import type { Role } from '../accounts/accounts.tables.js';

/** Who may read the registry: every role (an artisan only their own business, see registry-access). */
export const REGISTRY_READERS = [
  'admin',
  'officer',
  'manager',
  'consultant',
  'artisan',
] as const satisfies readonly Role[];
/** Who keeps the registry: the Dinas. */
export const REGISTRY_WRITERS = ['admin', 'officer'] as const satisfies readonly Role[];
/** Who may change a business's own record: the Dinas, and its artisans for their own business. */
export const REGISTRY_EDITORS = ['admin', 'officer', 'artisan'] as const satisfies readonly Role[];
