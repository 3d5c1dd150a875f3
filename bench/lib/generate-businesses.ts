import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsvObjects } from '../../server/src/lib/csv.js';
import { referenceDataFolder } from '../../server/src/lib/paths.js';

/**
 * A fixed-seed generator of Indonesian small businesses (IKM) for one centre in Jawa Timur: the
 * same seed always gives the same rows, in the same order. No Math.random anywhere.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const v = items[Math.floor(this.next() * items.length)];
    if (v === undefined) throw new Error('pick from an empty list');
    return v;
  }
  /** Weighted pick: [[value, weight], …]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  /** A deterministic RFC 4122 version-4-shaped UUID from this generator's stream. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

export const LEGAL_FORMS = ['perorangan', 'ud', 'cv', 'pt', 'koperasi'] as const;
type LegalForm = (typeof LEGAL_FORMS)[number];
type Technique = 'tulis' | 'cap' | 'kombinasi' | 'printing';
type Reach = 'lokal' | 'nasional' | 'ekspor';

export interface GeneratedCertification {
  kind: 'batikmark' | 'sni_8302' | 'halal' | 'pirt';
  category: 'tulis' | 'cap' | 'kombinasi' | null;
  number: string;
  issuedOn: string;
  validUntil: string | null;
}

/** One business, in the registry's own field names (the SIINas figures as plain numbers). */
export interface GeneratedBusiness {
  id: string;
  name: string;
  legalForm: LegalForm;
  nib: string | null;
  address: string;
  wilayahCode: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  whatsapp: string | null;
  email: string | null;
  yearFounded: number | null;
  techniques: Technique[];
  marketReach: Reach[];
  memberSince: string | null;
  isTenant: boolean;
  workersMale: number | null;
  workersFemale: number | null;
  investmentIdr: number | null;
  investmentLandBuildingIdr: number | null;
  capacityInstalled: number | null;
  capacityUsed: number | null;
  capacityUnit: string | null;
  productionVolume: number | null;
  productionValueIdr: number | null;
  rawMaterialValueIdr: number | null;
  rawMaterialNote: string | null;
  waterM3: number | null;
  fuelLitre: number | null;
  electricityKwh: number | null;
  machinesCount: number | null;
  kbliCodes: string[];
  certifications: GeneratedCertification[];
}

// --- Reference data: real kelurahan codes of Jawa Timur and the KBLI codes we use ------------------

export interface Kelurahan {
  code: string;
  name: string;
  kecamatan: string;
  kecamatanName: string;
  kota: string;
}

let wilayahCache: Kelurahan[] | undefined;

/** Every level-4 (kelurahan/desa) row of Jawa Timur (35.*) from the shipped wilayah.csv. */
export function jawaTimurKelurahan(): Kelurahan[] {
  if (wilayahCache) return wilayahCache;
  const rows = parseCsvObjects(readFileSync(path.join(referenceDataFolder, 'wilayah.csv'), 'utf8'));
  const names = new Map<string, string>();
  for (const r of rows) if (r.kode?.startsWith('35.')) names.set(r.kode, r.nama ?? '');
  const out: Kelurahan[] = [];
  for (const [code, name] of names) {
    if (!/^35\.\d{2}\.\d{2}\.\d{4}$/.test(code)) continue;
    const kecamatan = code.slice(0, 8);
    out.push({
      code,
      name,
      kecamatan,
      kecamatanName: names.get(kecamatan) ?? '',
      kota: names.get(code.slice(0, 5)) ?? '',
    });
  }
  out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  wilayahCache = out;
  return out;
}

/** KBLI codes a centre's businesses carry, with how common each is (batik dominates). */
const KBLI_WEIGHTS: readonly (readonly [string, number])[] = [
  ['13134', 60], // Industri Batik
  ['15201', 8], // Alas kaki sehari-hari (Mojokerto's shoe makers)
  ['14111', 7], // Konveksi
  ['14302', 5], // Bordir
  ['13122', 4], // Tenun ikat
  ['15121', 4], // Barang dari kulit
  ['13133', 3], // Pencetakan kain
  ['13929', 3], // Barang jadi tekstil lainnya
  ['10794', 3], // Kerupuk, keripik
  ['10796', 2], // Dodol
  ['16222', 1], // Barang bangunan dari kayu (checked against the CSV below)
];

let kbliCache: (readonly [string, number])[] | undefined;

