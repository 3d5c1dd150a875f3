import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  BROKEN_ITEMS,
  buildRealisticRab,
  RAB_CONTRACT_VALUE,
  RAB_FISCAL_YEAR,
  RAB_PACKAGE_NAME,
  RAB_WEEKS,
  realisticRabPlan,
} from './fixtures/generate-rab.js';
import { FIXTURE_URL } from './fixtures/write-fixture.js';
import { type ParsedRab, parseRab, RabFileError } from './rab-parse.js';
import { classifyLabel, readNumber } from './rab-text.js';

/** A one-sheet workbook from rows of cell values (null / '' left empty). */
async function workbook(
  rows: ExcelJS.CellValue[][],
  opts: { merges?: string[]; sheet?: string; extraSheets?: string[] } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of opts.extraSheets ?? []) wb.addWorksheet(name);
  const ws = wb.addWorksheet(opts.sheet ?? 'RAB');
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v !== null && v !== undefined && v !== '') ws.getCell(i + 1, j + 1).value = v;
    });
  });
  for (const m of opts.merges ?? []) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function fileError(promise: Promise<unknown>): Promise<RabFileError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RabFileError);
  return err as RabFileError;
}

const sumShares = (shares: Record<number, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

describe('parseRab on the realistic RAB (Sentra IKM Batik Kota Mojokerto 2023)', () => {
  const plan = realisticRabPlan();
  const fixture = readFileSync(FIXTURE_URL);
  let parsed: ParsedRab;

  it('reads the committed fixture (under 100 KB) and says how long it took', async () => {
    expect(statSync(FIXTURE_URL).size).toBeLessThan(100 * 1024);
    await parseRab(fixture); // warm-up (module JIT)
    const runs = 20;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) parsed = await parseRab(fixture);
    const ms = (performance.now() - t0) / runs;
    console.log(`parseRab(realistic RAB, ${fixture.length} bytes): ${ms.toFixed(1)} ms per parse`);
    expect(ms).toBeLessThan(1_000);
  });

  it('finds the title block, the header, 23 weeks and no problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.sheet).toBe('RAB & Kurva S');
    expect(parsed.stated.title).toBe(RAB_PACKAGE_NAME);
    expect(parsed.stated.fiscalYear).toBe(RAB_FISCAL_YEAR);
    expect(parsed.stated.location).toBe('Kota Mojokerto, Provinsi Jawa Timur');
    expect(parsed.layout.headerRows).toEqual([9, 10]);
    expect(parsed.layout.columns).toEqual({
      no: 'A',
      uraian: 'B',
      volume: 'D',
      satuan: 'E',
      hargaSatuan: 'F',
      jumlah: 'G',
      bobot: 'H',
    });
    expect(parsed.weeks).toBe(RAB_WEEKS);
    expect(parsed.layout.weekColumns[0]).toEqual({ week: 1, column: 'I', label: 'juli 2023 m-1' });
    expect(parsed.layout.weekColumns.at(-1)).toMatchObject({ week: 23, column: 'AE' });
    expect(parsed.weekUnit).toBe('pct_of_contract');
    expect(parsed.weekScale).toBe('percent');
    expect(parsed.weekUnitNote.id).toContain('persen bobot kontrak');
    expect(parsed.weekUnitNote.en).toContain('54 of 54');
  });

  it('reads every item with its division, amounts and week shares', () => {
    expect(parsed.items).toHaveLength(plan.items.length);
    expect(parsed.items.length).toBeGreaterThanOrEqual(35);
    expect(parsed.items.length).toBeLessThanOrEqual(60);
    parsed.items.forEach((item, k) => {
      const want = plan.items[k];
      if (!want) throw new Error(`item ${k} missing from the plan`);
      expect(item).toMatchObject({
        division: want.division,
        code: want.code,
        name: want.name,
        unit: want.unit,
        unitPrice: want.unitPrice,
        total: want.total,
      });
      expect(item.volume).toBeCloseTo(want.volume, 9);
      expect(Object.keys(item.weekShares)).toEqual(Object.keys(want.shares));
      for (const [w, share] of Object.entries(want.shares))
        expect(item.weekShares[Number(w)]).toBeCloseTo(share, 9);
      expect(sumShares(item.weekShares)).toBeCloseTo(100, 6);
      expect(item.weightPct).toBeCloseTo((want.total / plan.jumlah) * 100, 9);
    });
  });

  it('recognises divisions, sub-totals and the totals', () => {
    expect(parsed.divisions.map((d) => d.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    expect(parsed.divisions[0]?.name).toBe('PEKERJAAN PERSIAPAN');
    expect(parsed.divisions.map((d) => d.total)).toEqual(plan.divisions.map((d) => d.total));
    const sumItems = parsed.items.reduce((s, i) => s + i.total, 0);
    expect(parsed.totalBeforeTax).toBe(sumItems);
    expect(parsed.stated.jumlah).toBe(sumItems);
    expect(parsed.divisions.reduce((s, d) => s + d.total, 0)).toBe(sumItems);
    expect(parsed.taxPct).toBe(11);
    expect(parsed.stated.total).toBeCloseTo(sumItems * 1.11, 2);
    expect(parsed.grandTotal).toBe(RAB_CONTRACT_VALUE);
    expect(parsed.stated.rounded).toBe(RAB_CONTRACT_VALUE);
  });

  it('gives a planned S-curve: slow start, steep middle, slow end, ending at 100', () => {
    const weekly = Array.from({ length: RAB_WEEKS }, (_, k) =>
      parsed.items.reduce((s, i) => s + (i.weightPct * (i.weekShares[k + 1] ?? 0)) / 100, 0),
    );
    const cumulative = weekly.map((_, k) => weekly.slice(0, k + 1).reduce((a, b) => a + b, 0));
    expect(cumulative.at(-1)).toBeCloseTo(100, 6);
    expect(cumulative[4]).toBeLessThan(15); // week 5
    expect(cumulative[11]).toBeGreaterThan(35); // week 12
    expect(cumulative[11]).toBeLessThan(75);
    const peak = Math.max(...weekly);
    expect(Math.max(...weekly.slice(0, 3))).toBeLessThan(peak / 2);
    expect(Math.max(...weekly.slice(-2))).toBeLessThan(peak / 2);
    // The plan rows in the sheet agree with what the items give (they are only cross-checked).
    for (let w = 1; w <= RAB_WEEKS; w++)
      expect(parsed.stated.planCumulative?.[w]).toBeCloseTo(cumulative[w - 1] as number, 6);
  });

  it('reads Indonesian text numbers pasted into the sheet', () => {
    const byName = (prefix: string) => parsed.items.find((i) => i.name.startsWith(prefix));
    expect(byName('Pasangan lantai granit')?.volume).toBe(3480); // "3.480,00"
    expect(byName('Kloset duduk')?.unitPrice).toBe(3_850_000); // "Rp 3.850.000"
    expect(byName('Wastafel')?.unitPrice).toBe(1_650_000); // "1.650.000,00"
  });

  it('parses the committed fixture exactly like a freshly generated file', async () => {
    expect(await parseRab(await buildRealisticRab())).toEqual(parsed);
  });

  it('gives the same result with the exceljs fallback reader', async () => {
    expect(await parseRab(fixture, { engine: 'exceljs' })).toEqual(parsed);
  });

  it('normalises week cells written as % of the item to the same shares', async () => {
    const perItem = await parseRab(await buildRealisticRab({ weekUnit: 'pct_of_item' }));
    expect(perItem.weekUnit).toBe('pct_of_item');
    expect(perItem.weekUnitNote.id).toContain('persen dari item');
    expect(perItem.problems).toEqual([]);
    expect(perItem.items).toHaveLength(parsed.items.length);
    perItem.items.forEach((item, k) => {
      const other = parsed.items[k]?.weekShares ?? {};
      expect(Object.keys(item.weekShares)).toEqual(Object.keys(other));
      for (const [w, share] of Object.entries(item.weekShares))
        expect(share).toBeCloseTo(other[Number(w)] ?? -1, 9);
    });
    expect(perItem.totalBeforeTax).toBe(parsed.totalBeforeTax);
  });
});

describe('parseRab on the broken RAB', () => {
  it('reports exactly its three problems, with rows and columns, and keeps going', async () => {
    const good = await parseRab(await buildRealisticRab());
    const rowOf = (name: string) => good.items.find((i) => i.name === name)?.row;
    const broken = await parseRab(await buildRealisticRab({ breakRows: true }));
    const bad = rowOf(BROKEN_ITEMS.badNumber);
    const mismatch = rowOf(BROKEN_ITEMS.totalMismatch);
    const noShares = rowOf(BROKEN_ITEMS.noWeekShares);
    expect([bad, mismatch, noShares]).toEqual([25, 48, 72]);
    expect(broken.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [bad, 'Volume', 'bad_number'],
      [mismatch, 'Jumlah Harga', 'total_mismatch'],
      [noShares, null, 'no_week_shares'],
    ]);
    const [p1, p2, p3] = broken.problems;
    expect(p1?.message.id).toMatch(
      /^Baris 25, kolom Volume \(D\): "48\.60" tidak terbaca sebagai angka: .*48,60/,
    );
    expect(p1?.message.en).toMatch(/^Row 25, column Volume \(D\): "48\.60" cannot be read as a number/);
    expect(p2?.message.id).toContain(
      'Baris 48, kolom Jumlah Harga (G): Rp 426.861.000 tidak sama dengan Volume × Harga Satuan = 6.840 × Rp 62.400 = Rp 426.816.000',
    );
    expect(p2?.message.en).toContain('Row 48, column Jumlah Harga (G): Rp 426,861,000 differs');
    expect(p3?.message.id).toMatch(/^Baris 72 \(Pengecatan plafond.*\): tidak ada porsi mingguan/);
    // Still every item, with the broken ones read as well as they can be.
    expect(broken.items).toHaveLength(good.items.length);
    const badItem = broken.items.find((i) => i.row === bad);
    expect(badItem?.volume).toBeCloseTo(48.6, 9); // Jumlah ÷ Harga Satuan
    expect(broken.items.find((i) => i.row === mismatch)?.total).toBe(426_861_000);
    expect(broken.items.find((i) => i.row === noShares)?.weekShares).toEqual({});
    expect(broken.stated.jumlah).toBe(broken.totalBeforeTax);
  });
});

