import type { Role } from '../accounts/accounts.tables.js';

/**
 * Who may see the resources, search what is free and list bookings and notices: everyone of the
 * centre; an artisan only the bookings and notices of their own businesses (see facilities-access).
 */
export const FACILITY_READERS = [
  'admin',
  'officer',
  'manager',
  'consultant',
  'artisan',
] as const satisfies readonly Role[];
/** Who may book and cancel: the centre's manager (for any business) and artisans (for their own). */
export const FACILITY_BOOKERS = ['admin', 'manager', 'artisan'] as const satisfies readonly Role[];
/** Who runs the building: resources, approvals, check-in/out, maintenance blocks, trainings. */
export const FACILITY_MANAGERS = ['admin', 'manager'] as const satisfies readonly Role[];
/** Staff who may read the manager's records (blocks, trainings): the Dinas and the centre. */
export const FACILITY_STAFF = [
  'admin',
  'officer',
  'manager',
  'consultant',
] as const satisfies readonly Role[];
