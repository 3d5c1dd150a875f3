import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.js';
import { centres } from '../centres/centres.tables.js';
import { kbli, wilayah } from '../reference/reference.tables.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
/** Rupiah and quantities: exact decimals, read as strings so no float rounding creeps in. */
const decimal = (name: string) => numeric(name, { precision: 20, scale: 2 });

export const LEGAL_FORMS = ['perorangan', 'ud', 'cv', 'pt', 'koperasi'] as const;
/** Printing ("batik printing", "tekstil motif batik") is recorded but is not batik under SNI 8302–8304. */
export const TECHNIQUES = ['tulis', 'cap', 'kombinasi', 'printing'] as const;
export const MARKET_REACH = ['lokal', 'nasional', 'ekspor'] as const;
export const PERSON_ROLES = ['pemilik', 'perajin', 'pekerja', 'pengelola'] as const;
export const CERT_KINDS = [
  'batikmark',
  'sni_8302',
  'sni_8303',
  'sni_8304',
  'halal',
  'pirt',
  'lainnya',
] as const;
export const CONSENT_GROUPS = ['profile', 'contact', 'products', 'figures'] as const;
export const REPORT_STATUSES = ['draft', 'submitted', 'verified'] as const;

/**
 * The SIINas figures for small industry (Permenperin 13/2025 Pasal 7): the business carries its
 * current set; each semester report carries its own (see SiinasFigures in registry.schemas.ts).
 */
const siinasColumns = {
  workersMale: integer('workers_male'),
  workersFemale: integer('workers_female'),
  investmentIdr: decimal('investment_idr'),
  investmentLandBuildingIdr: decimal('investment_land_building_idr'),
  capacityInstalled: decimal('capacity_installed'),
  capacityUsed: decimal('capacity_used'),
  capacityUnit: text('capacity_unit'),
  productionVolume: decimal('production_volume'),
  productionValueIdr: decimal('production_value_idr'),
  rawMaterialValueIdr: decimal('raw_material_value_idr'),
  rawMaterialNote: text('raw_material_note'),
  waterM3: decimal('water_m3'),
  fuelLitre: decimal('fuel_litre'),
  electricityKwh: decimal('electricity_kwh'),
  machinesCount: integer('machines_count'),
  machinesNote: text('machines_note'),
};

/** A unit usaha IKM. Belongs to one centre; an artisan sees it only through business_account. */
export const businesses = pgTable(
  'business',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    name: text('name').notNull(),
    legalForm: text('legal_form').$type<(typeof LEGAL_FORMS)[number]>().notNull(),
    nib: text('nib'),
    address: text('address').notNull(),
    wilayahCode: text('wilayah_code')
      .notNull()
      .references(() => wilayah.code),
    latitude: numeric('latitude', { precision: 9, scale: 6 }),
    longitude: numeric('longitude', { precision: 9, scale: 6 }),
    phone: text('phone'),
    whatsapp: text('whatsapp'),
    email: text('email'),
    yearFounded: smallint('year_founded'),
    techniques: text('techniques')
      .array()
      .$type<(typeof TECHNIQUES)[number][]>()
      .notNull()
      .default(sql`'{}'`),
    marketReach: text('market_reach')
      .array()
      .$type<(typeof MARKET_REACH)[number][]>()
      .notNull()
      .default(sql`'{}'`),
    memberSince: date('member_since'),
    isTenant: boolean('is_tenant').notNull().default(false),
    ...siinasColumns,
    /** Set when this record was merged into another as a duplicate; it then stays only as history. */
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('business_nib_unique').on(t.nib),
    check('business_nib_format', sql`${t.nib} ~ '^[0-9]{13}$'`),
    check(
      'business_workers_nonnegative',
      sql`coalesce(${t.workersMale}, 0) >= 0 and coalesce(${t.workersFemale}, 0) >= 0`,
    ),
    index('business_centre_idx').on(t.centreId),
    index('business_wilayah_idx').on(t.wilayahCode),
  ],
);

export const businessKbli = pgTable(
  'business_kbli',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    kbliCode: text('kbli_code')
      .notNull()
      .references(() => kbli.code),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.kbliCode] })],
);

/** Which artisan accounts act for a business (an artisan sees and edits only these). */
export const businessAccounts = pgTable(
  'business_account',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.businessId] })],
);

/**
 * Owners and artisans. The NIK (UU PDP 27/2022: personal data) is never stored: only a keyed
 * HMAC for matching the same person across imports; it never leaves the server.
 */
