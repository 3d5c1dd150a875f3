import { z } from 'zod';
import {
  DYE_KINDS,
  HOLDER_KINDS,
  IMAGE_SIZES,
  IP_KINDS,
  IP_STATUSES,
  MOTIF_STATUSES,
  MOTIF_TECHNIQUES,
  WORK_KINDS,
} from './motifs.tables.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();
const words = (maxItems: number) => z.array(z.string().trim().min(1).max(60)).max(maxItems);
const bilingual = z.object({ id: z.string(), en: z.string() });

export const ZMotifStatusSchema = z.enum(MOTIF_STATUSES);
export const ZMotifTechniqueSchema = z.enum(MOTIF_TECHNIQUES);
export const ZIpKindSchema = z.enum(IP_KINDS);
export const ZIpStatusSchema = z.enum(IP_STATUSES);

const creatorShape = {
  personId: z.uuid().nullish().describe('Orang di registri, bila pencipta terdaftar'),
  name: text(200),
  address: optText(500),
  nationality: z.string().trim().min(1).max(60).default('Indonesia'),
  deceased: z.boolean().default(false),
  diedOn: z.iso.date().nullish().describe('Tanggal wafat: menentukan masa pelindungan hak cipta'),
};
export const ZMotifCreatorInputSchema = z
  .object(creatorShape)
  .refine((c) => !c.diedOn || c.deceased, { message: 'died_needs_deceased', path: ['deceased'] });

const motifShape = {
  name: text(200),
  altNames: words(10).default([]).describe('Nama lokal / nama lain'),
  description: optText(4000),
  philosophy: optText(4000).describe('Makna dan filosofi motif'),
  technique: ZMotifTechniqueSchema.nullish(),
  colours: words(12).default([]),
  dyeKind: z.enum(DYE_KINDS).nullish().describe('Pewarna alami, sintetis atau campuran'),
  yearCreated: z.number().int().min(1200).max(2100).nullish(),
  origin: optText(200).describe('Asal motif, mis. Kota Mojokerto'),
  tags: words(20).default([]).describe('Label: geometris, flora, fauna, warisan Majapahit…'),
  status: ZMotifStatusSchema.default('draft'),
  businessId: z.uuid().nullish().describe('Usaha IKM pemilik motif; perajin: usahanya sendiri'),
  creators: z.array(ZMotifCreatorInputSchema).max(20).default([]),
};
export const ZMotifRequestSchema = z.strictObject(motifShape).meta({ id: 'MotifRequest' });
export type TMotifRequest = z.infer<typeof ZMotifRequestSchema>;

// Defaults only on create: a PATCH leaves absent fields untouched.
export const ZUpdateMotifRequestSchema = z
  .strictObject({
    name: motifShape.name,
    altNames: words(10),
    description: motifShape.description,
    philosophy: motifShape.philosophy,
    technique: motifShape.technique,
    colours: words(12),
    dyeKind: motifShape.dyeKind,
    yearCreated: motifShape.yearCreated,
    origin: motifShape.origin,
    tags: words(20),
    status: ZMotifStatusSchema,
    businessId: motifShape.businessId,
    creators: z.array(ZMotifCreatorInputSchema).max(20),
  })
  .partial()
  .meta({ id: 'UpdateMotifRequest' });
export type TUpdateMotifRequest = z.infer<typeof ZUpdateMotifRequestSchema>;

export const ZMotifCreatorSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid().nullable(),
    name: z.string(),
    address: z.string().nullable(),
    nationality: z.string(),
    deceased: z.boolean(),
    diedOn: z.string().nullable(),
  })
  .meta({ id: 'MotifCreator' });

export const ZMotifImageSchema = z
  .object({
    id: z.uuid(),
    sha256: z.string(),
    mimeType: z.string(),
    width: z.number(),
    height: z.number(),
    sizeBytes: z.number(),
    fileName: z.string(),
    caption: z.string().nullable(),
    isPrimary: z.boolean(),
    uploadedByLabel: z.string(),
    uploadedAt: z.string().describe('Waktu server saat berkas diterima (bukti)'),
    urls: z.object({ thumb: z.string(), web: z.string(), large: z.string(), original: z.string() }),
  })
  .meta({ id: 'MotifImage' });
