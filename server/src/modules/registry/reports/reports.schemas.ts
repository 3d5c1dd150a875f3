import { z } from 'zod';
import { ZSiinasFiguresSchema } from '../registry.schemas.js';
import { REPORT_STATUSES } from '../registry.tables.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZFormatSchema = z
  .enum(['json', 'xlsx'])
  .default('json')
  .describe('json (bawaan) atau xlsx (berkas Excel untuk diunduh)');

const year = z.coerce.number().int().min(2000).max(2100).describe('Tahun laporan, mis. 2026');
const semester = z.coerce
  .number()
  .int()
  .min(1)
  .max(2)
  .describe('Semester 1 (Januari–Juni) atau 2 (Juli–Desember)');

export const ZSiinasReportQuerySchema = z.object({
  year,
  semester,
  format: ZFormatSchema,
  centreId: z.uuid().optional().describe('Hanya admin: sentra yang dilaporkan (lainnya: sentra sendiri)'),
});
export type TSiinasReportQuery = z.infer<typeof ZSiinasReportQuerySchema>;

export const ZBusinessSiinasQuerySchema = z.object({ year, semester });

export const ZSiinasColumnSchema = z
  .object({
    key: z.string(),
    label: z.string().describe('Judul kolom dalam bahasa pengguna'),
    unit: z.string().nullable(),
  })
  .meta({ id: 'SiinasColumn' });

const ZPeriodSchema = z.object({
  year: z.number().int(),
  semester: z.number().int(),
  label: z.string().describe('mis. "Semester 2 Tahun 2026"'),
});

export const ZSiinasRowSchema = z
  .object({
    businessId: z.uuid(),
    nib: z.string().nullable(),
    name: z.string(),
    kbliCodes: z.array(z.string()),
    wilayahCode: z.string(),
    kelurahan: z.string().nullable(),
    kecamatan: z.string().nullable(),
    reportId: z.uuid(),
    verifiedAt: z.string().nullable(),
    figures: ZSiinasFiguresSchema,
  })
  .meta({ id: 'SiinasRow' });

export const ZSiinasMissingSchema = z
  .object({
    businessId: z.uuid(),
    nib: z.string().nullable(),
    name: z.string(),
    kelurahan: z.string().nullable(),
    status: z.enum(['none', 'draft', 'submitted']).describe('none = belum ada laporan untuk periode ini'),
  })
  .meta({ id: 'SiinasMissing' });

export const ZSiinasReportSchema = z
  .object({
    period: ZPeriodSchema,
    centre: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    source: z.string().describe('Dasar hukum isian laporan'),
    generatedAt: z.string(),
    columns: z.array(ZSiinasColumnSchema),
    rows: z.array(ZSiinasRowSchema).describe('Usaha aktif dengan laporan semester terverifikasi'),
    missing: z
      .array(ZSiinasMissingSchema)
      .describe('Usaha aktif tanpa laporan terverifikasi untuk periode ini'),
  })
  .meta({ id: 'SiinasReport' });
export type TSiinasReport = z.infer<typeof ZSiinasReportSchema>;

export const ZBusinessSiinasSchema = z
  .object({
    period: ZPeriodSchema,
    source: z.string(),
    business: z.object({
      id: z.uuid(),
      nib: z.string().nullable(),
      name: z.string(),
      kbliCodes: z.array(z.string()),
      wilayahCode: z.string(),
      kelurahan: z.string().nullable(),
      kecamatan: z.string().nullable(),
    }),
    status: z.enum(['none', ...REPORT_STATUSES]),
    report: z
      .object({
        id: z.uuid(),
        status: z.enum(REPORT_STATUSES),
        submittedAt: z.string().nullable(),
        verifiedAt: z.string().nullable(),
        figures: ZSiinasFiguresSchema,
      })
      .nullable()
      .describe(
        'Laporan periode ini dalam status apa pun; hanya yang terverifikasi masuk laporan SIINas sentra',
      ),
    columns: z.array(ZSiinasColumnSchema),
  })
  .meta({ id: 'BusinessSiinas' });

export const ZSummaryQuerySchema = z.object({
  format: ZFormatSchema,
  centreId: z.uuid().optional().describe('Hanya admin: sentra yang diringkas (lainnya: sentra sendiri)'),
});
export type TSummaryQuery = z.infer<typeof ZSummaryQuerySchema>;

export const FIGURE_GROUPS = [
  'businesses',
  'sizeClass',
  'technique',
  'kecamatan',
  'workers',
  'production',
  'certifications',
  'membership',
] as const;

export const ZTracedFigureSchema = z
  .object({
    key: z.string().describe('Kunci tetap, mis. workers.female atau certifications.batikmark.tulis'),
    group: z.enum(FIGURE_GROUPS),
    label: z.string(),
    unit: z.enum(['usaha', 'orang', 'rupiah']),
    value: z.number(),
    rule: z.string().describe('Cara angka ini dihitung, dalam bahasa pengguna'),
    source: z.string().describe('Peraturan yang menjadi dasar, atau "data registri"'),
    businessIds: z.array(z.uuid()).describe('Usaha yang menyumbang angka ini'),
    traceUrl: z
      .string()
      .nullable()
      .describe('Daftar usaha penyumbang lewat filter daftar usaha, bila filter itu ada'),
  })
  .meta({ id: 'TracedFigure' });
export type TTracedFigure = z.infer<typeof ZTracedFigureSchema>;

export const ZCentreSummarySchema = z
  .object({
    centre: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    asOf: z.string().describe('Tanggal perhitungan (WIB), dasar "berlaku hari ini"'),
    generatedAt: z.string(),
    figures: z.array(ZTracedFigureSchema),
    businesses: z
      .array(z.object({ id: z.uuid(), name: z.string(), nib: z.string().nullable() }))
      .describe('Nama dan NIB setiap usaha yang disebut dalam jejak'),
  })
  .meta({ id: 'CentreSummary' });
export type TCentreSummary = z.infer<typeof ZCentreSummarySchema>;
