import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/app-error.js';
import { ikmBatikRows, sampleXlsx } from './ikm-batik-sample.js';
import { readImportTable } from './read-spreadsheet.js';
import { readXlsxFast } from './xlsx-reader.js';

/** A sheet as people really make them: a title above the header, rich text, formulas, links. */
async function messyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Catatan').addRow(['Daftar ini disusun oleh Bidang Perindustrian']);
  const ws = wb.addWorksheet('Data IKM 2024');
  ws.addRow(['Data IKM Batik Kota Mojokerto']);
  ws.mergeCells('A1:D1'); // a merged title above the header is fine
  ws.addRow([]);
  ws.addRow([
    'Nama usaha*',
    'Bentuk usaha*',
    'Alamat*',
    'Kode wilayah (kelurahan)*',
    'Anggota sejak',
    'Penyewa',
    'Nilai produksi (Rp)',
    'Email',
  ]);
  ws.addRow([
    { richText: [{ text: 'Batik ', font: { bold: true } }, { text: 'Sekar & Jagad <1>' }] },
    'UD',
    'Jl. Kedungsari 12\nRT 02',
    '35.76.02.1001',
    new Date(Date.UTC(2024, 1, 15)),
    true,
    { formula: 'A9*2', result: 1_500_000 },
    { text: 'sekar@contoh.id', hyperlink: 'mailto:sekar@contoh.id' },
  ]);
  ws.getCell('E4').numFmt = 'dd/mm/yyyy';
  ws.addRow([]);
  ws.addRow(['  Batik Kedua  ', 'CV', 'Jl. Majapahit', '35.76.01.1008', null, 'tidak', 'Rp 2.500.000', null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading xlsx', () => {
  it('the lean reader and exceljs read the same rows, numbered as Excel shows them', async () => {
    const bytes = await messyWorkbook();
    // The lean reader understands the file itself (no silent fallback to exceljs).
    const sheets = await readXlsxFast(bytes, 100);
    expect(sheets.map((s) => [s.name, s.merges])).toEqual([
      ['Catatan', []],
      ['Data IKM 2024', ['A1:D1']],
    ]);
    const lean = await readImportTable(bytes);
    const full = await readImportTable(bytes, 'exceljs');
    expect(lean).toEqual(full);
    expect(lean.sheetName).toBe('Data IKM 2024');
    expect(lean.headerRowNumber).toBe(3);
    expect(lean.rows).toEqual([
      {
        rowNumber: 4,
        cells: [
          'Batik Sekar & Jagad <1>',
          'UD',
          'Jl. Kedungsari 12\nRT 02',
          '35.76.02.1001',
          new Date(Date.UTC(2024, 1, 15)),
          true,
          1_500_000,
          'sekar@contoh.id',
        ],
      },
      {
        rowNumber: 6,
        cells: ['Batik Kedua', 'CV', 'Jl. Majapahit', '35.76.01.1008', null, 'tidak', 'Rp 2.500.000'],
      },
    ]);
  });

  it('agrees with exceljs on the realistic sample', async () => {
    const bytes = await sampleXlsx(ikmBatikRows());
    expect((await readXlsxFast(bytes, 100))[0]?.rows).toHaveLength(31);
    expect(await readImportTable(bytes)).toEqual(await readImportTable(bytes, 'exceljs'));
  });

  it('stops reading a sheet as soon as it passes 20,000 rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Nama usaha*', 'Bentuk usaha*', 'Alamat*', 'Kode wilayah (kelurahan)*']);
    for (let i = 0; i < 20_011; i++) ws.addRow([`Batik ${i}`, 'UD', 'Jl. Uji', '35.76.02.1001']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const err = await readImportTable(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_TOO_MANY_ROWS');
  });
});