/** The weights above, keeping only codes present in the shipped kbli-2020.csv. */
export function kbliWeights(): (readonly [string, number])[] {
  if (kbliCache) return kbliCache;
  const rows = parseCsvObjects(readFileSync(path.join(referenceDataFolder, 'kbli-2020.csv'), 'utf8'));
  const known = new Set(rows.map((r) => r.code));
  kbliCache = KBLI_WEIGHTS.filter(([code]) => known.has(code));
  if (!kbliCache.some(([c]) => c === '13134')) throw new Error('KBLI 13134 missing from kbli-2020.csv');
  return kbliCache;
}

// --- Word lists ------------------------------------------------------------------------------------

const CORE_WORDS = [
  'Sentosa',
  'Majapahit',
  'Sekar',
  'Jagad',
  'Sooko',
  'Kencana',
  'Wilwatikta',
  'Surya',
  'Mentari',
  'Arum',
  'Sari',
  'Jaya',
  'Abadi',
  'Makmur',
  'Lestari',
  'Mulia',
  'Rejeki',
  'Barokah',
  'Amanah',
  'Berkah',
  'Tribuana',
  'Gajah Mada',
  'Brawijaya',
  'Kinanti',
  'Widuri',
  'Puspa',
  'Melati',
  'Kartika',
  'Ayu',
  'Wastra',
  'Maja',
  'Bharama',
  'Tunggal',
  'Ratu',
  'Prabu',
  'Candi',
  'Bajang',
  'Mojo',
  'Kedungsari',
  'Kawung',
  'Parang',
  'Truntum',
  'Sidomukti',
  'Sidoluhur',
  'Gringsing',
  'Mrico Bolong',
  'Koi',
  'Pring',
  'Sekar Jagad',
  'Wijaya',
  'Kusuma',
  'Indah',
  'Mandiri',
  'Rahayu',
  'Sejahtera',
  'Harapan',
  'Cahaya',
  'Nusantara',
  'Dewi',
  'Srikandi',
  'Larasati',
  'Anggun',
  'Pesona',
  'Mustika',
  'Pusaka',
  'Trowulan',
  'Segaran',
  'Kali Brantas',
] as const;
const OWNERS = [
  'Bu Siti',
  'Pak Harto',
  'Bu Sri',
  'Hj. Aminah',
  'Pak Slamet',
  'Bu Lilik',
  'Pak Bambang',
  'Bu Endang',
  'Pak Joko',
  'Bu Yuli',
  'Mbak Dewi',
  'Cak Hari',
  'Bu Tutik',
  'Pak Supri',
  'Bu Wiwik',
  'Bu Nanik',
] as const;
const BATIK_HEADS = [
  'Batik',
  'Batik Tulis',
  'Rumah Batik',
  'Griya Batik',
  'Galeri Batik',
  'Batik Cap',
  'Sanggar Batik',
];
const OTHER_HEADS: Record<string, readonly string[]> = {
  '15201': ['Sepatu', 'Sandal', 'Alas Kaki'],
  '14111': ['Konveksi', 'Garmen'],
  '14302': ['Bordir', 'Sulaman'],
  '13122': ['Tenun', 'Tenun Ikat'],
  '15121': ['Kerajinan Kulit', 'Tas Kulit'],
  '13133': ['Sablon', 'Printing Kain'],
  '13929': ['Kerajinan Kain', 'Perca'],
  '10794': ['Keripik', 'Kerupuk'],
  '10796': ['Dodol', 'Jenang'],
  '16222': ['Mebel', 'Ukir Kayu'],
};
const STREETS = [
  'Jl. Kedungsari',
  'Jl. Majapahit',
  'Jl. Gajah Mada',
  'Jl. Brawijaya',
  'Jl. Hayam Wuruk',
  'Jl. Empu Nala',
  'Jl. Raden Wijaya',
  'Jl. Pahlawan',
  'Jl. Kartini',
  'Jl. Diponegoro',
  'Jl. Cokroaminoto',
  'Jl. Bhayangkara',
  'Jl. Surodinawan',
  'Jl. Raya Sooko',
  'Jl. Raya Trowulan',
  'Jl. Raya Mojosari',
  'Dusun Sumberwuluh',
  'Dusun Ngrayung',
  'Jl. Kenanga',
  'Jl. Melati',
  'Jl. Mawar',
  'Jl. Anggrek',
];
const RAW_MATERIALS: Record<string, string> = {
  '13134': 'kain mori primissima, malam (lilin batik), pewarna naptol dan remasol',
  '15201': 'kulit sapi, sol karet, lem',
  '14111': 'kain katun, benang jahit, kancing',
  '14302': 'kain, benang bordir',
  '13122': 'benang katun, pewarna alam',
  '15121': 'kulit sapi samak, benang, ritsleting',
};

