import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './import-columns.js';
import { MAX_DATA_ROWS } from './read-spreadsheet.js';

export const DATA_SHEET = 'Data usaha';
export const HELP_SHEET = 'Petunjuk';

/** Columns Excel must keep as text: it would drop a NIB's leading zero or a phone's 0. */
const TEXT_KINDS = new Set(['nib', 'kbli', 'wilayah', 'phone']);
/** Rows that get drop-down lists; enough for a Dinas sheet, light enough to open on any PC. */
const VALIDATED_ROWS = 2000;

const GENERAL_HELP = [
  'Isi satu usaha IKM per baris di lembar "Data usaha", mulai baris 2. Baris 2 berisi contoh: hapus atau timpa sebelum mengunggah.',
  'Jangan mengubah judul kolom di baris 1 dan jangan menggabungkan (merge) sel judul. Urutan kolom boleh berubah; kolom tanpa tanda * boleh dikosongkan atau dihapus.',
  'Angka ditulis cara Indonesia: titik untuk ribuan, koma untuk desimal (1.500.000; 12,5). Boleh memakai Rp, jt/juta dan M/miliar: Rp 1,5 jt = 1.500.000; 2 M = 2.000.000.000.',
  'Angka yang meragukan ditolak: 1,500 bisa berarti 1.500 atau 1,5 — tulis salah satunya dengan jelas. Angka dalam kata (mis. "satu juta") juga ditolak.',
  'Usaha yang sudah terdaftar dikenali dari NIB-nya, atau bila NIB kosong dari nama usaha dan kode kelurahan yang sama: baris itu memperbarui datanya, tidak membuat data ganda. Sel kosong tidak menghapus data yang sudah ada.',
  `Berkas .xlsx atau .csv (pemisah koma atau titik koma, UTF-8), paling besar 20 MB dan ${MAX_DATA_ROWS.toLocaleString('id-ID')} baris data. Berkas yang dilindungi kata sandi tidak dapat dibaca.`,
  'Sebelum disimpan, Sentra menampilkan pratinjau: setiap masalah disebut baris, kolom, isi sel dan alasannya. Anda memilih mengimpor baris yang valid saja, atau tidak mengimpor apa pun sampai semua baris valid.',
  'Jangan menulis NIK (Nomor Induk Kependudukan) di berkas ini: NIK adalah data pribadi (UU 27/2022).',
];

/** The import template: the data sheet with headers and one example row, and the Petunjuk sheet. */
export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sentra';
  workbook.created = new Date(Date.UTC(2024, 1, 1));

  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  data.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.width,
    style: TEXT_KINDS.has(c.kind)
      ? { numFmt: '@' }
      : c.kind === 'rupiah'
        ? { numFmt: '#,##0' }
        : c.kind === 'date'
          ? { numFmt: 'dd/mm/yyyy' }
          : {},
  }));
  const headerRow = data.getRow(1);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.height = 32;
  data.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.field, c.example])));
  data.getRow(2).font = { italic: true, color: { argb: 'FF6B6B6B' } };

  const lists: Record<string, string> = {
    legalForm: '"perorangan,UD,CV,PT,koperasi"',
    isTenant: '"ya,tidak"',
    ownerGender: '"L,P"',
  };
  IMPORT_COLUMNS.forEach((c, i) => {
    const list = lists[c.field];
    if (!list) return;
    for (let r = 2; r <= VALIDATED_ROWS; r++)
      data.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: c.header,
        error: c.help,
      };
  });

  const help = workbook.addWorksheet(HELP_SHEET);
  help.columns = [{ width: 38 }, { width: 9 }, { width: 90 }, { width: 30 }];
  help.addRow(['Petunjuk pengisian templat impor registri IKM — Sentra']).font = { bold: true, size: 14 };
  help.addRow([]);
  for (const line of GENERAL_HELP) {
    const row = help.addRow([line]);
    help.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 32;
  }
  help.addRow([]);
  help.addRow(['Kolom', 'Wajib', 'Isi, nilai yang diterima dan format', 'Contoh']).font = { bold: true };
  for (const c of IMPORT_COLUMNS) {
    const example =
      c.example instanceof Date
        ? '15/02/2024'
        : typeof c.example === 'number'
          ? c.example.toLocaleString('id-ID')
          : c.example;
    const row = help.addRow([c.header, c.required ? 'ya' : '', c.help, example]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let cached: Promise<Buffer> | undefined;
/** Built once per process: the template changes only with the code. */
export function templateBytes(): Promise<Buffer> {
  cached ??= buildTemplate().catch((err) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
