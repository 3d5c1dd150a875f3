import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centres } from '../../centres/centres.tables.js';
import { businesses } from '../registry.tables.js';

/**
 * A candidate pair an officer reviewed and declared "bukan duplikat": it is not offered again.
 * The pair is stored once, the smaller id first, with the signals it showed at the time.
 */
export const duplicateDismissals = pgTable(
  'business_duplicate_dismissal',
  {
    businessAId: uuid('business_a_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    businessBId: uuid('business_b_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    reasons: jsonb('reasons').$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    note: text('note'),
    dismissedBy: uuid('dismissed_by'),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.businessAId, t.businessBId] }),
    check('business_duplicate_dismissal_order', sql`${t.businessAId} < ${t.businessBId}`),
    index('business_duplicate_dismissal_centre_idx').on(t.centreId),
  ],
);