export type TMotifImage = z.infer<typeof ZMotifImageSchema>;

export const ZProtectionTermSchema = z
  .object({
    state: z.enum(['until', 'lifetime_plus', 'unlimited', 'missing']),
    endsOn: z.string().nullable(),
    startsFrom: z.string().nullable(),
    years: z.number().nullable(),
    missing: z.string().nullable(),
    rule: bilingual,
    legalSource: z.string(),
    expired: z.boolean(),
  })
  .meta({ id: 'ProtectionTerm' });

export const ZIpRecordEventSchema = z
  .object({
    fromStatus: ZIpStatusSchema.nullable(),
    toStatus: ZIpStatusSchema,
    note: z.string().nullable(),
    changedByLabel: z.string(),
    changedAt: z.string(),
  })
  .meta({ id: 'IpRecordEvent' });

export const ZIpDocumentSchema = z
  .object({
    fileId: z.uuid(),
    label: z.enum(['sertifikat', 'formulir', 'lainnya']),
    fileName: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'IpDocument' });

export const ZIpRecordSchema = z
  .object({
    id: z.uuid(),
    motifId: z.uuid(),
    kind: ZIpKindSchema,
    status: ZIpStatusSchema,
    applicationNumber: z.string().nullable(),
    applicationDate: z.string().nullable(),
    recordNumber: z.string().nullable(),
    recordDate: z.string().nullable(),
    workKind: z.enum(WORK_KINDS).nullable(),
    holderKind: z.enum(HOLDER_KINDS).nullable(),
    holderName: z.string().nullable(),
    holderAddress: z.string().nullable(),
    holderBusinessId: z.uuid().nullable(),
    firstPublishedOn: z.string().nullable(),
    firstPublishedPlace: z.string().nullable(),
    custodian: z.string().nullable(),
    custodianWilayahCode: z.string().nullable(),
    inventoryNumber: z.string().nullable(),
    requestNote: z.string().nullable(),
    notes: z.string().nullable(),
    term: ZProtectionTermSchema,
    events: z.array(ZIpRecordEventSchema),
    documents: z.array(ZIpDocumentSchema),
    updatedAt: z.string(),
  })
  .meta({ id: 'IpRecord' });
export type TIpRecord = z.infer<typeof ZIpRecordSchema>;

export const ZMotifSchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    businessId: z.uuid().nullable(),
    businessName: z.string().nullable(),
    name: z.string(),
    altNames: z.array(z.string()),
    description: z.string().nullable(),
    philosophy: z.string().nullable(),
    technique: ZMotifTechniqueSchema.nullable(),
    colours: z.array(z.string()),
    dyeKind: z.enum(DYE_KINDS).nullable(),
    yearCreated: z.number().nullable(),
    origin: z.string().nullable(),
    tags: z.array(z.string()),
    status: ZMotifStatusSchema,
    isDemo: z.boolean(),
    creators: z.array(ZMotifCreatorSchema),
    images: z.array(ZMotifImageSchema),
    ipRecords: z.array(ZIpRecordSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Motif' });
export type TMotif = z.infer<typeof ZMotifSchema>;

/** What the list shows per motif: its primary thumbnail and a one-line IP state. */
export const ZMotifSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    altNames: z.array(z.string()),
    businessName: z.string().nullable(),
    technique: ZMotifTechniqueSchema.nullable(),
    status: ZMotifStatusSchema,
    isDemo: z.boolean(),
    thumbUrl: z.string().nullable(),
    imageCount: z.number(),
    ip: z.array(
      z.object({
        kind: ZIpKindSchema,
        status: ZIpStatusSchema,
        number: z.string().nullable(),
        holderName: z.string().nullable(),
        endsOn: z.string().nullable(),
        termState: z.string(),
        /** For "seumur hidup + N tahun": the N in force. */
        termYears: z.number().nullable(),
        expired: z.boolean(),
      }),
    ),
    updatedAt: z.string(),
  })
  .meta({ id: 'MotifSummary' });

