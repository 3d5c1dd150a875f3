import type { Role } from '../../../api/types';

/** Mirrors the server's motifs-roles.ts; the server still decides. */
export const MOTIF_EDITORS: readonly Role[] = ['admin', 'officer', 'artisan'];
/** Who keeps IP records (numbers, statuses, certificates): the Dinas. */
export const IP_KEEPERS: readonly Role[] = ['admin', 'officer'];

export const canEditMotifs = (role: Role) => MOTIF_EDITORS.includes(role);
export const canKeepIpRecords = (role: Role) => IP_KEEPERS.includes(role);
