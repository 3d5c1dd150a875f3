import type { Role } from '../accounts/accounts.tables.js';

/** Who may follow the construction: the Dinas, the centre's manager and the PLUT consultants. */
export const PROJECT_READERS = [
  'admin',
  'officer',
  'manager',
  'consultant',
] as const satisfies readonly Role[];
/**
 * Who keeps the contract and enters the supervisor's weekly reports: the Dinas (the PPK's team;
 * the issue lets the officer role stand in for the supervising consultant).
 */
export const PROJECT_KEEPERS = ['admin', 'officer'] as const satisfies readonly Role[];
