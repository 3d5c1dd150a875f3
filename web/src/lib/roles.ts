import type { Role, SessionUser, TokenRole } from '../api/types';
import type { MessageKey } from './i18n';

export const ROLES: readonly Role[] = ['admin', 'officer', 'manager', 'consultant', 'artisan'];

/** API tokens act for one centre, so they never carry the deployment-wide admin role. */
export const TOKEN_ROLES: readonly TokenRole[] = ['officer', 'manager', 'consultant', 'artisan'];

export const ROLE_LABEL: Record<Role, MessageKey> = {
  admin: 'role.admin',
  officer: 'role.officer',
  manager: 'role.manager',
  consultant: 'role.consultant',
  artisan: 'role.artisan',
};

/** Mirrors the server rule for `PATCH /api/centres/{id}`; the server still decides. */
export function canEditCentre(user: Pick<SessionUser, 'role' | 'centreId'>, centreId: string): boolean {
  if (user.role === 'admin') return true;
  return (user.role === 'officer' || user.role === 'manager') && user.centreId === centreId;
}