describe('parseRab on other layouts', () => {
  it('reads one header row, lettered divisions, Sub Total and text numbers in every form', async () => {
    const bytes = await workbook([
      ['RAB Rehab Gedung Workshop Sentra IKM Batik'],
      ['Kegiatan : Rehabilitasi Sentra IKM'],
      ['T.A. 2024'],
      [],
      [
        'NO.',
        'URAIAN PEKERJAAN',
        'VOL',
        'SAT',
        'HARGA SATUAN',
        'JUMLAH',
        'BOBOT',
        'Minggu ke-1',
        'Minggu ke-2',
        'Minggu 3',
        'Keterangan',
      ],
      ['A.', 'PEKERJAAN PERSIAPAN'],
      ['1', 'Pembersihan lokasi', '100,00', 'm2', 'Rp 12.500', '1.250.000,00', '12,5 %', '6,25', '6,25', '-'],
      ['', 'Sub Total', '', '', '', 1_250_000, 12.5],
      ['B.', 'PEKERJAAN DINDING'],
      [
        '1',
        'Pasangan bata merah 1/2 bata',
        50,
        'm²',
        174_750,
        { formula: 'C10*E10', result: 8_737_500 },
        87.375,
        20,
        '43,75',
        '23,625 %',
        'lihat gambar',
      ],
      [
        '2',
        'Perbaikan retak dinding',
        '2,5',
        "m'",
        'Rp 5.000,-',
        { formula: 'C11*E11', result: 12_500 },
        '0,125',
        '0,125',
        '',
        '-',
      ],
      ['', 'Sub Total', '', '', '', 8_750_000, 87.5],
      ['', 'JUMLAH', '', '', '', 10_000_000, 100],
      ['', 'PPN 11 %', '', '', '', 1_100_000],
      ['', 'TOTAL', '', '', '', 11_100_000],
      ['Terbilang : Sebelas Juta Seratus Ribu Rupiah'],
    ]);
    const r = await parseRab(bytes);
    expect(r.problems).toEqual([]);
    expect(r.stated.title).toBe('Rehabilitasi Sentra IKM');
    expect(r.stated.fiscalYear).toBe(2024);
    expect(r.weeks).toBe(3);
    expect(r.divisions).toEqual([
      { code: 'A', name: 'PEKERJAAN PERSIAPAN', total: 1_250_000 },
      { code: 'B', name: 'PEKERJAAN DINDING', total: 8_750_000 },
    ]);
    expect(r.items.map((i) => [i.code, i.volume, i.unitPrice, i.total])).toEqual([
      ['1', 100, 12_500, 1_250_000],
      ['1', 50, 174_750, 8_737_500],
      ['2', 2.5, 5_000, 12_500],
    ]);
    expect(r.items[0]?.weekShares).toEqual({ 1: 50, 2: 50 });
    expect(r.items[1]?.weekShares[1]).toBeCloseTo((20 / 87.375) * 100, 9);
    expect(sumShares(r.items[1]?.weekShares ?? {})).toBeCloseTo(100, 9);
    expect(r.items[2]?.weekShares).toEqual({ 1: 100 });
    expect(r.weekUnit).toBe('pct_of_contract');
    expect(r.totalBeforeTax).toBe(10_000_000);
    expect(r.taxPct).toBe(11);
    expect(r.grandTotal).toBe(11_100_000);
  });

  it('reads month headers over roman week-of-month columns, fractions of the item, and plain "Jumlah" sub-totals', async () => {
    const bytes = await workbook(
      [
        [
          'No',
          'Uraian Pekerjaan',
          'Volume',
          'Satuan',
          'Harga Satuan',
          'Jumlah Harga',
          'Juli',
          '',
          '',
          '',
          'Agustus',
        ],
        ['', '', '', '', '', '', 'I', 'II', 'III', 'IV', 'I', 'II'],
        ['I', 'PEKERJAAN PERSIAPAN'],
        ['1.1', 'Mobilisasi dan demobilisasi', 1, 'ls', 5_000_000, 5_000_000, 0.5, 0.5],
        ['', 'Jumlah', '', '', '', 5_000_000],
        ['II', 'PEKERJAAN STRUKTUR'],
        ['2.1', 'Beton K-250', 10, 'm³', 1_500_000, 15_000_000, '', 0.25, 0.25, 0.25, 0.25],
        ['2.2', 'Bekisting', 20, 'm²', 250_000, 5_000_000, '', '', '', 0.5, 0.3, 0.2],
        ['', 'Jumlah', '', '', '', 20_000_000],
        ['JUMLAH TOTAL', '', '', '', '', 25_000_000],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:J1', 'K1:L1'] },
    );
    const r = await parseRab(bytes);
    expect(r.problems).toEqual([]);
    expect(r.weeks).toBe(6);
    expect(r.layout.weekColumns.map((w) => w.label)).toEqual([
      'juli i',
      'juli ii',
      'juli iii',
      'juli iv',
      'agustus i',
      'agustus ii',
    ]);
    expect(r.weekUnit).toBe('pct_of_item');
    expect(r.weekScale).toBe('fraction');
    expect(r.items.map((i) => i.weekShares)).toEqual([
      { 1: 50, 2: 50 },
      { 2: 25, 3: 25, 4: 25, 5: 25 },
      { 4: 50, 5: 30, 6: 20 },
    ]);
    expect(r.items.map((i) => i.weightPct)).toEqual([20, 60, 20]);
    expect(r.divisions.map((d) => d.total)).toEqual([5_000_000, 20_000_000]);
    expect(r.stated.jumlah).toBe(25_000_000);
    expect(r.taxPct).toBeNull();
    expect(r.grandTotal).toBeNull();
  });

  it('collects row problems: sub-total, Jumlah left empty, week shares off the bobot, bobot not 100', async () => {
    const bytes = await workbook([
      [
        'No',
        'Uraian Pekerjaan',
        'Volume',
        'Satuan',
        'Harga Satuan (Rp)',
        'Jumlah Harga (Rp)',
        'Bobot (%)',
        'M-1',
        'M-2',
      ],
      ['I', 'PEKERJAAN TANAH'],
      [1, 'Galian tanah', 10, 'm³', 100_000, 1_000_000, 10, 5, 5],
      [2, 'Urugan pasir', 10, 'm³', 300_000, null, 30, 10, 10],
      ['', 'JUMLAH I', '', '', '', 4_100_000, 40],
      ['II', 'PEKERJAAN BETON'],
      [1, 'Beton K-250', 4, 'm³', 1_500_000, 6_000_000, 59, 20, 39],
      ['', 'JUMLAH II', '', '', '', 6_000_000, 59],
      ['JUMLAH', '', '', '', '', 10_000_000, 99],
    ]);
    const r = await parseRab(bytes);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 'Jumlah Harga', 'missing_value'],
      [4, null, 'week_shares_sum'],
      [5, 'Jumlah Harga', 'subtotal_mismatch'],
      [null, 'Bobot', 'bobot_sum'],
    ]);
    expect(r.problems[0]?.message.id).toBe(
      'Baris 4, kolom Jumlah Harga (F): kosong; dihitung dari Volume × Harga Satuan = Rp 3.000.000.',
    );
    expect(r.problems[2]?.message.id).toContain(
      'sub-total Rp 4.100.000 tidak sama dengan jumlah item I PEKERJAAN TANAH',
    );
    expect(r.problems[3]?.message.id).toBe('Kolom Bobot (G) berjumlah 99 %, bukan 100 % (selisih -1 poin).');
    expect(r.items[1]?.total).toBe(3_000_000);
    expect(r.items[1]?.weekShares).toEqual({ 1: 50, 2: 50 });
  });

  it('reads divisions written as "I. PEKERJAAN …" in the name cell, or in capitals without a code', async () => {
    const header = [
      'No',
      'Uraian Pekerjaan',
      'Volume',
      'Satuan',
      'Harga Satuan',
      'Jumlah Harga',
      'Minggu ke-1',
      'Minggu ke-2',
    ];
    const body = (first: string, second: string) => [
      header,
      ['', first],
      [1, 'Pembersihan lokasi', 10, 'm²', 10_000, 100_000, 50, 50],
      ['', second],
      [1, 'Beton bertulang K-250', 1, 'm³', 900_000, 900_000, '', 100],
    ];
    const want = [
      { code: 'I', name: 'PEKERJAAN PERSIAPAN', total: 100_000 },
      { code: 'II', name: 'PEKERJAAN STRUKTUR', total: 900_000 },
    ];
    const inline = await parseRab(await workbook(body('I. PEKERJAAN PERSIAPAN', 'II. PEKERJAAN STRUKTUR')));
    expect(inline.divisions).toEqual(want);
    expect(inline.problems).toEqual([]);
    const uncoded = await parseRab(await workbook(body('PEKERJAAN PERSIAPAN', 'PEKERJAAN STRUKTUR')));
    expect(uncoded.divisions).toEqual(want);
    expect(uncoded.items.map((i) => i.division)).toEqual(['I', 'II']);
    expect(uncoded.weekUnit).toBe('pct_of_item');
  });

  it('numbers week columns in order when their labels skip a week, and says so', async () => {
    const r = await parseRab(
      await workbook([
        [
          'No',
          'Uraian Pekerjaan',
          'Volume',
          'Satuan',
          'Harga Satuan',
          'Jumlah Harga',
          'Minggu ke-1',
          'Minggu ke-3',
        ],
        [1, 'Galian tanah', 10, 'm³', 100_000, 1_000_000, 40, 60],
      ]),
    );
    expect(r.layout.weekColumns.map((w) => w.week)).toEqual([1, 2]);
    expect(r.items[0]?.weekShares).toEqual({ 1: 40, 2: 60 });
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[1, 'week_numbering']]);
    expect(r.problems[0]?.message.id).toContain('tidak berurutan 1, 2, 3');
  });

  it('skips sheets without a RAB and reads the one that has it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Analisa').addRow(['Analisa harga satuan', 'Koefisien']);
    const ws = wb.addWorksheet('Kurva S');
    ws.addRow(['No', 'Uraian', 'Vol', 'Sat', 'Harga Satuan', 'Jumlah', 'Minggu 1']);
    ws.addRow([1, 'Pekerjaan tunggal', 1, 'ls', 1_000, 1_000, 100]);
    const r = await parseRab(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.sheet).toBe('Kurva S');
    expect(r.items[0]?.weekShares).toEqual({ 1: 100 });
  });
});

