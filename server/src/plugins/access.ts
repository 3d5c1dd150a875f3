import type { Role } from '../modules/accounts/accounts.tables.js';

/**
 * Who may call a route. Every route declares one in `config.access`; the app refuses to start
 * if a route has none (see plugins/auth.ts), and a test walks the route table to prove it.
 * - 'public': anyone, no login (the portal, login, health);
 * - 'authenticated': any signed-in user or API token;
 * - a list of roles: only those roles.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const ANY_STAFF = ['admin', 'officer', 'manager', 'consultant'] as const satisfies readonly Role[];
export const ADMIN_ONLY = ['admin'] as const satisfies readonly Role[];
