import { z } from 'zod';
import {
  CERT_KINDS,
  CONSENT_GROUPS,
  LEGAL_FORMS,
  MARKET_REACH,
  PERSON_ROLES,
  REPORT_STATUSES,
  TECHNIQUES,
} from './registry.tables.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();
const rupiah = z.number().min(0).max(1e15).nullish().describe('Rupiah, tanpa pemisah ribuan');
const quantity = z.number().min(0).max(1e12).nullish();
const count = z.number().int().min(0).max(100_000).nullish();
const wilayahCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'kelurahan_code_format');

export const ZLegalFormSchema = z.enum(LEGAL_FORMS);
export const ZTechniqueSchema = z.enum(TECHNIQUES);
export const ZMarketReachSchema = z.enum(MARKET_REACH);
export const ZSizeClassSchema = z.enum(['mikro', 'kecil', 'menengah', 'besar']);

/** The SIINas production-stage set for small industry (Permenperin 13/2025 Pasal 7). */
export const siinasFigureShape = {
  workersMale: count.describe('Tenaga kerja laki-laki'),
  workersFemale: count.describe('Tenaga kerja perempuan'),
  investmentIdr: rupiah.describe('Nilai investasi tanpa tanah dan bangunan (modal usaha)'),
  investmentLandBuildingIdr: rupiah.describe('Nilai investasi tanah dan bangunan'),
  capacityInstalled: quantity.describe('Kapasitas produksi terpasang per tahun'),
  capacityUsed: quantity.describe('Kapasitas produksi terpakai per tahun'),
  capacityUnit: optText(30).describe('Satuan kapasitas dan produksi, mis. lembar, meter'),
  productionVolume: quantity.describe('Jumlah produksi per tahun'),
  productionValueIdr: rupiah.describe('Nilai produksi per tahun'),
  rawMaterialValueIdr: rupiah.describe('Nilai bahan baku per tahun'),
  rawMaterialNote: optText(500).describe('Jenis bahan baku (kain mori, malam, pewarna…)'),
  waterM3: quantity.describe('Air baku (m³ per tahun)'),
  fuelLitre: quantity.describe('Bahan bakar dan pelumas (liter per tahun)'),
  electricityKwh: quantity.describe('Listrik (kWh per tahun)'),
  machinesCount: count.describe('Jumlah mesin dan peralatan'),
  machinesNote: optText(500),
};
export const ZSiinasFiguresSchema = z.object(siinasFigureShape);
export type TSiinasFigures = z.infer<typeof ZSiinasFiguresSchema>;
export const SIINAS_FIELDS = Object.keys(siinasFigureShape) as (keyof TSiinasFigures)[];

const businessShape = {
  name: text(200),
  legalForm: ZLegalFormSchema,
  nib: z
    .string()
    .regex(/^\d{13}$/, 'nib_13_digits')
    .nullish()
    .describe('Nomor Induk Berusaha, 13 digit'),
  kbliCodes: z
    .array(z.string().regex(/^\d{5}$/, 'kbli_code_format'))
    .max(10)
    .default([]),
  address: text(500),
  wilayahCode: wilayahCode.describe('Kode kelurahan/desa Kemendagri, mis. 35.76.02.1001'),
  latitude: z.number().min(-11.5).max(6.5).nullish().describe('Lintang (Indonesia: -11,5 … 6,5)'),
  longitude: z.number().min(94).max(141.5).nullish(),
  phone: optText(30),
  whatsapp: optText(30),
  email: z.email().nullish(),
  yearFounded: z.number().int().min(1900).max(2100).nullish(),
  techniques: z.array(ZTechniqueSchema).max(4),
  marketReach: z.array(ZMarketReachSchema).max(3),
  memberSince: z.iso.date().nullish(),
  isTenant: z.boolean(),
  ...siinasFigureShape,
};

// Defaults only on create: an update (PATCH) must leave absent fields untouched.
export const ZCreateBusinessRequestSchema = z.strictObject({
  ...businessShape,
  kbliCodes: businessShape.kbliCodes.default([]),
  techniques: businessShape.techniques.default([]),
  marketReach: businessShape.marketReach.default([]),
  isTenant: businessShape.isTenant.default(false),
  centreId: z.uuid().optional().describe('Hanya admin: sentra pemilik data; lainnya memakai sentra sendiri'),
});
export type TCreateBusinessRequest = z.infer<typeof ZCreateBusinessRequestSchema>;