// --- Distribution over the province --------------------------------------------------------------

/**
 * Where the businesses of a centre in Kota Mojokerto are: 30 % in the city itself, 30 % in
 * Kabupaten Mojokerto (Sooko, Trowulan, Puri and Mojosari weigh more), 40 % across the rest of
 * Jawa Timur. Gives a few kecamatan with ~10k rows each, some with ~1–4k, and a long tail.
 */
function wilayahPicker(rng: Rng): () => Kelurahan {
  const all = jawaTimurKelurahan();
  const city = all.filter((k) => k.code.startsWith('35.76.'));
  const kab = all.filter((k) => k.code.startsWith('35.16.'));
  const rest = all.filter((k) => !k.code.startsWith('35.76.') && !k.code.startsWith('35.16.'));
  const heavy = new Set(['35.16.13', '35.16.12', '35.16.11', '35.16.08']);
  const kabWeighted = kab.map((k) => [k, heavy.has(k.kecamatan) ? 6 : 1] as const);
  return () => {
    const r = rng.next();
    if (r < 0.3) return rng.pick(city);
    if (r < 0.6) return rng.weighted(kabWeighted);
    return rng.pick(rest);
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round = (n: number, step: number) => Math.round(n / step) * step;

/**
 * A 13-digit NIB unique for every index below 10^12: prefix digit + a bijective scramble of the
 * index (multiplication by a unit mod 10^12). Different prefixes never collide.
 */
export function nibFor(index: number, prefix: '9' | '8' = '9'): string {
  const m = 1_000_000_000_000n;
  const v = (BigInt(index) * 7_919_000_003n + 123_456_789n) % m;
  return `${prefix}${pad(Number(v), 12)}`;
}

export interface GenerateOptions {
  seed?: number;
  /** The first index (so a second file can continue without NIB clashes). */
  startIndex?: number;
  /** Leading digit of generated NIBs ('9' for the loaded registry, '8' for an import file). */
  nibPrefix?: '9' | '8';
  /** Share of rows with a NIB (about 70 % of small businesses have one). */
  nibShare?: number;
}

/** Generates `count` businesses; deterministic in (seed, startIndex, count). */
export function* generateBusinesses(count: number, opts: GenerateOptions = {}): Generator<GeneratedBusiness> {
  const rng = new Rng(opts.seed ?? 20_240_207);
  const nibShare = opts.nibShare ?? 0.7;
  const start = opts.startIndex ?? 0;
  const pickWilayah = wilayahPicker(rng);
  const kbli = kbliWeights();
  for (let i = start; i < start + count; i++) {
    const mainKbli = rng.weighted(kbli);
    const isBatik = mainKbli === '13134';
    const legalForm = rng.weighted<LegalForm>([
      ['perorangan', 55],
      ['ud', 25],
      ['cv', 12],
      ['pt', 3],
      ['koperasi', 5],
    ]);
    const head = isBatik ? rng.pick(BATIK_HEADS) : rng.pick(OTHER_HEADS[mainKbli] ?? ['Usaha']);
    const w1 = rng.pick(CORE_WORDS);
    const style = rng.int(0, 9);
    let body: string;
    if (style < 4) body = `${head} ${w1}`;
    else if (style < 7) body = `${head} ${w1} ${rng.pick(CORE_WORDS)}`;
    else if (style < 9) body = `${head} ${rng.pick(OWNERS)}`;
    else body = `${w1} ${rng.pick(CORE_WORDS)} ${head}`;
    const prefix =
      legalForm === 'ud'
        ? 'UD '
        : legalForm === 'cv'
          ? 'CV '
          : legalForm === 'pt'
            ? 'PT '
            : legalForm === 'koperasi'
              ? 'Koperasi '
              : '';
    const name = `${prefix}${body}`;
    const kel = pickWilayah();

    const techniques: Technique[] = [];
    if (isBatik) {
      techniques.push(
        rng.weighted<Technique>([
          ['tulis', 45],
          ['cap', 25],
          ['kombinasi', 20],
          ['printing', 10],
        ]),
      );
      if (rng.chance(0.25)) {
        const second = rng.pick<Technique>(['tulis', 'cap', 'kombinasi']);
        if (!techniques.includes(second)) techniques.push(second);
      }
    }
    const kbliCodes = [mainKbli];
    if (isBatik && rng.chance(0.15)) kbliCodes.push(rng.pick(['14111', '13929']));

    const male = rng.int(0, 6);
    const female = rng.int(male === 0 ? 1 : 0, 12);
    const scale = rng.weighted([
      [1, 80],
      [5, 17],
      [25, 3],
    ] as const);
    const known = rng.chance(0.85);
    const investment = known ? round(rng.int(5, 400) * 250_000 * scale, 50_000) : null;
    const volume = rng.int(100, 5_000) * scale;
    const unitPrice = isBatik ? rng.int(75, 1_500) * 1_000 : rng.int(10, 300) * 1_000;
    const capacity = round(volume * (1 + rng.next()), 10);
    const founded = rng.chance(0.9) ? rng.int(1975, 2024) : null;
    const member = rng.chance(0.55);
    const memberYear = Math.max(founded ?? 2015, 2015) + rng.int(0, 3);
    const hasPhone = rng.chance(0.9);
    const phone = hasPhone
      ? `08${rng.pick(['12', '13', '21', '22', '52', '56', '57', '77', '78', '95'])}${pad(rng.int(0, 99_999_999), 8)}`
      : null;
    const slug = body.toLowerCase().replace(/[^a-z0-9]+/g, '');

    const certifications: GeneratedCertification[] = [];
    if (isBatik && rng.chance(0.12)) {
      const year = rng.int(2016, 2024);
      const cat = techniques.find((t) => t !== 'printing');
      certifications.push({
        kind: 'batikmark',
        category: (cat ?? 'tulis') as 'tulis',
        number: `BM-${year}-${pad(rng.int(1, 9999), 4)}`,
        issuedOn: `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
        validUntil: `${year + 3}-12-31`,
      });
    }
    if (!isBatik && mainKbli.startsWith('10') && rng.chance(0.3)) {
      const year = rng.int(2019, 2024);
      certifications.push({
        kind: rng.chance(0.5) ? 'halal' : 'pirt',
        category: null,
        number: `${pad(rng.int(1, 99_999_999), 8)}`,
        issuedOn: `${year}-01-15`,
        validUntil: null,
      });
    }

    yield {
      id: rng.uuid(),
      name,
      legalForm,
      nib: rng.chance(nibShare) ? nibFor(i, opts.nibPrefix ?? '9') : null,
      address: `${rng.pick(STREETS)} No. ${rng.int(1, 250)}, RT ${pad(rng.int(1, 12), 2)}/RW ${pad(rng.int(1, 8), 2)}`,
      wilayahCode: kel.code,
      latitude: rng.chance(0.4) ? Number((-7.9 + rng.next() * 0.9).toFixed(6)) : null,
      longitude: rng.chance(0.4) ? Number((111.5 + rng.next() * 2.5).toFixed(6)) : null,
      phone,
      whatsapp: hasPhone && rng.chance(0.8) ? phone : null,
      email: rng.chance(0.3) ? `${slug.slice(0, 20)}${rng.int(1, 99)}@gmail.com` : null,
      yearFounded: founded,
      techniques,
      marketReach: rng.weighted<Reach[]>([
        [['lokal'], 60],
        [['lokal', 'nasional'], 32],
        [['lokal', 'nasional', 'ekspor'], 8],
      ]),
      memberSince: member ? `${Math.min(memberYear, 2025)}-${pad(rng.int(1, 12), 2)}-01` : null,
      isTenant: member && rng.chance(0.1),
      workersMale: male,
      workersFemale: female,
      investmentIdr: investment,
      investmentLandBuildingIdr: rng.chance(0.6)
        ? round(rng.int(20, 600) * 1_000_000 * scale, 1_000_000)
        : null,
      capacityInstalled: capacity,
      capacityUsed: volume,
      capacityUnit:
        isBatik || mainKbli.startsWith('13') || mainKbli.startsWith('14')
          ? 'lembar'
          : mainKbli.startsWith('15')
            ? 'pasang'
            : 'kg',
      productionVolume: volume,
      productionValueIdr: rng.chance(0.9) ? volume * unitPrice : null,
      rawMaterialValueIdr: round(volume * unitPrice * (0.3 + rng.next() * 0.3), 1_000),
      rawMaterialNote: RAW_MATERIALS[mainKbli] ?? null,
      waterM3: isBatik ? rng.int(20, 2_000) * scale : null,
      fuelLitre: rng.chance(0.7) ? rng.int(50, 3_000) * scale : null,
      electricityKwh: rng.int(300, 12_000) * scale,
      machinesCount: rng.int(0, 10) * (scale > 1 ? 3 : 1),
      kbliCodes,
      certifications,
    };
  }
}
