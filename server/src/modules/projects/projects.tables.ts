import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
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
import { centres } from '../centres/centres.tables.js';
import { storedFiles } from '../registry/registry.tables.js';

/** Rupiah: exact decimals, read as strings so no float rounding creeps in. */
const rupiah = (name: string) => numeric(name, { precision: 20, scale: 2 });
/** Progress and weights in percent with 4 decimals (the S-curve shows 2; sums stay exact). */
const pct = (name: string) => numeric(name, { precision: 9, scale: 4 });

export const CONTRACT_STATUSES = ['berjalan', 'selesai', 'diputus'] as const;
export const ADDENDUM_KINDS = ['waktu', 'nilai', 'waktu_nilai', 'pemberian_kesempatan'] as const;
export const PENALTY_BASES = ['nilai_kontrak', 'bagian_belum_selesai'] as const;

/** A construction contract (paket pekerjaan) funded for a centre, e.g. DAK Fisik bidang IKM. */
export const contracts = pgTable(
  'project_contract',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    packageName: text('package_name').notNull(),
    funding: text('funding').notNull(),
    fiscalYear: smallint('fiscal_year').notNull(),
    allocationIdr: rupiah('allocation_idr').notNull(),
    contractValueIdr: rupiah('contract_value_idr').notNull(),
    /** PPN included in the contract value (e.g. 11): the BoQ weights count from the value before tax. */
    taxPct: pct('tax_pct').notNull().default('0'),
    contractor: text('contractor').notNull(),
    supervisor: text('supervisor'),
    ppkName: text('ppk_name'),
    contractNumber: text('contract_number').notNull(),
    contractDate: date('contract_date', { mode: 'string' }).notNull(),
    spmkDate: date('spmk_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    maintenanceDays: integer('maintenance_days').notNull().default(180),
    penaltyBase: text('penalty_base')
      .$type<(typeof PENALTY_BASES)[number]>()
      .notNull()
      .default('nilai_kontrak'),
    phoDate: date('pho_date', { mode: 'string' }),
    fhoDate: date('fho_date', { mode: 'string' }),
    status: text('status').$type<(typeof CONTRACT_STATUSES)[number]>().notNull().default('berjalan'),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'project_contract_dates',
      sql`${t.endDate} >= ${t.spmkDate} and ${t.spmkDate} >= ${t.contractDate}`,
    ),
    check('project_contract_value', sql`${t.contractValueIdr} > 0 and ${t.allocationIdr} > 0`),
    check('project_contract_status', sql`${t.status} in ('berjalan','selesai','diputus')`),
    index('project_contract_centre_idx').on(t.centreId),
  ],
);

/** An addendum: more days, a new value, or the pemberian kesempatan after the end date. */
export const contractAddenda = pgTable(
  'project_addendum',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    kind: text('kind').$type<(typeof ADDENDUM_KINDS)[number]>().notNull(),
    extraDays: integer('extra_days').notNull().default(0),
    newValueIdr: rupiah('new_value_idr'),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_addendum_contract_idx').on(t.contractId)],
);

/** One line of the bill of quantities (RAB), with its schedule share per week. */
export const boqItems = pgTable(
  'project_boq_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    division: text('division').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    volume: numeric('volume', { precision: 18, scale: 4 }).notNull(),
    unit: text('unit').notNull(),
    unitPriceIdr: rupiah('unit_price_idr').notNull(),
    totalIdr: rupiah('total_idr').notNull(),
    /** Week → share of this item planned in that week, in % of the item (sums to 100). */
    weekShares: jsonb('week_shares').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('project_boq_item_contract_idx').on(t.contractId, t.position)],
);

export const WEEKLY_REPORT_STATUSES = ['draft', 'approved'] as const;

/**
 * The supervisor's weekly report: either progress per item (cumulative % of each item) or only
 * the cumulative figure of the whole contract. Locked once approved.
 */
