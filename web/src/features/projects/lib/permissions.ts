import type { Role } from '../../../api/types';

/** Mirrors the server's projects-roles.ts; the server still decides. */
export const PROJECT_READERS: readonly Role[] = ['admin', 'officer', 'manager', 'consultant'];
/** Who keeps the contract and enters the supervisor's weekly reports: the Dinas. */
export const PROJECT_KEEPERS: readonly Role[] = ['admin', 'officer'];

export const canKeepProjects = (role: Role) => PROJECT_KEEPERS.includes(role);
