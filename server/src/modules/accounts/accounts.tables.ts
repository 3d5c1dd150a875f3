import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centres } from '../centres/centres.tables.js';

export const ROLES = ['admin', 'officer', 'manager', 'consultant', 'artisan'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    role: text('role').$type<Role>().notNull(),
    /** null only for an admin who spans every centre of the deployment. */
    centreId: uuid('centre_id').references(() => centres.id),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    lang: text('lang').$type<'id' | 'en'>().notNull().default('id'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('app_user_role_check', sql`${t.role} in ('admin','officer','manager','consultant','artisan')`),
    check('app_user_centre_check', sql`${t.role} = 'admin' or ${t.centreId} is not null`),
  ],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'session',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/** Tokens for integrations: shown once, stored as SHA-256, scoped to one role and one centre. */
export const apiTokens = pgTable('api_token', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull().unique(),
  tokenHash: text('token_hash').notNull(),
  role: text('role').$type<Exclude<Role, 'admin'>>().notNull(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Every login attempt, for the per-address rate limit (the per-account lockout lives on app_user). */
export const loginAttempts = pgTable(
  'login_attempt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ip: text('ip').notNull(),
    username: text('username').notNull(),
    ok: boolean('ok').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempt_ip_at_idx').on(t.ip, t.at)],
);
