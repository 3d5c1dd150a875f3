import { createHash } from 'node:crypto';
import type { facilityResources, OpeningWindow } from './facilities.tables.js';
import { DEFAULT_OPENING_HOURS } from './opening-hours.js';

export type NewFacilityResource = typeof facilityResources.$inferInsert;

/**
 * The tariffs below are placeholders: the retribusi rates come from the Perda of Kota Mojokerto on
 * regional levies (use of regional property), which the stored sources do not give. Each row says
 * so, and the manager replaces them with the Perda's figures.
 */
const TARIFF_BASIS =
  'Contoh, belum diverifikasi [X]: isi sesuai Perda Kota Mojokerto tentang Pajak Daerah dan Retribusi Daerah (retribusi pemakaian kekayaan daerah) dan lampiran tarifnya.';

const EVERY_DAY_0700_1700: OpeningWindow[] = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  day,
  opens: '07:00',
  closes: '17:00',
}));

/** A stable id per centre and code (UUID v5 layout over SHA-1), so parents can be referenced. */
export function demoResourceId(centreId: string, code: string): string {
  const h = createHash('sha1').update(`sentra-facility:${centreId}:${code}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

interface Spec {
  kind: 'space' | 'equipment';
  code: string;
  name: string;
  category?: string;
  description?: string;
  parent?: string;
  capacity?: number;
  capacityUnit?: string;
  openingHours?: OpeningWindow[];
  multiDay?: boolean;
  perHour?: number;
  perDay?: number;
  requiresTraining?: boolean;
}

/** The rooms of the building as opened on 7 Feb 2024 (DOMAIN.md §0: F1 and F2). */
const SPACES: Spec[] = [
  {
    kind: 'space',
    code: 'R-LOBI',
    name: 'Lobi',
    description: 'Lantai 1. Penerimaan tamu dan pameran kecil.',
    capacity: 30,
    capacityUnit: 'orang',
  },
  {
    kind: 'space',
    code: 'R-DESAIN',
    name: 'Ruang Desain & Prototype',
    description: 'Lantai 1. Jasa desain motif dan pembuatan prototipe; meja gambar dan canting listrik.',
    capacity: 8,
    capacityUnit: 'meja',
    perHour: 10_000,
  },
  {
    kind: 'space',
    code: 'R-DAURULANG',
    name: 'Ruang Daur Ulang Malam & IPAL',
    description: 'Lantai 1. Daur ulang malam (lilin) bekas lorodan dan instalasi pengolahan air limbah.',
    capacity: 1,
    capacityUnit: 'ruang',
    perDay: 50_000,
    requiresTraining: true,
    category: 'daur-ulang-ipal',
  },
  {
    kind: 'space',
    code: 'R-CAP',
    name: 'Workshop Canting Cap',
    description: 'Lantai 1. Pembuatan canting cap tembaga dan pengecapan kain.',
    capacity: 12,
    capacityUnit: 'orang',
    perHour: 10_000,
  },
  {
    kind: 'space',
    code: 'R-LOROD',
    name: 'Ruang Lorod & Pewarnaan',
    description: 'Lantai 1. Pelorodan (meluruhkan malam) dan pencelupan warna; tersambung ke IPAL.',
    capacity: 6,
    capacityUnit: 'orang',
    perHour: 10_000,
  },
  {
    kind: 'space',
    code: 'R-FOTO',
    name: 'Studio Foto Produk',
    description: 'Lantai 1. Pemotretan produk untuk katalog dan toko daring.',
    capacity: 1,
    capacityUnit: 'studio',
    perHour: 25_000,
  },
  {
    kind: 'space',
    code: 'R-GALERI',
    name: 'Galeri',
    description: 'Lantai 1. Pameran dan penjualan batik anggota sentra.',
    capacity: 1,
    capacityUnit: 'ruang',
    multiDay: true,
    perDay: 100_000,
  },
  {
    kind: 'space',
    code: 'R-GUDANG',
    name: 'Gudang',
    description: 'Lantai 1. Penyimpanan kain, malam dan pewarna; per rak.',
    capacity: 20,
    capacityUnit: 'rak',
    multiDay: true,
    perDay: 5_000,
  },
  {
    kind: 'space',
    code: 'R-KANTIN',
    name: 'Kantin',
    description: 'Lantai 1. Disewakan kepada pengelola kantin (perjanjian sewa), atau untuk acara.',
    capacity: 1,
    capacityUnit: 'ruang',
    multiDay: true,
    perDay: 150_000,
  },
  {
    kind: 'space',
    code: 'R-AULA',
    name: 'Aula',
    description: 'Lantai 2. Pertemuan, sosialisasi dan pameran.',
    capacity: 100,
    capacityUnit: 'kursi',
    perHour: 75_000,
    perDay: 500_000,
  },
  {
    kind: 'space',
    code: 'R-PELATIHAN',
    name: 'Ruang Pelatihan',
    description: 'Lantai 2. Pelatihan membatik, pewarnaan dan pemasaran.',
    capacity: 30,
    capacityUnit: 'kursi',
    perHour: 50_000,
    perDay: 300_000,
  },
  {
    kind: 'space',
    code: 'R-JEMUR',
    name: 'Area Jemur',
    description: 'Lantai 2. Penjemuran kain setelah pewarnaan dan pelorodan; per rak jemur.',
    capacity: 40,
    capacityUnit: 'rak jemur',
    openingHours: EVERY_DAY_0700_1700,
    multiDay: true,
    perDay: 2_000,
  },
  {
    kind: 'space',
    code: 'R-SETRIKA',
    name: 'Ruang Setrika & Packaging',
    description: 'Lantai 2. Penyetrikaan, pelipatan dan pengemasan.',
    capacity: 6,
    capacityUnit: 'meja',
    perHour: 5_000,
  },
];

const series = (n: number, make: (i: number) => Spec): Spec[] =>
  Array.from({ length: n }, (_, i) => make(i + 1));
const two = (i: number) => String(i).padStart(2, '0');

/** The shared equipment, each in its room. Wet processes and the cap tools need a training. */
const EQUIPMENT: Spec[] = [
  ...series(10, (i) => ({
    kind: 'equipment',
    code: `CL-${two(i)}`,
    name: `Canting listrik ${i}`,
    category: 'canting-listrik',
    parent: 'R-DESAIN',
    perHour: 2_000,
  })),
  ...series(4, (i) => ({
    kind: 'equipment',
    code: `KM-${two(i)}`,
    name: `Kompor malam ${i}`,
    category: 'kompor-malam',
    parent: 'R-DESAIN',
    perHour: 3_000,
  })),
  ...series(6, (i) => ({
    kind: 'equipment',
    code: `MC-${two(i)}`,
    name: `Meja cap ${i}`,
    category: 'meja-cap',
    parent: 'R-CAP',
    perHour: 5_000,
  })),
  {
    kind: 'equipment',
    code: 'AC-01',
    name: 'Peralatan pembuatan canting cap (patri dan potong tembaga)',
    category: 'alat-canting-cap',
    parent: 'R-CAP',
    perHour: 10_000,
    requiresTraining: true,
  },
  ...series(4, (i) => ({
    kind: 'equipment',
    code: `BC-${two(i)}`,
    name: `Bak celup ${i}`,
    category: 'bak-celup',
    description: 'Pewarnaan naptol/indigosol/remasol; dapat dipesan beberapa hari per batch.',
    parent: 'R-LOROD',
    multiDay: true,
    perDay: 25_000,
    requiresTraining: true,
  })),
  ...series(2, (i) => ({
    kind: 'equipment',
    code: `BL-${two(i)}`,
    name: `Boiler lorod ${i}`,
    category: 'boiler-lorod',
    description: 'Meluruhkan malam; air lorodan dialirkan ke daur ulang malam dan IPAL.',
    parent: 'R-LOROD',
    multiDay: true,
    perDay: 40_000,
    requiresTraining: true,
  })),
  {
    kind: 'equipment',
    code: 'DM-01',
    name: 'Mesin daur ulang malam',
    category: 'daur-ulang-ipal',
    parent: 'R-DAURULANG',
    perDay: 30_000,
    requiresTraining: true,
  },
  ...series(4, (i) => ({
    kind: 'equipment',
    code: `MJ-${two(i)}`,
    name: `Mesin jahit ${i}`,
    category: 'mesin-jahit',
    parent: 'R-SETRIKA',
    perHour: 3_000,
  })),
  ...series(2, (i) => ({
    kind: 'equipment',
    code: `ST-${two(i)}`,
    name: `Setrika uap ${i}`,
    category: 'setrika-uap',
    parent: 'R-SETRIKA',
    perHour: 2_000,
  })),
  {
    kind: 'equipment',
    code: 'KMR-01',
    name: 'Kit kamera foto produk (kamera, lensa, lampu, latar)',
    category: 'kamera',
    parent: 'R-FOTO',
    perHour: 15_000,
    requiresTraining: true,
  },
];

/**
 * The demo rows for facility_resource of one centre: the real building's rooms and its shared
 * equipment. Pure (no database): ids are derived from the centre and the code, spaces come before
 * the equipment that references them, so `db.insert(facilityResources).values(demoFacilities(id))`
 * inserts them in one statement.
 */
export function demoFacilities(centreId: string): NewFacilityResource[] {
  return [...SPACES, ...EQUIPMENT].map((s) => ({
    id: demoResourceId(centreId, s.code),
    centreId,
    kind: s.kind,
    code: s.code,
    name: s.name,
    category: s.category ?? null,
    description: s.description ?? null,
    parentSpaceId: s.parent ? demoResourceId(centreId, s.parent) : null,
    capacity: s.capacity ?? 1,
    capacityUnit: s.capacityUnit ?? 'unit',
    openingHours: s.openingHours ?? DEFAULT_OPENING_HOURS,
    multiDay: s.multiDay ?? false,
    tariffPerHourIdr: s.perHour === undefined ? null : String(s.perHour),
    tariffPerDayIdr: s.perDay === undefined ? null : String(s.perDay),
    tariffBasis: s.perHour === undefined && s.perDay === undefined ? null : TARIFF_BASIS,
    status: 'available',
    requiresTraining: s.requiresTraining ?? false,
  }));
}
