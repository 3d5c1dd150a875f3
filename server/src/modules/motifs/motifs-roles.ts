import type { Role } from '../accounts/accounts.tables.js';

/** Who may read motifs: every role (an artisan only the motifs of their own business). */
export const MOTIF_READERS = [
  'admin',
  'officer',
  'manager',
  'consultant',
  'artisan',
] as const satisfies readonly Role[];
/** Who may create and edit motifs and upload images: the Dinas, and artisans for their own. */
export const MOTIF_EDITORS = ['admin', 'officer', 'artisan'] as const satisfies readonly Role[];
/** Who keeps IP records (filing numbers, statuses, certificates): the Dinas. */
export const IP_KEEPERS = ['admin', 'officer'] as const satisfies readonly Role[];
