import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { wilayah } from '../reference/reference.tables.js';

/** A Sentra IKM (or PLUT): every other record of the product belongs to one. */
export const centres = pgTable('centre', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  industry: text('industry').notNull(),
  address: text('address').notNull(),
  wilayahCode: text('wilayah_code')
    .notNull()
    .references(() => wilayah.code),
  openedOn: date('opened_on'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  description: text('description'),
  photoUrl: text('photo_url'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