describe('parseRab refuses what it cannot read', () => {
  it('refuses a file that is not an xlsx workbook', async () => {
    const csv = await fileError(parseRab(Buffer.from('No;Uraian;Volume\n1;Galian;12,5\n')));
    expect(csv.code).toBe('not_xlsx');
    expect(csv.explanation.id).toContain('bukan buku kerja Excel (.xlsx)');
    expect(csv.explanation.en).toContain('not an Excel workbook');
    const pdf = await fileError(parseRab(Buffer.from('%PDF-1.7\n%âãÏÓ\n')));
    expect(pdf.explanation.id).toContain('sebuah PDF');
    const docx = await fileError(
      parseRab(Buffer.from(zipSync({ 'word/document.xml': new Uint8Array([60]) }))),
    );
    expect(docx.code).toBe('not_xlsx');
    expect((await fileError(parseRab(Buffer.alloc(0)))).code).toBe('empty_file');
  });

  it('refuses an old .xls, an encrypted workbook and a damaged one', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect((await fileError(parseRab(ole))).code).toBe('legacy_xls');
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
    const err = await fileError(parseRab(encrypted));
    expect(err.code).toBe('encrypted');
    expect(err.explanation.id).toContain('dilindungi kata sandi');
    const whole = readFileSync(FIXTURE_URL);
    expect((await fileError(parseRab(whole.subarray(0, 4000)))).code).toBe('corrupt');
  });

  it('refuses an empty workbook', async () => {
    const err = await fileError(parseRab(await workbook([], { extraSheets: ['Sheet2'] })));
    expect(err.code).toBe('empty_workbook');
    expect(err.explanation).toEqual({
      id: 'Buku kerja ini tidak berisi data: semua lembarnya kosong.',
      en: 'This workbook holds no data: all its sheets are empty.',
    });
  });

  it('refuses a workbook without a recognisable header, naming the columns it looked for', async () => {
    const bytes = await workbook([
      ['Daftar belanja'],
      ['Nama barang', 'Volume', 'Satuan'],
      ['Semen', 20, 'zak'],
    ]);
    const err = await fileError(parseRab(bytes));
    expect(err.code).toBe('no_header');
    expect(err.explanation.id).toContain('kolom Uraian Pekerjaan, Volume, Harga Satuan, Jumlah Harga');
    expect(err.explanation.en).toContain('columns Uraian Pekerjaan, Volume, Harga Satuan, Jumlah Harga');

    const near = await fileError(
      parseRab(
        await workbook([
          ['No', 'Uraian Pekerjaan', 'Volume', 'Satuan', 'Keterangan'],
          [1, 'Galian', 3, 'm³'],
        ]),
      ),
    );
    expect(near.explanation.id).toContain(
      'Paling mendekati: lembar "RAB" baris 1 memuat No, Uraian Pekerjaan, Volume, Satuan, tetapi tidak Harga Satuan, Jumlah Harga.',
    );
  });

  it('refuses a RAB without week columns', async () => {
    const bytes = await workbook([
      ['No', 'Uraian Pekerjaan', 'Volume', 'Satuan', 'Harga Satuan', 'Jumlah Harga', 'Keterangan'],
      [1, 'Galian tanah', 10, 'm³', 100_000, 1_000_000],
    ]);
    const err = await fileError(parseRab(bytes));
    expect(err.code).toBe('no_week_columns');
    expect(err.explanation.id).toContain('tidak ada kolom jadwal mingguan di kanan kolom F');
  });

  it('refuses a sheet of more than 2,000 rows (or the maxRows given)', async () => {
    const rows: ExcelJS.CellValue[][] = [
      ['No', 'Uraian Pekerjaan', 'Volume', 'Satuan', 'Harga Satuan', 'Jumlah Harga', 'M-1'],
    ];
    for (let i = 1; i <= 2_001; i++) rows.push([i, `Item ${i}`, 1, 'ls', 1_000, 1_000, 100]);
    const err = await fileError(parseRab(await workbook(rows)));
    expect(err.code).toBe('too_many_rows');
    expect(err.explanation.id).toBe(
      'Lembar "RAB" berisi 2.002 baris terisi; batas satu RAB 2.000 baris. Pisahkan RAB per lembar atau hapus baris yang tidak perlu.',
    );
    const small = await fileError(parseRab(readFileSync(FIXTURE_URL), { maxRows: 50 }));
    expect(small.code).toBe('too_many_rows');
    expect(small.explanation.en).toContain(
      'Sheet "RAB & Kurva S" holds 95 non-empty rows; a RAB may have at most 50.',
    );
  });
});

