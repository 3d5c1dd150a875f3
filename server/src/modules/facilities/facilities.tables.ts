import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { centres } from '../centres/centres.tables.js';
import { businesses, people } from '../registry/registry.tables.js';
import { type Period, parsePgRange, toPgRange } from './period.js';

/**
 * A PostgreSQL `tstzrange`, always half-open `[start, end)` and written in UTC. Read back whatever
 * the session's TimeZone is: the text form carries its offset.
 */
const tstzrange = customType<{ data: Period; driverData: string }>({
  dataType: () => 'tstzrange',
  toDriver: (p) => toPgRange(p),
  fromDriver: (v) => parsePgRange(v),
});
/** Rupiah: exact decimals, read as strings so no float rounding creeps in. */
const rupiah = (name: string) => numeric(name, { precision: 20, scale: 2 });

export const RESOURCE_KINDS = ['space', 'equipment'] as const;
export const RESOURCE_STATUSES = ['available', 'maintenance', 'retired'] as const;
export const BOOKING_STATUSES = [
  'pending',
  'approved',
  'checked_in',
  'completed',
  'cancelled',
  'no_show',
  'rejected',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/**
 * The statuses that hold the resource. The exclusion constraint, the capacity count, the block
 * check and the availability search all use exactly these (see the migration's SQL).
 */
export const ACTIVE_BOOKING_STATUSES = ['pending', 'approved', 'checked_in'] as const;
/** Why a booking is approved: a trained member (automatic), booked by staff, or approved by hand. */
export const APPROVALS = ['trained', 'staff', 'manager'] as const;
export const OUTPUT_UNITS = ['lembar', 'meter'] as const;
/** 'manual' now; the services issue will add records from completed trainings ('service'). */
export const TRAINING_SOURCES = ['manual', 'service'] as const;
export const BLOCK_STATUSES = ['active', 'lifted'] as const;
/** How a booking caught by a maintenance block left it: moved, cancelled, or the block was lifted. */
export const BLOCK_RESOLUTIONS = ['moved', 'cancelled', 'released'] as const;
export const NOTICE_KINDS = [
  'maintenance_affects_booking',
  'booking_moved',
  'booking_cancelled',
  'booking_approved',
  'booking_rejected',
  'maintenance_lifted',
] as const;

/** One opening window on an ISO weekday (1 = Senin … 7 = Minggu), in WIB; '24:00' closes at midnight. */
export interface OpeningWindow {
  day: number;
  opens: string;
  closes: string;
}

/**
 * A space (room, yard) or a piece of equipment of a centre. Capacity 1 for a machine; seats or
 * shared units for a hall or a drying yard. Equipment may sit in a space (`parentSpaceId`).
 */
export const facilityResources = pgTable(
  'facility_resource',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    kind: text('kind').$type<(typeof RESOURCE_KINDS)[number]>().notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** What sort of thing it is ('bak-celup', 'kompor-malam'): a training may cover the whole sort. */
    category: text('category'),
    description: text('description'),
    parentSpaceId: uuid('parent_space_id'),
    capacity: integer('capacity').notNull().default(1),
    capacityUnit: text('capacity_unit').notNull().default('unit'),
    openingHours: jsonb('opening_hours').$type<OpeningWindow[]>().notNull().default(sql`'[]'::jsonb`),
    /** Process bookings over several days (a dye vat, a lorod boiler, a drying yard). */
    multiDay: boolean('multi_day').notNull().default(false),
    tariffPerHourIdr: rupiah('tariff_per_hour_idr'),
    tariffPerDayIdr: rupiah('tariff_per_day_idr'),
    /** The retribusi rule the tariff comes from (the regional Perda and its annex), as entered. */
    tariffBasis: text('tariff_basis'),
    status: text('status').$type<(typeof RESOURCE_STATUSES)[number]>().notNull().default('available'),
    requiresTraining: boolean('requires_training').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('facility_resource_code').on(t.centreId, t.code),
    check('facility_resource_kind', sql`${t.kind} in ('space','equipment')`),
    check('facility_resource_status', sql`${t.status} in ('available','maintenance','retired')`),
    check('facility_resource_capacity', sql`${t.capacity} >= 1`),
    check(
      'facility_resource_tariffs',
      sql`coalesce(${t.tariffPerHourIdr}, 0) >= 0 and coalesce(${t.tariffPerDayIdr}, 0) >= 0`,
    ),
    check('facility_resource_parent', sql`${t.parentSpaceId} is null or ${t.kind} = 'equipment'`),
    foreignKey({
      columns: [t.parentSpaceId],
      foreignColumns: [t.id],
      name: 'facility_resource_parent_fk',
    }).onDelete('set null'),
    index('facility_resource_centre_idx').on(t.centreId),
  ],
);

/**
 * A booking of one resource by a business (and the person who will use it) for `[start, end)`.
 *
 * Hand-written in the migration (drizzle-kit cannot express them):
 * - `facility_booking_no_overlap`: EXCLUDE USING gist (resource_id WITH =, period WITH &&)
 *   WHERE (exclusive AND status IN ('pending','approved','checked_in')): two active bookings of
 *   a capacity-1 resource can never overlap, whoever writes them;
 * - `facility_booking_exclusive` trigger: `exclusive` is always `capacity = 1` of the resource
 *   (set on insert and on a change of resource; a change of capacity rewrites it);
 * - `facility_booking_active_idx`: gist (resource_id, period) of the active bookings, for the
 *   capacity count and the availability search.
 */
