import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { centres } from '../centres/centres.tables.js';
import { wilayah } from '../reference/reference.tables.js';
import { businesses, people, storedFiles } from '../registry/registry.tables.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const MOTIF_STATUSES = ['draft', 'published'] as const;
/** Batik techniques under SNI 8302–8304; printing is not batik, so a motif is never "printing". */
export const MOTIF_TECHNIQUES = ['tulis', 'cap', 'kombinasi'] as const;
export const DYE_KINDS = ['alami', 'sintetis', 'campuran'] as const;
export const IMAGE_SIZES = ['thumb', 'web', 'large'] as const;

/** Hak Cipta (UU 28/2014), Desain Industri (UU 31/2000), communal KIK (PP 56/2022). */
export const IP_KINDS = ['hak_cipta', 'desain_industri', 'kik'] as const;
/**
 * `requested`: an artisan asked the centre for help and no officer has taken it up yet;
 * `recorded` reads "tercatat" for Hak Cipta/KIK and "terdaftar" (granted) for Desain Industri.
 */
export const IP_STATUSES = ['requested', 'draft', 'filed', 'recorded', 'rejected', 'expired'] as const;
/** Jenis ciptaan in e-Hak Cipta ("Karya Seni" → karya seni batik, seni motif); seni terapan has its own term. */
export const WORK_KINDS = ['karya_seni_batik', 'seni_motif', 'seni_terapan'] as const;
/** Who holds the right decides the term: a person (life + 70) or a legal body (50 from publication). */
export const HOLDER_KINDS = ['perorangan', 'badan_hukum', 'pemerintah', 'negara'] as const;

export type IpKind = (typeof IP_KINDS)[number];
export type IpStatus = (typeof IP_STATUSES)[number];

/** A batik motif of a centre; `businessId` is the artisan business that owns it, if any. */
export const motifs = pgTable(
  'motif',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    businessId: uuid('business_id').references(() => businesses.id),
    name: text('name').notNull(),
    altNames: text('alt_names').array().$type<string[]>().notNull().default(sql`'{}'`),
    description: text('description'),
    philosophy: text('philosophy'),
    technique: text('technique').$type<(typeof MOTIF_TECHNIQUES)[number]>(),
    colours: text('colours').array().$type<string[]>().notNull().default(sql`'{}'`),
    dyeKind: text('dye_kind').$type<(typeof DYE_KINDS)[number]>(),
    yearCreated: smallint('year_created'),
    origin: text('origin'),
    tags: text('tags').array().$type<string[]>().notNull().default(sql`'{}'`),
    status: text('status').$type<(typeof MOTIF_STATUSES)[number]>().notNull().default('draft'),
    /** Demo data made by the project (generated patterns), shown with a "contoh" label. */
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('motif_status', sql`${t.status} in ('draft','published')`),
    check('motif_technique', sql`${t.technique} in ('tulis','cap','kombinasi')`),
    check('motif_dye_kind', sql`${t.dyeKind} in ('alami','sintetis','campuran')`),
    index('motif_centre_idx').on(t.centreId, t.name),
    index('motif_business_idx').on(t.businessId),
  ],
);

/** A creator (pencipta): a registry person or someone outside it. The death date drives the term. */
export const motifCreators = pgTable(
  'motif_creator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    motifId: uuid('motif_id')
      .notNull()
      .references(() => motifs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    address: text('address'),
    nationality: text('nationality').notNull().default('Indonesia'),
    deceased: boolean('deceased').notNull().default(false),
    diedOn: date('died_on', { mode: 'string' }),
    position: smallint('position').notNull().default(0),
  },
  (t) => [
    index('motif_creator_motif_idx').on(t.motifId),
    check('motif_creator_death', sql`${t.diedOn} is null or ${t.deceased}`),
  ],
);

/**
 * One uploaded image. The original stays byte-for-byte in stored_file (its SHA-256 is evidence);
 * the SHA-256 is unique so a second upload of the same file is told which motif holds it.
 */
export const motifImages = pgTable(
  'motif_image',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    motifId: uuid('motif_id')
      .notNull()
      .references(() => motifs.id, { onDelete: 'cascade' }),
    originalFileId: uuid('original_file_id')
      .notNull()
      .references(() => storedFiles.id),
    sha256: text('sha256').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    caption: text('caption'),
    isPrimary: boolean('is_primary').notNull().default(false),
    position: smallint('position').notNull().default(0),
    uploadedBy: uuid('uploaded_by'),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('motif_image_sha256_unique').on(t.sha256),
    uniqueIndex('motif_image_one_primary').on(t.motifId).where(sql`${t.isPrimary}`),
    index('motif_image_motif_idx').on(t.motifId),
  ],
);