describe('RAB labels and numbers', () => {
  it('reads numbers as Indonesians write them', () => {
    expect(readNumber('1.250.000,00', 'rupiah')).toEqual({ ok: true, value: 1_250_000 });
    expect(readNumber('Rp 1.250.000', 'rupiah')).toEqual({ ok: true, value: 1_250_000 });
    expect(readNumber('12,5 %', 'percent')).toEqual({ ok: true, value: 12.5 });
    expect(readNumber('0,125', 'percent')).toEqual({ ok: true, value: 0.125 });
    expect(readNumber('1,125', 'percent')).toEqual({ ok: true, value: 1.125 });
    expect(readNumber('-', 'quantity')).toEqual({ ok: true, value: null });
    expect(readNumber(48.6, 'quantity')).toEqual({ ok: true, value: 48.6 });
    expect(readNumber('1,125', 'quantity').ok).toBe(false); // 1.125 or 1,125? the officer decides
    expect(readNumber('48.60', 'quantity').ok).toBe(false);
    expect(readNumber('#REF!', 'rupiah')).toMatchObject({ ok: false, problem: { code: 'excel_error' } });
  });

  it('tells sub-totals, totals, tax and plan rows apart', () => {
    expect(classifyLabel('JUMLAH I')).toEqual({ kind: 'subtotal', code: 'I' });
    expect(classifyLabel('Sub Total')).toEqual({ kind: 'subtotal', code: null });
    expect(classifyLabel('Jumlah Harga')).toEqual({ kind: 'jumlah' });
    expect(classifyLabel('JUMLAH')).toEqual({ kind: 'jumlah' });
    expect(classifyLabel('TOTAL')).toEqual({ kind: 'grand' });
    expect(classifyLabel('Jumlah Total + PPN')).toEqual({ kind: 'grand' });
    expect(classifyLabel('PPN 11%')).toEqual({ kind: 'tax', pct: 11 });
    expect(classifyLabel('DIBULATKAN')).toEqual({ kind: 'rounded' });
    expect(classifyLabel('Terbilang : Sebelas Juta Rupiah')).toEqual({ kind: 'ignore' });
    expect(classifyLabel('Rencana Kumulatif (%)')).toEqual({ kind: 'plan', cumulative: true });
    expect(classifyLabel('Bobot Mingguan')).toEqual({ kind: 'plan', cumulative: false });
    expect(classifyLabel('Realisasi Kumulatif (%)')).toEqual({ kind: 'ignore' });
    expect(classifyLabel('PEKERJAAN PERSIAPAN')).toBeNull();
  });
});