export const people = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    fullName: text('full_name').notNull(),
    gender: text('gender').$type<'L' | 'P'>(),
    birthYear: smallint('birth_year'),
    phone: text('phone'),
    nikHash: text('nik_hash'),
    skills: text('skills').array().$type<string[]>().notNull().default(sql`'{}'`),
    /** Professional certificates (BNSP/SKKNI…): [{ name, number, issuer, validUntil }]. */
    certificates: jsonb('certificates')
      .$type<{ name: string; number?: string; issuer?: string; validUntil?: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('person_gender', sql`${t.gender} in ('L','P')`),
    unique('person_nik_hash_unique').on(t.centreId, t.nikHash),
    index('person_centre_idx').on(t.centreId),
  ],
);

export const businessPeople = pgTable(
  'business_person',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').$type<(typeof PERSON_ROLES)[number]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.personId] })],
);

export const products = pgTable('product', {
  id: uuid('id').primaryKey().defaultRandom(),
  businessId: uuid('business_id')
    .notNull()
    .references(() => businesses.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  category: text('category').notNull(),
  priceMinIdr: decimal('price_min_idr'),
  priceMaxIdr: decimal('price_max_idr'),
  unit: text('unit').notNull().default('lembar'),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A file kept in the database (certificate scans, small documents): bytes with their SHA-256. */
export const storedFiles = pgTable('stored_file', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const certifications = pgTable(
  'certification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<(typeof CERT_KINDS)[number]>().notNull(),
    /** For Batikmark: tulis, cap or kombinasi (SNI 8302 / 8303 / 8304). */
    category: text('category').$type<'tulis' | 'cap' | 'kombinasi'>(),
    number: text('number'),
    issuer: text('issuer'),
    issuedOn: date('issued_on'),
    validUntil: date('valid_until'),
    documentId: uuid('document_id').references(() => storedFiles.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('certification_business_idx').on(t.businessId)],
);

/** Semester figures (the SIINas set), filled in by the artisan and verified by an officer. */
export const periodicReports = pgTable(
  'periodic_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    semester: smallint('semester').notNull(),
    status: text('status').$type<(typeof REPORT_STATUSES)[number]>().notNull().default('draft'),
    ...siinasColumns,
    /** The artisan's own note to the Dinas. */
    note: text('note'),
    /** The officer's note when returning the report for correction (kept apart from the artisan's). */
    reviewNote: text('review_note'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('periodic_report_period_unique').on(t.businessId, t.year, t.semester),
    check('periodic_report_semester', sql`${t.semester} in (1, 2)`),
    check(
      'periodic_report_workers_nonnegative',
      sql`coalesce(${t.workersMale}, 0) >= 0 and coalesce(${t.workersFemale}, 0) >= 0`,
    ),
  ],
);

/**
 * Consent to publish, per group of fields, as an append-only history: the latest row of a group
 * is in force. Default (no row) is "not consented". The portal shows only consented groups.
 */
export const consents = pgTable(
  'business_consent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    fieldGroup: text('field_group').$type<(typeof CONSENT_GROUPS)[number]>().notNull(),
    granted: boolean('granted').notNull(),
    givenBy: text('given_by').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('business_consent_idx').on(t.businessId, t.fieldGroup, t.recordedAt)],
);

/**
 * An uploaded spreadsheet between preview and commit: its rows already parsed and checked, so
 * the commit applies exactly what the user saw. Kept afterwards as the record of the import.
 */
export const registryImports = pgTable('registry_import', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  /** Parsed rows: [{ rowNumber, values, match: { businessId, by } | null }]. */
  rows: jsonb('rows').$type<unknown[]>().notNull(),
  /** Problems: [{ row, column, value, reason }] in the uploader's language. */
  problems: jsonb('problems').$type<unknown[]>().notNull(),
  status: text('status').$type<'previewed' | 'committed' | 'discarded'>().notNull().default('previewed'),
  /** After commit: { created, updated, skipped, mode }. */
  summary: jsonb('summary').$type<Record<string, unknown>>(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
});

/** Why two records were merged and what moved, so a merge can be explained afterwards. */
export const businessMerges = pgTable('business_merge', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  keptId: uuid('kept_id')
    .notNull()
    .references(() => businesses.id),
  mergedId: uuid('merged_id')
    .notNull()
    .references(() => businesses.id),
  /** The signals that made them candidates: same NIB, similar name (score), same phone… */
  reasons: jsonb('reasons').$type<unknown[]>().notNull(),
  /** The merged record as it was, and the counts of what moved to the kept one. */
  mergedSnapshot: jsonb('merged_snapshot').$type<Record<string, unknown>>().notNull(),
  moved: jsonb('moved').$type<Record<string, number>>().notNull(),
  mergedBy: uuid('merged_by'),
  mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
});
