import { z } from 'zod';
import { SIINAS_FIELDS } from '../registry.schemas.js';

export const DUPLICATE_REASON_KINDS = [
  'same_nib',
  'similar_name',
  'same_phone',
  'same_owner_nik',
  'manual',
] as const;
export type DuplicateReasonKind = (typeof DUPLICATE_REASON_KINDS)[number];

/** Business fields whose value the officer may take from the merged record. */
export const MERGEABLE_FIELDS = [
  'name',
  'legalForm',
  'nib',
  'address',
  'wilayahCode',
  'latitude',
  'longitude',
  'phone',
  'whatsapp',
  'email',
  'yearFounded',
  'techniques',
  'marketReach',
  'memberSince',
  'isTenant',
  ...SIINAS_FIELDS,
] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

export const ZDuplicateReasonSchema = z
  .object({
    kind: z.enum(DUPLICATE_REASON_KINDS),
    label: z
      .string()
      .describe('Alasan dalam bahasa pengguna, mis. "Nama mirip (62%) di kelurahan yang sama"'),
    similarity: z.number().nullable().describe('Untuk nama mirip: similarity pg_trgm 0–1'),
    value: z
      .string()
      .nullable()
      .describe('Nilai yang sama: NIB, nomor telepon (dinormalkan) atau nama pemilik; tidak pernah NIK'),
  })
  .meta({ id: 'DuplicateReason' });
export type TDuplicateReason = z.infer<typeof ZDuplicateReasonSchema>;

export const ZDuplicateSideSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nib: z.string().nullable(),
    address: z.string(),
    wilayahCode: z.string(),
    kelurahan: z.string().nullable(),
    kecamatan: z.string().nullable(),
    phone: z.string().nullable(),
    whatsapp: z.string().nullable(),
    workersTotal: z.number().int().nullable(),
    counts: z.object({
      people: z.number().int(),
      products: z.number().int(),
      certifications: z.number().int(),
      reports: z.number().int(),
    }),
    updatedAt: z.string(),
  })
  .meta({ id: 'DuplicateSide' });

export const ZDuplicatePairSchema = z
  .object({
    a: ZDuplicateSideSchema,
    b: ZDuplicateSideSchema,
    reasons: z.array(ZDuplicateReasonSchema),
    score: z.number().describe('0–1: gabungan bobot semua alasan; makin tinggi makin mungkin duplikat'),
  })
  .meta({ id: 'DuplicatePair' });

export const ZDuplicateListQuerySchema = z.object({
  centreId: z.uuid().optional().describe('Hanya admin: sentra yang diperiksa (lainnya: sentra sendiri)'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type TDuplicateListQuery = z.infer<typeof ZDuplicateListQuerySchema>;

export const ZDuplicateListResponseSchema = z.object({
  items: z.array(ZDuplicatePairSchema),
  total: z.number().int().describe('Jumlah pasangan kandidat (sebelum dibatasi limit)'),
});

const ZReasonInputSchema = z.strictObject({
  kind: z.enum(DUPLICATE_REASON_KINDS),
  label: z.string().trim().max(300).optional(),
  similarity: z.number().min(0).max(1).nullish(),
  value: z.string().trim().max(300).nullish(),
});

export const ZDismissDuplicateRequestSchema = z.strictObject({
  aId: z.uuid(),
  bId: z.uuid(),
  reasons: z.array(ZReasonInputSchema).max(10).default([]),
  note: z.string().trim().max(1000).nullish(),
});
export type TDismissDuplicateRequest = z.infer<typeof ZDismissDuplicateRequestSchema>;

export const ZDismissalSchema = z
  .object({
    aId: z.uuid(),
    bId: z.uuid(),
    note: z.string().nullable(),
    dismissedAt: z.string(),
  })
  .meta({ id: 'DuplicateDismissal' });

export const ZMergeRequestSchema = z.strictObject({
  keepId: z.uuid().describe('Data yang dipertahankan'),
  mergeId: z.uuid().describe('Data yang digabung ke data yang dipertahankan lalu tidak aktif lagi'),
  reasons: z.array(ZReasonInputSchema).max(10).describe('Mengapa keduanya dianggap satu usaha'),
  note: z.string().trim().max(1000).nullish(),
  fields: z
    .partialRecord(z.enum(MERGEABLE_FIELDS), z.enum(['keep', 'merge']))
    .optional()
    .describe(
      'Per isian: keep = nilai data yang dipertahankan, merge = nilai data yang digabung. ' +
        'Isian yang tidak disebut: nilai yang dipertahankan, kecuali kosong dan data yang digabung mengisinya.',
    ),
});
export type TMergeRequest = z.infer<typeof ZMergeRequestSchema>;

export const ZMergeMovedSchema = z
  .record(z.string(), z.number().int())
  .describe('Jumlah yang dipindahkan per jenis: people, products, certifications, reports, …');

export const ZMergeResultSchema = z
  .object({
    mergeId: z.uuid(),
    keptId: z.uuid(),
    mergedId: z.uuid(),
    moved: ZMergeMovedSchema,
    summary: z.string().describe('Apa yang terjadi, dalam bahasa pengguna'),
  })
  .meta({ id: 'MergeResult' });

const ZMergeSideSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nib: z.string().nullable(),
  mergedIntoId: z.uuid().nullable(),
});

export const ZMergeExplanationSchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    kept: ZMergeSideSchema,
    merged: ZMergeSideSchema,
    reasons: z.array(ZDuplicateReasonSchema),
    note: z.string().nullable(),
    moved: ZMergeMovedSchema,
    fieldsTaken: z
      .array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }))
      .describe('Isian data yang dipertahankan yang diambil dari data yang digabung'),
    reportConflicts: z
      .array(
        z.object({
          year: z.number().int(),
          semester: z.number().int(),
          keptStatus: z.string(),
          mergedStatus: z.string(),
          outcome: z.enum(['kept_own', 'took_merged']),
          explanation: z.string(),
        }),
      )
      .describe('Periode yang punya laporan di kedua data, dan laporan mana yang dipakai'),
    snapshot: z.record(z.string(), z.unknown()).describe('Data yang digabung seperti sebelum penggabungan'),
    mergedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    mergedAt: z.string(),
    summary: z.string(),
  })
  .meta({ id: 'MergeExplanation' });
export type TMergeExplanation = z.infer<typeof ZMergeExplanationSchema>;

export const ZMergeIdParamsSchema = z.object({ id: z.uuid() });

export const ZMergeListQuerySchema = z.object({
  businessId: z.uuid().describe('Penggabungan yang melibatkan usaha ini (sebagai data tetap atau digabung)'),
});

export const ZMergeListResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      keptId: z.uuid(),
      keptName: z.string(),
      mergedId: z.uuid(),
      mergedName: z.string(),
      mergedAt: z.string(),
    }),
  ),
});