export const weeklyReports = pgTable(
  'project_weekly_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    week: smallint('week').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    actualCumPct: pct('actual_cum_pct').notNull(),
    byItem: boolean('by_item').notNull().default(false),
    notes: text('notes'),
    status: text('status').$type<(typeof WEEKLY_REPORT_STATUSES)[number]>().notNull().default('draft'),
    approvedBy: uuid('approved_by'),
    approvedByLabel: text('approved_by_label'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('project_weekly_report_week').on(t.contractId, t.week),
    check('project_weekly_report_pct', sql`${t.actualCumPct} between 0 and 100`),
    check('project_weekly_report_status', sql`${t.status} in ('draft','approved')`),
  ],
);

/** Cumulative progress of one BoQ item at the end of a reported week (% of the item). */
export const weeklyItemProgress = pgTable(
  'project_weekly_item_progress',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => weeklyReports.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => boqItems.id, { onDelete: 'cascade' }),
    itemProgressPct: pct('item_progress_pct').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.itemId] }),
    check('project_item_progress_pct', sql`${t.itemProgressPct} between 0 and 100`),
  ],
);

/** A site photo with what its EXIF says (time, GPS) kept as evidence beside the server time. */
export const progressPhotos = pgTable(
  'project_photo',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => weeklyReports.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').references(() => boqItems.id, { onDelete: 'set null' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    caption: text('caption'),
    takenAt: text('taken_at'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    thumb: text('thumb_base64'),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_photo_report_idx').on(t.reportId)],
);

export const SCM_OUTCOMES = ['berhasil', 'gagal'] as const;

/** Show-cause meeting I–III with the test case agreed in it (no fixed length exists: stored here). */
export const scmMeetings = pgTable(
  'project_scm',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    stage: smallint('stage').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    week: smallint('week'),
    targetPct: pct('target_pct').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    minutesNumber: text('minutes_number'),
    outcome: text('outcome').$type<(typeof SCM_OUTCOMES)[number]>(),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('project_scm_stage').on(t.contractId, t.stage),
    check('project_scm_stage_range', sql`${t.stage} between 1 and 3`),
    check('project_scm_deadline', sql`${t.deadline} >= ${t.heldOn}`),
  ],
);

/** Surat peringatan SP1–SP3. */
export const warningLetters = pgTable(
  'project_warning_letter',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    level: smallint('level').notNull(),
    number: text('number').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    notes: text('notes'),
  },
  (t) => [
    unique('project_warning_level').on(t.contractId, t.level),
    check('project_warning_level_range', sql`${t.level} between 1 and 3`),
  ],
);

/** A payment to the contractor (uang muka, termin) with its SP2D. */
export const payments = pgTable(
  'project_payment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    term: text('term').notNull(),
    sp2dNumber: text('sp2d_number').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amountIdr: rupiah('amount_idr').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('project_payment_sp2d').on(t.contractId, t.sp2dNumber),
    check('project_payment_amount', sql`${t.amountIdr} > 0`),
  ],
);

/** DAK funds transferred to the regional treasury (RKUD) per tranche, and the tahap III papers. */
export const dakTransfers = pgTable(
  'project_dak_transfer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    tranche: smallint('tranche').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    amountIdr: rupiah('amount_idr').notNull(),
  },
  (t) => [check('project_dak_tranche', sql`${t.tranche} between 1 and 3`)],
);

export const DOCUMENT_KINDS = [
  'kontrak',
  'spmk',
  'adendum',
  'ba_scm',
  'surat_peringatan',
  'reviu_apip',
  'pho',
  'lainnya',
] as const;

/** Papers of a contract (contract, SPMK, addenda, BA SCM, APIP review for DAK tahap III…). */
export const contractDocuments = pgTable(
  'project_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<(typeof DOCUMENT_KINDS)[number]>().notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    label: text('label').notNull(),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_document_contract_idx').on(t.contractId)],
);
