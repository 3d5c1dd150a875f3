import { date, integer, numeric, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** Kemendagri administrative regions: provinsi (35), kab/kota (35.76), kecamatan, kelurahan/desa. */
export const wilayah = pgTable('wilayah', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: smallint('level').notNull(),
  parentCode: text('parent_code'),
});

/** KBLI 2020 codes relevant to small industry, with the source of each row. */
export const kbli = pgTable('kbli', {
  code: text('code').primaryKey(),
  title: text('title').notNull(),
  level: text('level').notNull(),
  parentCode: text('parent_code'),
  version: text('version').notNull().default('2020'),
});

/**
 * Numbers that come from a regulation (kontrak kritis thresholds, penalty rates, protection
 * terms…). Kept as data with their legal source so that a report can cite the rule it applied
 * and a change of law is a new row, not a code change.
 */
export const regulationParameter = pgTable(
  'regulation_parameter',
  {
    key: text('key').notNull(),
    value: numeric('value').notNull(),
    unit: text('unit').notNull(),
    description: text('description').notNull(),
    legalSource: text('legal_source').notNull(),
    validFrom: date('valid_from').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.validFrom] })],
);

/** Which version of each shipped reference file is loaded, so start-up reloads only on change. */
export const referenceDataset = pgTable('reference_dataset', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  rows: integer('rows').notNull(),
  source: text('source').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