export const ZMotifListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Cari nama atau nama lain'),
  status: ZMotifStatusSchema.optional(),
  technique: ZMotifTechniqueSchema.optional(),
  ipKind: ZIpKindSchema.optional().describe('Punya catatan HKI jenis ini'),
  ipStatus: ZIpStatusSchema.optional().describe('Punya catatan HKI dengan status ini'),
  holder: z.string().trim().max(100).optional().describe('Nama pemegang hak (sebagian)'),
  withoutIp: z.stringbool().optional().describe('Hanya motif tanpa catatan HKI apa pun'),
  expiringWithinMonths: z.coerce
    .number()
    .int()
    .min(1)
    .max(600)
    .optional()
    .describe('Masa pelindungan berakhir dalam N bulan'),
  businessId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(24),
});
export type TMotifListQuery = z.infer<typeof ZMotifListQuerySchema>;

export const ZMotifListSchema = z
  .object({
    items: z.array(ZMotifSummarySchema),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'MotifList' });

const ipShape = {
  kind: ZIpKindSchema,
  status: z.enum(['draft', 'filed', 'recorded']).default('draft'),
  applicationNumber: z.string().trim().min(3).max(40).nullish(),
  applicationDate: z.iso.date().nullish(),
  recordNumber: z.string().trim().min(3).max(40).nullish(),
  recordDate: z.iso.date().nullish(),
  workKind: z.enum(WORK_KINDS).nullish(),
  holderKind: z.enum(HOLDER_KINDS).nullish(),
  holderName: optText(300),
  holderAddress: optText(500),
  holderBusinessId: z.uuid().nullish(),
  firstPublishedOn: z.iso.date().nullish(),
  firstPublishedPlace: optText(200),
  custodian: optText(300),
  custodianWilayahCode: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'wilayah_code_format')
    .nullish(),
  inventoryNumber: optText(60),
  notes: optText(4000),
};
export const ZIpRecordRequestSchema = z.strictObject(ipShape).meta({ id: 'IpRecordRequest' });
export type TIpRecordRequest = z.infer<typeof ZIpRecordRequestSchema>;
const { kind: _kind, status: _status, ...editableIpShape } = ipShape;
export const ZUpdateIpRecordRequestSchema = z
  .strictObject(editableIpShape)
  .partial()
  .meta({ id: 'UpdateIpRecordRequest' });
export type TUpdateIpRecordRequest = z.infer<typeof ZUpdateIpRecordRequestSchema>;

export const ZIpStatusChangeSchema = z
  .strictObject({
    status: ZIpStatusSchema,
    note: optText(1000),
  })
  .meta({ id: 'IpStatusChange' });

export const ZRecordingRequestSchema = z
  .strictObject({
    kind: z.enum(['hak_cipta', 'desain_industri']).default('hak_cipta'),
    note: optText(1000).describe('Pesan untuk petugas: apa yang perlu dibantu'),
  })
  .meta({ id: 'RecordingRequest' });

export const ZMotifIdParamsSchema = z.object({ id: z.uuid() });
export const ZMotifChildParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });
export const ZImageVariantParamsSchema = z.object({
  imageId: z.uuid(),
  size: z.enum([...IMAGE_SIZES, 'original']),
});

export const ZMotifDashboardSchema = z
  .object({
    motifs: z.object({ total: z.number(), published: z.number(), draft: z.number() }),
    motifsWithRecordedIp: z.number().describe('Motif dengan sedikitnya satu HKI tercatat/terdaftar'),
    motifsWithoutIp: z.number(),
    byKindAndStatus: z.array(z.object({ kind: ZIpKindSchema, status: ZIpStatusSchema, count: z.number() })),
    openRequests: z.number().describe('Permohonan bantuan pencatatan dari perajin yang belum ditangani'),
    expiringWithin12Months: z.number(),
    demoMotifs: z.number(),
  })
  .meta({ id: 'MotifDashboard' });
