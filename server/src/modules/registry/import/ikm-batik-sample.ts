import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './import-columns.js';

/**
 * Thirty batik IKMs of Kota Mojokerto as a Dinas spreadsheet would list them, for the medium
 * tests and the browser journey's fixture (e2e/fixtures/make-ikm-batik-xlsx.ts). Numbers come in
 * the forms people type: Excel numbers, "Rp 45.000.000", "45 jt", "1,2 M". Every fifth business
 * has no NIB yet, so a re-import must recognise it by name and kelurahan.
 */
export type SampleRow = Record<string, string | number | Date | null>;

/** Kelurahan of Kota Mojokerto (Kemendagri codes), Gununggedangan first: the centre's own. */
export const MOJOKERTO_KELURAHAN = [
  '35.76.02.1001',
  '35.76.01.1008',
  '35.76.03.1004',
  '35.76.02.1003',
  '35.76.01.1004',
  '35.76.03.1003',
  '35.76.02.1004',
  '35.76.03.1005',
  '35.76.01.1006',
  '35.76.02.1010',
];

const NAMES = [
  'Batik Majapahit Sooko',
  'Batik Sekar Jagad',
  'Batik Surya Majapahit',
  'Batik Gajah Mada',
  'Batik Mojo Wiji',
  'Batik Kembang Mojo',
  'Batik Rengganis',
  'Batik Wijaya Kusuma',
  'Batik Sri Tanjung Kranggan',
  'Batik Brawijaya',
  'Batik Tribhuwana',
  'Batik Kedungsari',
  'Batik Kusuma Wardhani',
  'Batik Sekar Kedaton',
  'Batik Merak Ati',
  'Batik Lintang Mojo',
  'Batik Purnama Blooto',
  'Batik Canting Emas Meri',
  'Batik Griya Sentanan',
  'Batik Abhirama',
  'Batik Wilwatikta',
  'Batik Padma Majapahit',
  'Batik Kirana Miji',
  'Batik Cakra Magersari',
  'Batik Sinar Gedongan',
  'Batik Rara Wates',
  'Batik Sido Mulyo Balongsari',
  'Batik Ayu Purwotengah',
  'Batik Dewi Sri Jagalan',
  'Batik Tirta Kedundung',
];

const OWNERS: [string, 'L' | 'P'][] = [
  ['Siti Aminah', 'P'],
  ['Sri Wahyuni', 'P'],
  ['Endang Susilowati', 'P'],
  ['Budi Santoso', 'L'],
  ['Agus Prasetyo', 'L'],
  ['Dwi Rahayu', 'P'],
  ['Lilik Suhartini', 'P'],
  ['Ninik Kustiani', 'P'],
  ['Heru Purnomo', 'L'],
  ['Yuli Astutik', 'P'],
  ['Rina Wulandari', 'P'],
  ['Bambang Irawan', 'L'],
  ['Tri Mulyani', 'P'],
  ['Eko Wahyudi', 'L'],
  ['Nur Hidayah', 'P'],
  ['Suparmi', 'P'],
  ['Wahyu Hidayat', 'L'],
  ['Anik Setyowati', 'P'],
  ['Joko Susilo', 'L'],
  ['Ratna Dewi', 'P'],
  ['Sugeng Riyadi', 'L'],
  ['Umi Kulsum', 'P'],
  ['Didik Haryanto', 'L'],
  ['Puji Lestari', 'P'],
  ['Slamet Riyanto', 'L'],
  ['Kasiani', 'P'],
  ['Hariyono', 'L'],
  ['Mujiati', 'P'],
  ['Retno Palupi', 'P'],
  ['Imam Syafii', 'L'],
];

const STREETS = [
  'Jl. Kedungsari',
  'Jl. Majapahit',
  'Jl. Gajah Mada',
  'Jl. Empunala',
  'Jl. Brawijaya',
  'Jl. Pahlawan',
];
const TECHNIQUES = ['tulis', 'cap', 'tulis, cap', 'kombinasi', 'tulis', 'cap, printing'];
const MARKETS = ['lokal', 'lokal, nasional', 'nasional', 'lokal, nasional, ekspor'];
const INVESTMENT = [45_000_000, 'Rp 75.000.000', '120 jt', 'Rp1,5 jt', 250_000_000, '1,2 M'];

/** NIB of the i-th business; a series keeps several imports into one database apart. */
export const sampleNib = (i: number, series = 20) =>
  `91${String(series % 100).padStart(2, '0')}${String(1_357_901 + i * 104_729).padStart(9, '0')}`;

/** The thirty rows, keyed by template header; `i` is 0-based (the sheet row is i + 2). */
export function ikmBatikRows(series = 20): SampleRow[] {
  return NAMES.map((name, i) => {
    const [owner, gender] = OWNERS[i] as [string, 'L' | 'P'];
    const women = 3 + ((i * 7) % 11);
    const men = (i * 3) % 5;
    const production = 600 + ((i * 137) % 2400);
    const row: Record<string, string | number | Date | null> = {
      'Nama usaha*': name,
      'Bentuk usaha*': ['perorangan', 'UD', 'CV', 'perorangan', 'koperasi'][i % 5] as string,
      NIB: i % 5 === 4 ? null : sampleNib(i, series),
      KBLI: i % 4 === 0 ? '13134, 14111' : '13134',
      'Alamat*': `${STREETS[i % STREETS.length]} No. ${10 + i}, RT 0${1 + (i % 5)} RW 0${1 + (i % 3)}`,
      'Kode wilayah (kelurahan)*': MOJOKERTO_KELURAHAN[i % MOJOKERTO_KELURAHAN.length] as string,
      Telepon: `0321-${String(320_100 + i * 37).slice(0, 6)}`,
      WhatsApp: `0812${String(31_000_000 + i * 7_919).padStart(8, '0')}`,
      Email: i % 3 === 0 ? `${name.toLowerCase().replace(/[^a-z]+/g, '')}@gmail.com` : null,
      'Tahun berdiri': 1998 + ((i * 5) % 25),
      Teknik: TECHNIQUES[i % TECHNIQUES.length] as string,
      'Jangkauan pasar': MARKETS[i % MARKETS.length] as string,
      'Anggota sejak': i % 2 === 0 ? new Date(Date.UTC(2024, 1 + (i % 10), 1 + (i % 27))) : null,
      Penyewa: i % 3 === 0 ? 'ya' : 'tidak',
      'Tenaga kerja laki-laki': men,
      'Tenaga kerja perempuan': women,
      'Investasi tanpa tanah & bangunan (Rp)': INVESTMENT[i % INVESTMENT.length] as string | number,
      'Investasi tanah & bangunan (Rp)':
        i % 4 === 1 ? null : `Rp ${(100 + i * 5).toLocaleString('id-ID')}.000.000`,
      'Kapasitas terpasang': Math.round(production * 1.4),
      'Kapasitas terpakai': production,
      Satuan: 'lembar',
      'Jumlah produksi': production,
      'Nilai produksi (Rp)': production * 350_000,
      'Nilai bahan baku (Rp)': `${(production * 120).toLocaleString('id-ID')}.000`,
      'Pemilik (nama)': owner,
      'Pemilik (L/P)': gender,
      'Telepon pemilik': `0813${String(52_000_000 + i * 6_151).padStart(8, '0')}`,
    };
    return row;
  });
}

/** Writes rows under the template's headers, as Excel would save them. */
export async function sampleXlsx(rows: SampleRow[], sheetName = 'Data usaha'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.header,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.header] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
