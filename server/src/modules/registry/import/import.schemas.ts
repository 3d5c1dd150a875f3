import { z } from 'zod';

export const MAX_PREVIEW_ROWS = 50;
/** The preview lists this many problems; the count says how many there are in all. */
export const MAX_LISTED_PROBLEMS = 1000;

export const ZImportProblemSchema = z
  .object({
    row: z.number().int().describe('Nomor baris seperti terlihat di Excel (judul kolom = baris 1)'),
    column: z.string().describe('Judul kolom seperti di templat'),
    value: z.string().describe('Isi sel seperti terbaca'),
    reason: z.string().describe('Masalahnya dan cara memperbaiki, dalam bahasa pengguna'),
  })
  .meta({ id: 'ImportProblem' });

export const ZImportActionSchema = z.enum(['create', 'update', 'invalid']);

export const ZImportPreviewRowSchema = z
  .object({
    row: z.number().int(),
    action: ZImportActionSchema.describe(
      'create: usaha baru; update: memperbarui usaha yang cocok; invalid: dilewati',
    ),
    name: z.string().nullable(),
    nib: z.string().nullable(),
    wilayahCode: z.string().nullable(),
    businessId: z.uuid().nullable().describe('Usaha yang akan diperbarui'),
    matchedBy: z.enum(['nib', 'name']).nullable().describe('Cocok lewat NIB, atau lewat nama + kelurahan'),
  })
  .meta({ id: 'ImportPreviewRow' });

export const ZImportSummarySchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int().describe('Baris bermasalah yang tidak diimpor'),
    mode: z.enum(['valid-only', 'all-or-nothing']),
  })
  .meta({ id: 'ImportSummary' });

export const ZImportPreviewSchema = z
  .object({
    importId: z.uuid(),
    fileName: z.string(),
    status: z.enum(['previewed', 'committed', 'discarded']),
    totalRows: z.number().int().describe('Baris data yang tidak kosong'),
    validRows: z.number().int(),
    invalidRows: z.number().int(),
    toCreate: z.number().int(),
    toUpdate: z.number().int(),
    problemCount: z
      .number()
      .int()
      .describe(`Jumlah semua masalah; daftar problems memuat paling banyak ${MAX_LISTED_PROBLEMS}`),
    problems: z.array(ZImportProblemSchema),
    preview: z
      .array(ZImportPreviewRowSchema)
      .describe(`${MAX_PREVIEW_ROWS} baris pertama dengan tindakannya`),
    summary: ZImportSummarySchema.nullable().describe('Hasil impor setelah dijalankan'),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportPreview' });
export type TImportPreview = z.infer<typeof ZImportPreviewSchema>;

export const ZImportQuerySchema = z.object({
  centreId: z.uuid().optional().describe('Hanya admin: sentra tujuan; lainnya memakai sentra sendiri'),
});

export const ZImportIdParamsSchema = z.object({ id: z.uuid() });

export const ZCommitImportRequestSchema = z.strictObject({
  mode: z
    .enum(['valid-only', 'all-or-nothing'])
    .describe(
      'valid-only: impor baris yang valid; all-or-nothing: tidak ada yang diimpor bila ada baris bermasalah',
    ),
});

export const ZCommitImportResponseSchema = ZImportSummarySchema.extend({ importId: z.uuid() }).meta({
  id: 'ImportCommitResult',
});
