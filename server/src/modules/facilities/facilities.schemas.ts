import { z } from 'zod';
import {
  APPROVALS,
  BLOCK_RESOLUTIONS,
  BLOCK_STATUSES,
  BOOKING_STATUSES,
  NOTICE_KINDS,
  OUTPUT_UNITS,
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  TRAINING_SOURCES,
} from './facilities.tables.js';
import { DEFAULT_OPENING_HOURS } from './opening-hours.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish();
const rupiah = z.number().min(0).max(1e12).describe('Rupiah, tanpa pemisah ribuan');

/**
 * A point in time as the API takes it: ISO 8601 with an explicit zone, e.g.
 * "2025-03-10T08:00+07:00" (WIB) or "2025-03-10T01:00:00Z". A time without a zone is refused
 * (FACILITY_TIME_NO_OFFSET) instead of being guessed. The service parses it (wib.ts).
 */
export const ZInstantSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe('Tanggal dan jam ISO 8601 dengan zona waktu, mis. 2025-03-10T08:00+07:00 (WIB)');
/** A point in time as the API answers: the stored UTC instant written in WIB. */
const ZWibTime = z.string().describe('ISO 8601 dalam WIB, mis. 2025-03-10T08:00:00+07:00');

export const ZIdParamsSchema = z.object({ id: z.uuid() });

export const ZOpeningWindowSchema = z
  .strictObject({
    day: z.number().int().min(1).max(7).describe('Hari ISO: 1 = Senin … 7 = Minggu'),
    opens: z.string().trim().max(10).describe('Jam buka WIB, JJ:MM'),
    closes: z.string().trim().max(10).describe('Jam tutup WIB, JJ:MM; 24:00 = tengah malam'),
  })
  .meta({ id: 'OpeningWindow' });

const resourceShape = {
  kind: z.enum(RESOURCE_KINDS).describe('space = ruang/area; equipment = alat'),
  code: text(40).describe('Kode singkat di sentra, mis. BC-01'),
  name: text(200),
  category: optText(60).describe('Jenis, mis. bak-celup; pelatihan dapat berlaku untuk satu jenis'),
  description: optText(2000),
  parentSpaceId: z.uuid().nullish().describe('Ruang tempat alat ini berada'),
  capacity: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .describe('1 untuk mesin; kursi/unit untuk aula atau area jemur'),
  capacityUnit: text(40).describe('Satuan kapasitas, mis. kursi, rak, unit'),
  openingHours: z.array(ZOpeningWindowSchema).max(28).describe('Jam buka per hari (WIB)'),
  multiDay: z.boolean().describe('Boleh dipesan beberapa hari untuk proses (bak celup, boiler lorod)'),
  tariffPerHourIdr: rupiah.nullish().describe('Tarif retribusi per jam'),
  tariffPerDayIdr: rupiah.nullish().describe('Tarif retribusi per hari'),
  tariffBasis: optText(500).describe('Dasar tarif: Perda retribusi dan lampirannya'),
  status: z.enum(RESOURCE_STATUSES),
  requiresTraining: z.boolean().describe('Hanya orang dengan catatan pelatihan yang berlaku'),
};
export const ZResourceRequestSchema = z
  .strictObject({
    ...resourceShape,
    capacity: resourceShape.capacity.default(1),
    capacityUnit: resourceShape.capacityUnit.default('unit'),
    openingHours: resourceShape.openingHours.default(DEFAULT_OPENING_HOURS),
    multiDay: resourceShape.multiDay.default(false),
    status: resourceShape.status.default('available'),
    requiresTraining: resourceShape.requiresTraining.default(false),
  })
  .meta({ id: 'FacilityResourceRequest' });
export type TResourceRequest = z.infer<typeof ZResourceRequestSchema>;
export const ZUpdateResourceRequestSchema = z
  .strictObject(resourceShape)
  .partial()
  .meta({ id: 'UpdateFacilityResourceRequest' });
export type TUpdateResourceRequest = z.infer<typeof ZUpdateResourceRequestSchema>;

export const ZResourceSchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    kind: z.enum(RESOURCE_KINDS),
    code: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    description: z.string().nullable(),
    parentSpaceId: z.uuid().nullable(),
    capacity: z.number(),
    capacityUnit: z.string(),
    openingHours: z.array(ZOpeningWindowSchema),
    openingHoursLabel: z
      .string()
      .describe('Jam buka dalam bahasa pengguna, mis. "Senin–Sabtu 08.00–16.00 WIB"'),
    multiDay: z.boolean(),
    tariffPerHourIdr: z.number().nullable(),
    tariffPerDayIdr: z.number().nullable(),
    tariffBasis: z.string().nullable(),
    status: z.enum(RESOURCE_STATUSES),
    requiresTraining: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'FacilityResource' });
export type TResource = z.infer<typeof ZResourceSchema>;

