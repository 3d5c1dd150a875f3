import type { Role } from '../../../api/types';

/** Mirrors the server's registry-roles.ts; the server still decides. */
export const REGISTRY_STAFF: readonly Role[] = ['admin', 'officer', 'manager', 'consultant'];
/** Keep the registry: add businesses, import, merge, verify reports. */
export const REGISTRY_WRITERS: readonly Role[] = ['admin', 'officer'];
/** Change a business's own record (an artisan: only theirs). */
export const REGISTRY_EDITORS: readonly Role[] = ['admin', 'officer', 'artisan'];

export const canWriteRegistry = (role: Role) => REGISTRY_WRITERS.includes(role);
export const canEditBusiness = (role: Role) => REGISTRY_EDITORS.includes(role);
