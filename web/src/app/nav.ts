import type { Role } from '../api/types';
import type { MessageKey } from '../lib/i18n';
import { ROLES } from '../lib/roles';

export interface NavItem {
  path: string;
  labelKey: MessageKey;
  roles: readonly Role[];
}

const EVERYONE = ROLES;

/**
 * The main menu, in display order. A module adds one line here (and its routes in routes.tsx):
 *   { path: '/registri', labelKey: 'nav.registry', roles: ['admin', 'officer', 'manager', 'consultant'] },
 *   { path: '/motif', labelKey: 'nav.motifs', roles: EVERYONE },
 *   { path: '/fasilitas', labelKey: 'nav.facilities', roles: ['admin', 'manager', 'artisan'] },
 *   { path: '/layanan', labelKey: 'nav.services', roles: ['admin', 'consultant', 'artisan'] },
 *   { path: '/proyek', labelKey: 'nav.projects', roles: ['admin', 'officer', 'manager', 'consultant'] },
 * "Keluar" (logout) is an action, not a page, and is always last.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', roles: EVERYONE },
  { path: '/registri', labelKey: 'nav.registry', roles: ['admin', 'officer', 'manager', 'consultant'] },
  // An artisan's "/registri" opens their own business.
  { path: '/registri', labelKey: 'nav.ownBusiness', roles: ['artisan'] },
  // For an artisan the same page shows only their own business's motifs.
  { path: '/motif', labelKey: 'nav.motifs', roles: EVERYONE },
  { path: '/proyek', labelKey: 'nav.projects', roles: ['admin', 'officer', 'manager', 'consultant'] },
  { path: '/pengguna', labelKey: 'nav.users', roles: ['admin'] },
  { path: '/token', labelKey: 'nav.tokens', roles: ['admin'] },
  { path: '/audit', labelKey: 'nav.audit', roles: ['admin'] },
  { path: '/akun/kata-sandi', labelKey: 'nav.password', roles: EVERYONE },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

/** `/pengguna/42` keeps "Pengguna" marked as the current section. */
export function isCurrent(item: NavItem, path: string): boolean {
  if (item.path === '/') return path === '/';
  return path === item.path || path.startsWith(`${item.path}/`);
}