export const ZUpdateBusinessRequestSchema = z.strictObject(businessShape).partial();
export type TUpdateBusinessRequest = z.infer<typeof ZUpdateBusinessRequestSchema>;

export const ZSizeClassResultSchema = z
  .object({
    sizeClass: ZSizeClassSchema.nullable(),
    basis: z.enum(['modal_usaha', 'penjualan', 'tidak_diketahui']),
    explanation: z.string().describe('Aturan yang diterapkan dan angkanya, dalam bahasa pengguna'),
    legalSource: z.string().nullable(),
  })
  .meta({ id: 'SizeClassResult' });

export const ZBusinessSummarySchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    name: z.string(),
    legalForm: ZLegalFormSchema,
    nib: z.string().nullable(),
    wilayahCode: z.string(),
    kelurahan: z.string().nullable(),
    kecamatan: z.string().nullable(),
    techniques: z.array(ZTechniqueSchema),
    kbliCodes: z.array(z.string()),
    workersTotal: z.number().int().nullable(),
    sizeClass: ZSizeClassSchema.nullable(),
    isMember: z.boolean(),
    isTenant: z.boolean(),
    certificationKinds: z.array(z.enum(CERT_KINDS)),
    updatedAt: z.string(),
  })
  .meta({ id: 'BusinessSummary' });

export const ZBusinessListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Nama usaha (pencarian mirip, pg_trgm) atau NIB 13 digit (persis)'),
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'wilayah_code_format')
    .optional(),
  kelurahan: wilayahCode.optional(),
  kbli: z
    .string()
    .regex(/^\d{5}$/, 'kbli_code_format')
    .optional(),
  technique: ZTechniqueSchema.optional(),
  certification: z.enum(CERT_KINDS).optional(),
  sizeClass: ZSizeClassSchema.optional(),
  member: z.enum(['true', 'false']).optional(),
  tenant: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt', 'workers', '-workers']).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TBusinessListQuery = z.infer<typeof ZBusinessListQuerySchema>;

export const ZBusinessListResponseSchema = z.object({
  items: z.array(ZBusinessSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z
    .object({
      bySizeClass: z.record(z.string(), z.number().int()),
      byTechnique: z.record(z.string(), z.number().int()),
    })
    .describe('Jumlah usaha yang cocok dengan filter, per kelas ukuran dan per teknik'),
});

export const ZPersonSchema = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    gender: z.enum(['L', 'P']).nullable(),
    birthYear: z.number().int().nullable(),
    phone: z.string().nullable(),
    hasNik: z.boolean().describe('NIK tercatat (sebagai hash; NIK sendiri tidak pernah ditampilkan)'),
    skills: z.array(z.string()),
    certificates: z.array(
      z.object({
        name: z.string(),
        number: z.string().optional(),
        issuer: z.string().optional(),
        validUntil: z.string().optional(),
      }),
    ),
    role: z.enum(PERSON_ROLES),
  })
  .meta({ id: 'BusinessPerson' });

export const ZPersonRequestSchema = z.strictObject({
  fullName: text(200),
  gender: z.enum(['L', 'P']).nullish(),
  birthYear: z.number().int().min(1920).max(2015).nullish(),
  phone: optText(30),
  nik: z
    .string()
    .regex(/^\d{16}$/, 'nik_16_digits')
    .nullish()
    .describe('16 digit; disimpan hanya sebagai hash berkunci'),
  skills: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  certificates: z
    .array(
      z.strictObject({
        name: text(200),
        number: optText(100).transform((v) => v ?? undefined),
        issuer: optText(200).transform((v) => v ?? undefined),
        validUntil: z.iso.date().optional(),
      }),
    )
    .max(20)
    .default([]),
  role: z.enum(PERSON_ROLES),
});
export type TPersonRequest = z.infer<typeof ZPersonRequestSchema>;

export const ZProductSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    category: z.string(),
    priceMinIdr: z.number().nullable(),
    priceMaxIdr: z.number().nullable(),
    unit: z.string(),
    description: z.string().nullable(),
  })
  .meta({ id: 'Product' });