export const ZResourceListQuerySchema = z.object({
  kind: z.enum(RESOURCE_KINDS).optional(),
  status: z.enum(RESOURCE_STATUSES).optional().describe('Bawaan: semua kecuali retired'),
  q: z.string().trim().max(100).optional().describe('Cari pada nama, kode atau jenis'),
  centreId: z.uuid().optional().describe('Untuk admin lintas sentra'),
});

const ZResourceRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  capacityUnit: z.string(),
});

export const ZBookingRequestSchema = z
  .strictObject({
    resourceId: z.uuid(),
    businessId: z.uuid().describe('Usaha yang memesan (perajin: usahanya sendiri)'),
    personId: z.uuid().nullish().describe('Anggota usaha yang akan memakai; wajib bila alat perlu pelatihan'),
    startsAt: ZInstantSchema,
    endsAt: ZInstantSchema,
    units: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(1)
      .describe('Kursi/unit yang dipakai (ruang berkapasitas)'),
    purpose: optText(500),
  })
  .meta({ id: 'FacilityBookingRequest' });
export type TBookingRequest = z.infer<typeof ZBookingRequestSchema>;

export const ZReasonRequestSchema = z
  .strictObject({ reason: text(500) })
  .meta({ id: 'FacilityReasonRequest' });
export const ZCheckInRequestSchema = z
  .strictObject({ at: ZInstantSchema.optional().describe('Waktu datang sebenarnya (bawaan: sekarang)') })
  .meta({ id: 'FacilityCheckInRequest' });
export const ZCheckOutRequestSchema = z
  .strictObject({
    at: ZInstantSchema.optional().describe('Waktu selesai sebenarnya (bawaan: sekarang)'),
    outputQuantity: z.number().min(0).max(1e9).nullish().describe('Hasil produksi'),
    outputUnit: z.enum(OUTPUT_UNITS).nullish().describe('lembar (potong) atau meter'),
    outputNote: optText(1000),
  })
  .meta({ id: 'FacilityCheckOutRequest' });
export type TCheckOutRequest = z.infer<typeof ZCheckOutRequestSchema>;
export const ZNoShowRequestSchema = z
  .strictObject({ note: optText(500) })
  .meta({ id: 'FacilityNoShowRequest' });
export const ZMoveRequestSchema = z
  .strictObject({
    resourceId: z.uuid().optional().describe('Pindah ke ruang/alat lain (bawaan: yang sama)'),
    startsAt: ZInstantSchema,
    endsAt: ZInstantSchema,
  })
  .meta({ id: 'FacilityMoveRequest' });
export type TMoveRequest = z.infer<typeof ZMoveRequestSchema>;

export const ZBookingSchema = z
  .object({
    id: z.uuid(),
    centreId: z.uuid(),
    resource: ZResourceRefSchema,
    business: z.object({ id: z.uuid(), name: z.string() }),
    person: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    startsAt: ZWibTime,
    endsAt: ZWibTime,
    periodLabel: z.string().describe('Waktu dalam WIB, mis. "10 Mar 2025 08.00–12.00 WIB"'),
    units: z.number(),
    status: z.enum(BOOKING_STATUSES),
    approval: z
      .enum(APPROVALS)
      .nullable()
      .describe(
        'trained = otomatis (anggota terlatih); staff = dipesan pengelola; manager = disetujui pengelola',
      ),
    statusReason: z.string().nullable(),
    purpose: z.string().nullable(),
    bookedByLabel: z.string(),
    decidedByLabel: z.string().nullable(),
    decidedAt: ZWibTime.nullable(),
    checkedInAt: ZWibTime.nullable(),
    checkedOutAt: ZWibTime.nullable(),
    output: z.object({ quantity: z.number(), unit: z.enum(OUTPUT_UNITS) }).nullable(),
    outputNote: z.string().nullable(),
    affectedBy: z
      .object({ blockId: z.uuid(), periodLabel: z.string(), reason: z.string() })
      .nullable()
      .describe('Penutupan perawatan yang mengenai pemesanan ini dan belum diselesaikan'),
    createdAt: ZWibTime,
  })
  .meta({ id: 'FacilityBooking' });
export type TBooking = z.infer<typeof ZBookingSchema>;

