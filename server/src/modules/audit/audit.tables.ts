import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * Append-only trail of every change. A trigger (migration 0001) refuses UPDATE, DELETE and
 * TRUNCATE, so not even a bug in the server can rewrite history. No foreign keys: an entry must
 * outlive the row it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    centreId: uuid('centre_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').$type<'create' | 'update' | 'delete'>().notNull(),
    changes: jsonb('changes').$type<AuditChanges>().notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_centre_idx').on(t.centreId, t.at),
  ],
);