export const facilityBookings = pgTable(
  'facility_booking',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => facilityResources.id),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    period: tstzrange('period').notNull(),
    units: integer('units').notNull().default(1),
    /** Maintained by a trigger from the resource's capacity: never trust a client with it. */
    exclusive: boolean('exclusive').notNull().default(true),
    status: text('status').$type<BookingStatus>().notNull(),
    approval: text('approval').$type<(typeof APPROVALS)[number]>(),
    /** Why it was rejected, cancelled or marked no-show (as written by the person who did it). */
    statusReason: text('status_reason'),
    purpose: text('purpose'),
    bookedBy: uuid('booked_by'),
    bookedByLabel: text('booked_by_label').notNull(),
    decidedByLabel: text('decided_by_label'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
    outputQuantity: numeric('output_quantity', { precision: 12, scale: 2 }),
    outputUnit: text('output_unit').$type<(typeof OUTPUT_UNITS)[number]>(),
    outputNote: text('output_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'facility_booking_status',
      sql`${t.status} in ('pending','approved','checked_in','completed','cancelled','no_show','rejected')`,
    ),
    check(
      'facility_booking_period',
      sql`not isempty(${t.period}) and lower_inc(${t.period}) and not upper_inc(${t.period}) and not lower_inf(${t.period}) and not upper_inf(${t.period})`,
    ),
    check('facility_booking_units', sql`${t.units} >= 1`),
    check(
      'facility_booking_checked_in',
      sql`${t.status} not in ('checked_in','completed') or ${t.checkedInAt} is not null`,
    ),
    check(
      'facility_booking_checked_out',
      sql`${t.checkedOutAt} is null or (${t.checkedInAt} is not null and ${t.checkedOutAt} > ${t.checkedInAt})`,
    ),
    check(
      'facility_booking_output',
      sql`(${t.outputQuantity} is null) = (${t.outputUnit} is null) and coalesce(${t.outputQuantity}, 0) >= 0 and coalesce(${t.outputUnit}, 'lembar') in ('lembar','meter')`,
    ),
    index('facility_booking_centre_idx').on(t.centreId),
    index('facility_booking_business_idx').on(t.businessId),
    index('facility_booking_person_idx').on(t.personId),
  ],
);

/**
 * A maintenance block of a resource for `[start, end)`. Active blocks of one resource never
 * overlap (`facility_block_no_overlap`, EXCLUDE in the migration). The bookings it caught are in
 * facility_block_booking until the manager moves or cancels each.
 */
export const facilityBlocks = pgTable(
  'facility_block',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => facilityResources.id, { onDelete: 'cascade' }),
    period: tstzrange('period').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<(typeof BLOCK_STATUSES)[number]>().notNull().default('active'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    liftedByLabel: text('lifted_by_label'),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
  },
  (t) => [
    check('facility_block_status', sql`${t.status} in ('active','lifted')`),
    check(
      'facility_block_period',
      sql`not isempty(${t.period}) and not lower_inf(${t.period}) and not upper_inf(${t.period})`,
    ),
    index('facility_block_resource_idx').on(t.resourceId),
  ],
);

/** A booking caught by a maintenance block, and how the manager resolved it. */
export const facilityBlockBookings = pgTable(
  'facility_block_booking',
  {
    blockId: uuid('block_id')
      .notNull()
      .references(() => facilityBlocks.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => facilityBookings.id, { onDelete: 'cascade' }),
    /** The booking's period when the block caught it (the booking itself may move later). */
    originalPeriod: tstzrange('original_period').notNull(),
    resolution: text('resolution').$type<(typeof BLOCK_RESOLUTIONS)[number]>(),
    resolvedByLabel: text('resolved_by_label'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.blockId, t.bookingId] }),
    check('facility_block_booking_resolution', sql`${t.resolution} in ('moved','cancelled','released')`),
    index('facility_block_booking_booking_idx').on(t.bookingId),
  ],
);

/**
 * A person's training for one resource or for a whole category of resources ("bak-celup"), valid
 * from `trainedOn` until `validUntil` (open-ended when null).
 */
export const facilityTrainings = pgTable(
  'facility_training',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id').references(() => facilityResources.id, { onDelete: 'cascade' }),
    category: text('category'),
    trainedOn: date('trained_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    source: text('source').$type<(typeof TRAINING_SOURCES)[number]>().notNull().default('manual'),
    /** Where it came from outside this module (e.g. a service-desk training id), when it did. */
    sourceRef: text('source_ref'),
    notes: text('notes'),
    recordedByLabel: text('recorded_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('facility_training_target', sql`num_nonnulls(${t.resourceId}, ${t.category}) = 1`),
    check('facility_training_validity', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.trainedOn}`),
    check('facility_training_source', sql`${t.source} in ('manual','service')`),
    index('facility_training_person_idx').on(t.personId),
  ],
);

/** An in-app notice to a business about one of its bookings (maintenance, move, cancellation…). */
export const facilityNotices = pgTable(
  'facility_notice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id').references(() => facilityBookings.id, { onDelete: 'set null' }),
    blockId: uuid('block_id').references(() => facilityBlocks.id, { onDelete: 'set null' }),
    kind: text('kind').$type<(typeof NOTICE_KINDS)[number]>().notNull(),
    /** Written once in both languages, so each reader sees their own. */
    messageId: text('message_id').notNull(),
    messageEn: text('message_en').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    readByLabel: text('read_by_label'),
  },
  (t) => [index('facility_notice_business_idx').on(t.businessId, t.createdAt)],
);