/** WebP derivatives for the web (EXIF stripped, orientation applied). */
export const motifImageVariants = pgTable(
  'motif_image_variant',
  {
    imageId: uuid('image_id')
      .notNull()
      .references(() => motifImages.id, { onDelete: 'cascade' }),
    size: text('size').$type<(typeof IMAGE_SIZES)[number]>().notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.imageId, t.size] })],
);

/** A Hak Cipta, Desain Industri or KIK record of a motif; a motif may have none or several. */
export const ipRecords = pgTable(
  'ip_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    motifId: uuid('motif_id')
      .notNull()
      .references(() => motifs.id),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    kind: text('kind').$type<IpKind>().notNull(),
    status: text('status').$type<IpStatus>().notNull(),
    /** Nomor permohonan: EC00 + year + 6 digits for Hak Cipta. */
    applicationNumber: text('application_number'),
    /** Tanggal permohonan; for Desain Industri the Tanggal Penerimaan that starts the term. */
    applicationDate: date('application_date', { mode: 'string' }),
    /** Nomor pencatatan (9 digits) / nomor pendaftaran desain industri. */
    recordNumber: text('record_number'),
    recordDate: date('record_date', { mode: 'string' }),
    workKind: text('work_kind').$type<(typeof WORK_KINDS)[number]>(),
    holderKind: text('holder_kind').$type<(typeof HOLDER_KINDS)[number]>(),
    holderName: text('holder_name'),
    holderAddress: text('holder_address'),
    holderBusinessId: uuid('holder_business_id').references(() => businesses.id),
    firstPublishedOn: date('first_published_on', { mode: 'string' }),
    firstPublishedPlace: text('first_published_place'),
    /** KIK: the custodian community and region, and the inventory number in the national system. */
    custodian: text('custodian'),
    custodianWilayahCode: text('custodian_wilayah_code').references(() => wilayah.code),
    inventoryNumber: text('inventory_number'),
    /**
     * The computed term, kept so lists can filter "expiring within N months" in SQL; rewritten by
     * the service whenever the record or the motif's creators change (see ip/term-store.ts).
     */
    termState: text('term_state').$type<'until' | 'lifetime_plus' | 'unlimited' | 'missing'>(),
    termEndsOn: date('term_ends_on', { mode: 'string' }),
    requestNote: text('request_note'),
    requestedBy: uuid('requested_by'),
    handledBy: uuid('handled_by'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('ip_record_kind', sql`${t.kind} in ('hak_cipta','desain_industri','kik')`),
    check(
      'ip_record_status',
      sql`${t.status} in ('requested','draft','filed','recorded','rejected','expired')`,
    ),
    check(
      'ip_record_dates',
      sql`${t.recordDate} is null or ${t.applicationDate} is null or ${t.recordDate} >= ${t.applicationDate}`,
    ),
    uniqueIndex('ip_record_application_unique')
      .on(t.kind, t.applicationNumber)
      .where(sql`${t.applicationNumber} is not null`),
    uniqueIndex('ip_record_record_number_unique')
      .on(t.kind, t.recordNumber)
      .where(sql`${t.recordNumber} is not null`),
    index('ip_record_motif_idx').on(t.motifId),
    index('ip_record_centre_idx').on(t.centreId, t.status),
    index('ip_record_term_idx').on(t.termEndsOn),
  ],
);

/** Every status change of an IP record, who made it and why: the history the artisan follows. */
export const ipRecordEvents = pgTable(
  'ip_record_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ipRecordId: uuid('ip_record_id')
      .notNull()
      .references(() => ipRecords.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<IpStatus>(),
    toStatus: text('to_status').$type<IpStatus>().notNull(),
    note: text('note'),
    changedBy: uuid('changed_by'),
    changedByLabel: text('changed_by_label').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ip_record_event_record_idx').on(t.ipRecordId, t.changedAt)],
);

/** Certificates and filing documents of an IP record, kept as evidence with their SHA-256. */
export const ipRecordDocuments = pgTable(
  'ip_record_document',
  {
    ipRecordId: uuid('ip_record_id')
      .notNull()
      .references(() => ipRecords.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    label: text('label').$type<'sertifikat' | 'formulir' | 'lainnya'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ipRecordId, t.fileId] })],
);