const productShape = z.strictObject({
  name: text(200),
  category: text(100),
  priceMinIdr: rupiah,
  priceMaxIdr: rupiah,
  unit: text(30).default('lembar'),
  description: optText(2000),
});
const priceInOrder = (p: { priceMinIdr?: number | null; priceMaxIdr?: number | null }) =>
  p.priceMinIdr == null || p.priceMaxIdr == null || p.priceMinIdr <= p.priceMaxIdr;
const priceOrder = { message: 'price_range_order', path: ['priceMaxIdr'] };
export const ZProductRequestSchema = productShape.refine(priceInOrder, priceOrder);
export const ZUpdateProductRequestSchema = productShape.partial().refine(priceInOrder, priceOrder);

export const ZCertificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CERT_KINDS),
    category: z.enum(['tulis', 'cap', 'kombinasi']).nullable(),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    issuedOn: z.string().nullable(),
    validUntil: z.string().nullable(),
    isValid: z.boolean().describe('Masih berlaku hari ini (atau tanpa tanggal akhir)'),
    document: z
      .object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int(), sha256: z.string() })
      .nullable(),
  })
  .meta({ id: 'Certification' });

const certificationShape = z.strictObject({
  kind: z.enum(CERT_KINDS),
  category: z.enum(['tulis', 'cap', 'kombinasi']).nullish(),
  number: optText(100),
  issuer: optText(200),
  issuedOn: z.iso.date().nullish(),
  validUntil: z.iso.date().nullish(),
});
const datesInOrder = (c: { issuedOn?: string | null; validUntil?: string | null }) =>
  !c.issuedOn || !c.validUntil || c.issuedOn <= c.validUntil;
const datesOrder = { message: 'valid_until_after_issued', path: ['validUntil'] };
export const ZCertificationRequestSchema = certificationShape
  .refine((c) => c.kind !== 'batikmark' || !!c.category, {
    message: 'batikmark_category_required',
    path: ['category'],
  })
  .refine(datesInOrder, datesOrder);
export const ZUpdateCertificationRequestSchema = certificationShape
  .partial()
  .refine(datesInOrder, datesOrder);

export const ZReportSchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    semester: z.number().int(),
    status: z.enum(REPORT_STATUSES),
    figures: ZSiinasFiguresSchema,
    note: z.string().nullable().describe('Catatan perajin untuk Dinas'),
    reviewNote: z.string().nullable().describe('Catatan Dinas saat mengembalikan laporan'),
    returnedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PeriodicReport' });

export const ZReportPeriodParamsSchema = z.object({
  id: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
  semester: z.coerce.number().int().min(1).max(2),
});

export const ZSaveReportRequestSchema = z.strictObject({ ...siinasFigureShape, note: optText(2000) });

export const ZConsentSchema = z
  .object({
    fieldGroup: z.enum(CONSENT_GROUPS),
    granted: z.boolean(),
    givenBy: z.string().nullable(),
    recordedAt: z.string().nullable(),
  })
  .meta({ id: 'Consent' });

export const ZConsentRequestSchema = z.strictObject({
  fieldGroup: z.enum(CONSENT_GROUPS),
  granted: z.boolean(),
  givenBy: text(200).describe('Siapa yang memberi persetujuan (nama pemilik usaha)'),
});

export const ZBusinessDetailSchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    name: z.string(),
    legalForm: ZLegalFormSchema,
    nib: z.string().nullable(),
    kbli: z.array(z.object({ code: z.string(), title: z.string() })),
    address: z.string(),
    wilayahCode: z.string(),
    wilayahName: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    phone: z.string().nullable(),
    whatsapp: z.string().nullable(),
    email: z.string().nullable(),
    yearFounded: z.number().int().nullable(),
    techniques: z.array(ZTechniqueSchema),
    notBatikUnderSni: z.boolean().describe('Hanya printing: bukan batik menurut SNI 8302–8304'),
    marketReach: z.array(ZMarketReachSchema),
    memberSince: z.string().nullable(),
    isTenant: z.boolean(),
    figures: ZSiinasFiguresSchema,
    sizeClass: ZSizeClassResultSchema,
    people: z.array(ZPersonSchema),
    products: z.array(ZProductSchema),
    certifications: z.array(ZCertificationSchema),
    reports: z.array(ZReportSchema),
    consents: z.array(ZConsentSchema),
    mergedIntoId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BusinessDetail' });
export type TBusinessDetail = z.infer<typeof ZBusinessDetailSchema>;

export const ZBusinessIdParamsSchema = z.object({ id: z.uuid() });
export const ZChildParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });
