/**
 * The columns of the import template, in order. One list drives the template, the Petunjuk sheet,
 * header matching on upload and the export, so a file exported from Sentra imports back as is.
 */
export type ColumnKind =
  | 'text'
  | 'legalForm'
  | 'nib'
  | 'kbli'
  | 'wilayah'
  | 'phone'
  | 'email'
  | 'year'
  | 'techniques'
  | 'marketReach'
  | 'date'
  | 'yesNo'
  | 'count'
  | 'rupiah'
  | 'quantity'
  | 'gender';

/** The fields a row fills: a business (as in the create request) plus its owner. */
export type ImportField =
  | 'name'
  | 'legalForm'
  | 'nib'
  | 'kbliCodes'
  | 'address'
  | 'wilayahCode'
  | 'phone'
  | 'whatsapp'
  | 'email'
  | 'yearFounded'
  | 'techniques'
  | 'marketReach'
  | 'memberSince'
  | 'isTenant'
  | 'workersMale'
  | 'workersFemale'
  | 'investmentIdr'
  | 'investmentLandBuildingIdr'
  | 'capacityInstalled'
  | 'capacityUsed'
  | 'capacityUnit'
  | 'productionVolume'
  | 'productionValueIdr'
  | 'rawMaterialValueIdr'
  | 'ownerName'
  | 'ownerGender'
  | 'ownerPhone';

export interface ImportColumn {
  field: ImportField;
  /** The header as the template writes it; a star marks a required column. */
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** What the Petunjuk sheet says about the column: meaning, allowed values, format. */
  help: string;
  /** The value in the template's example row (a batik IKM in Kota Mojokerto). */
  example: string | number | Date;
  width: number;
}

export const TEMPLATE_EXAMPLE_NAME = 'Batik Sekar Jagad Majapahit (CONTOH)';

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'name',
    header: 'Nama usaha*',
    kind: 'text',
    required: true,
    help: 'Nama unit usaha IKM seperti dikenal di masyarakat. Wajib. Bersama kode wilayah dipakai untuk mengenali usaha yang sudah ada bila NIB kosong.',
    example: TEMPLATE_EXAMPLE_NAME,
    width: 34,
  },
  {
    field: 'legalForm',
    header: 'Bentuk usaha*',
    kind: 'legalForm',
    required: true,
    help: 'Wajib. Salah satu: perorangan, UD, CV, PT, koperasi.',
    example: 'UD',
    width: 14,
  },
  {
    field: 'nib',
    header: 'NIB',
    kind: 'nib',
    help: 'Nomor Induk Berusaha dari OSS, 13 digit angka. Bila NIB sudah terdaftar di Sentra, baris ini memperbarui usaha tersebut. Format kolom sebagai Teks agar angka 0 di depan tidak hilang.',
    example: '9120001234567',
    width: 16,
  },
  {
    field: 'kbliCodes',
    header: 'KBLI',
    kind: 'kbli',
    help: 'Kode KBLI 2020 (5 digit), pisahkan dengan koma bila lebih dari satu. Batik: 13134.',
    example: '13134, 14111',
    width: 14,
  },
  {
    field: 'address',
    header: 'Alamat*',
    kind: 'text',
    required: true,
    help: 'Wajib. Jalan, nomor, RT/RW.',
    example: 'Jl. Kedungsari No. 12, RT 02 RW 03',
    width: 34,
  },
  {
    field: 'wilayahCode',
    header: 'Kode wilayah (kelurahan)*',
    kind: 'wilayah',
    required: true,
    help: 'Wajib. Kode kelurahan/desa Kemendagri, mis. 35.76.02.1001 (Gununggedangan, Magersari, Kota Mojokerto). Boleh ditulis tanpa titik: 3576021001.',
    example: '35.76.02.1001',
    width: 16,
  },
  {
    field: 'phone',
    header: 'Telepon',
    kind: 'phone',
    help: 'Nomor telepon usaha, mis. 0321-321456.',
    example: '0321-321456',
    width: 16,
  },
  {
    field: 'whatsapp',
    header: 'WhatsApp',
    kind: 'phone',
    help: 'Nomor WhatsApp usaha, mis. 081234567890.',
    example: '081234567890',
    width: 16,
  },
  {
    field: 'email',
    header: 'Email',
    kind: 'email',
    help: 'Alamat email usaha.',
    example: 'sekarjagad@contoh.id',
    width: 24,
  },
  {
    field: 'yearFounded',
    header: 'Tahun berdiri',
    kind: 'year',
    help: 'Tahun usaha mulai berjalan, 4 angka, mis. 2012.',
    example: 2012,
    width: 10,
  },
  {
    field: 'techniques',
    header: 'Teknik',
    kind: 'techniques',
    help: 'Teknik batik, pisahkan dengan koma: tulis, cap, kombinasi, printing. Printing dicatat tetapi bukan batik menurut SNI 8302–8304.',
    example: 'tulis, cap',
    width: 16,
  },
  {
    field: 'marketReach',
    header: 'Jangkauan pasar',
    kind: 'marketReach',
    help: 'Pisahkan dengan koma: lokal, nasional, ekspor.',
    example: 'lokal, nasional',
    width: 16,
  },
  {
    field: 'memberSince',
    header: 'Anggota sejak',
    kind: 'date',
    help: 'Tanggal menjadi anggota sentra: sel tanggal Excel, atau tulis 15/02/2024 atau 2024-02-15. Kosongkan bila bukan anggota.',
    example: new Date(Date.UTC(2024, 1, 15)),
    width: 14,
  },
  {
    field: 'isTenant',
    header: 'Penyewa',
    kind: 'yesNo',
    help: 'Menyewa unit produksi di sentra: ya atau tidak.',
    example: 'ya',
    width: 9,
  },
  {
    field: 'workersMale',
    header: 'Tenaga kerja laki-laki',
    kind: 'count',
    help: 'Jumlah orang, bilangan bulat, tidak negatif.',
    example: 3,
    width: 12,
  },
  {
    field: 'workersFemale',
    header: 'Tenaga kerja perempuan',
    kind: 'count',
    help: 'Jumlah orang, bilangan bulat, tidak negatif.',
    example: 9,
    width: 12,
  },
  {
    field: 'investmentIdr',
    header: 'Investasi tanpa tanah & bangunan (Rp)',
    kind: 'rupiah',
    help: 'Modal usaha dalam rupiah; menentukan kelas usaha (PP 7/2021). Angka sel Excel, atau teks seperti Rp 75.000.000, 75.000.000, 75 jt, 1,5 M.',
    example: 75_000_000,
    width: 18,
  },
  {
    field: 'investmentLandBuildingIdr',
    header: 'Investasi tanah & bangunan (Rp)',
    kind: 'rupiah',
    help: 'Nilai investasi tanah dan bangunan dalam rupiah.',
    example: 150_000_000,
    width: 18,
  },
  {
    field: 'capacityInstalled',
    header: 'Kapasitas terpasang',
    kind: 'quantity',
    help: 'Kapasitas produksi terpasang per tahun, dalam satuan kolom Satuan.',
    example: 2400,
    width: 12,
  },
  {
    field: 'capacityUsed',
    header: 'Kapasitas terpakai',
    kind: 'quantity',
    help: 'Kapasitas produksi yang terpakai per tahun.',
    example: 1800,
    width: 12,
  },
  {
    field: 'capacityUnit',
    header: 'Satuan',
    kind: 'text',
    help: 'Satuan kapasitas dan produksi, mis. lembar, meter, potong.',
    example: 'lembar',
    width: 10,
  },
  {
    field: 'productionVolume',
    header: 'Jumlah produksi',
    kind: 'quantity',
    help: 'Jumlah produksi per tahun, dalam satuan kolom Satuan.',
    example: 1750,
    width: 12,
  },
  {
    field: 'productionValueIdr',
    header: 'Nilai produksi (Rp)',
    kind: 'rupiah',
    help: 'Nilai produksi per tahun dalam rupiah.',
    example: 612_500_000,
    width: 18,
  },
  {
    field: 'rawMaterialValueIdr',
    header: 'Nilai bahan baku (Rp)',
    kind: 'rupiah',
    help: 'Nilai bahan baku (kain mori, malam, pewarna) per tahun dalam rupiah.',
    example: 210_000_000,
    width: 18,
  },
  {
    field: 'ownerName',
    header: 'Pemilik (nama)',
    kind: 'text',
    help: 'Nama pemilik usaha; dicatat sebagai orang dengan peran pemilik. Jangan tulis NIK.',
    example: 'Siti Aminah',
    width: 22,
  },
  {
    field: 'ownerGender',
    header: 'Pemilik (L/P)',
    kind: 'gender',
    help: 'Jenis kelamin pemilik: L (laki-laki) atau P (perempuan).',
    example: 'P',
    width: 8,
  },
  {
    field: 'ownerPhone',
    header: 'Telepon pemilik',
    kind: 'phone',
    help: 'Nomor telepon atau WhatsApp pemilik.',
    example: '081234567891',
    width: 16,
  },
];

/** Case, spacing, the required-star and "dan"/"&" do not matter when matching a header. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\*/g, '')
    .replace(/\bdan\b/g, '&')
    .replace(/\s+/g, '');
}

const BY_HEADER = new Map(IMPORT_COLUMNS.map((c) => [normaliseHeader(c.header), c]));

/** The template column a header cell names, if any. */
export function columnForHeader(text: unknown): ImportColumn | undefined {
  return typeof text === 'string' ? BY_HEADER.get(normaliseHeader(text)) : undefined;
}

export const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => c.required);