export const ZBookingListQuerySchema = z.object({
  resourceId: z.uuid().optional(),
  businessId: z.uuid().optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  from: ZInstantSchema.optional().describe('Pemesanan yang berakhir sesudah ini'),
  to: ZInstantSchema.optional().describe('Pemesanan yang mulai sebelum ini'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type TBookingListQuery = z.infer<typeof ZBookingListQuerySchema>;

export const ZBlockRequestSchema = z
  .strictObject({
    resourceId: z.uuid(),
    startsAt: ZInstantSchema,
    endsAt: ZInstantSchema,
    reason: text(500).describe('Mis. ganti elemen pemanas'),
  })
  .meta({ id: 'FacilityBlockRequest' });
export type TBlockRequest = z.infer<typeof ZBlockRequestSchema>;

export const ZBlockSchema = z
  .object({
    id: z.uuid(),
    resource: ZResourceRefSchema,
    startsAt: ZWibTime,
    endsAt: ZWibTime,
    periodLabel: z.string(),
    reason: z.string(),
    status: z.enum(BLOCK_STATUSES),
    createdByLabel: z.string(),
    createdAt: ZWibTime,
    liftedByLabel: z.string().nullable(),
    liftedAt: ZWibTime.nullable(),
    unresolvedCount: z.number().describe('Pemesanan terdampak yang belum dipindah atau dibatalkan'),
    affected: z.array(
      z.object({
        booking: ZBookingSchema,
        originalPeriodLabel: z.string().describe('Waktu pemesanan saat penutupan dibuat'),
        resolution: z.enum(BLOCK_RESOLUTIONS).nullable(),
        resolvedByLabel: z.string().nullable(),
        resolvedAt: ZWibTime.nullable(),
      }),
    ),
  })
  .meta({ id: 'FacilityBlock' });
export type TBlock = z.infer<typeof ZBlockSchema>;

export const ZBlockListQuerySchema = z.object({
  resourceId: z.uuid().optional(),
  status: z.enum(BLOCK_STATUSES).optional(),
  from: ZInstantSchema.optional(),
  to: ZInstantSchema.optional(),
});

export const ZTrainingRequestSchema = z
  .strictObject({
    personId: z.uuid(),
    resourceId: z.uuid().nullish().describe('Satu ruang/alat; atau isi category'),
    category: optText(60).describe('Semua ruang/alat satu jenis, mis. bak-celup'),
    trainedOn: z.iso.date(),
    validUntil: z.iso.date().nullish().describe('Kosong = berlaku terus'),
    notes: optText(1000),
  })
  .meta({ id: 'FacilityTrainingRequest' });
export type TTrainingRequest = z.infer<typeof ZTrainingRequestSchema>;

export const ZTrainingSchema = z
  .object({
    id: z.uuid(),
    person: z.object({ id: z.uuid(), fullName: z.string() }),
    resource: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    category: z.string().nullable(),
    trainedOn: z.string(),
    validUntil: z.string().nullable(),
    source: z.enum(TRAINING_SOURCES),
    sourceRef: z.string().nullable(),
    notes: z.string().nullable(),
    recordedByLabel: z.string(),
    createdAt: ZWibTime,
  })
  .meta({ id: 'FacilityTraining' });
export type TTraining = z.infer<typeof ZTrainingSchema>;

export const ZTrainingListQuerySchema = z.object({
  personId: z.uuid().optional(),
  resourceId: z.uuid().optional(),
});

export const ZNoticeSchema = z
  .object({
    id: z.uuid(),
    business: z.object({ id: z.uuid(), name: z.string() }),
    bookingId: z.uuid().nullable(),
    blockId: z.uuid().nullable(),
    kind: z.enum(NOTICE_KINDS),
    message: z.string().describe('Dalam bahasa pengguna'),
    createdAt: ZWibTime,
    readAt: ZWibTime.nullable(),
  })
  .meta({ id: 'FacilityNotice' });
export type TNotice = z.infer<typeof ZNoticeSchema>;

export const ZAvailabilityQuerySchema = z.object({
  from: ZInstantSchema,
  to: ZInstantSchema,
  kind: z.enum(RESOURCE_KINDS).optional(),
  category: z.string().trim().max(60).optional(),
  q: z.string().trim().max(100).optional().describe('Cari pada nama, kode atau jenis'),
  units: z.coerce.number().int().min(1).max(10_000).default(1),
  onlyFree: z.stringbool().default(true).describe('false: tampilkan juga yang tidak tersedia dan alasannya'),
  centreId: z.uuid().optional().describe('Untuk admin lintas sentra'),
});
export type TAvailabilityQuery = z.infer<typeof ZAvailabilityQuerySchema>;

export const ZAvailabilitySchema = z
  .object({
    startsAt: ZWibTime,
    endsAt: ZWibTime,
    periodLabel: z.string(),
    items: z.array(
      z.object({
        resource: ZResourceSchema,
        free: z.boolean(),
        capacity: z.number(),
        used: z.number().describe('Unit terpakai paling banyak pada satu saat dalam rentang itu'),
        remaining: z.number().describe('Sisa kapasitas (kapasitas − terpakai)'),
        unavailable: z
          .object({
            code: z.enum(['maintenance', 'closed', 'not_multi_day', 'blocked', 'booked', 'capacity']),
            message: z.string(),
          })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'FacilityAvailability' });
export type TAvailability = z.infer<typeof ZAvailabilitySchema>;
