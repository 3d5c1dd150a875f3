import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { horizontalOverflow, login, seriousViolations } from './helpers';

/*
 * The registry's "done when": an officer imports the Dinas's spreadsheet of 30 batik IKMs with
 * three broken rows, fixes them, finds and merges a duplicate; the artisan sends the semester
 * figures from a 360 px phone; the officer verifies them and exports the SIINas report.
 */

const FIXTURE = path.join(import.meta.dirname, 'fixtures/ikm-batik-mojokerto.xlsx');

/** What the artisan types on the phone, and what the SIINas file must then say. */
const FIGURES = { men: 4, women: 11, volume: 1250, value: 437_500_000 };

/** The semester being reported: the current one, by the calendar in Jakarta. */
function currentSemester(): { year: number; semester: 1 | 2 } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return { year, semester: month <= 6 ? 1 : 2 };
}

/**
 * The officer's corrected copy of the three broken rows (sheet rows 7, 14 and 20), under the
 * template's headers, as they would fix them in Excel: the full 13-digit NIB looked up in OSS, the
 * unknown KBLI 99999 dropped, and the raw-material value written without ambiguity.
 */
async function correctedRows(out: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(FIXTURE);
  const sheet = source.worksheets[0];
  if (!sheet) throw new Error('fixture has no sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const column = (header: string) => headers.indexOf(header) + 1;
  const copy = (sheetRow: number) => (sheet.getRow(sheetRow).values as unknown[]).slice(1);

  const fixed = new ExcelJS.Workbook();
  const target = fixed.addWorksheet('Data usaha');
  target.addRow(headers);
  const row7 = copy(7);
  row7[column('NIB') - 1] = '9177001881546'; // the fixture lost its last digit
  const row14 = copy(14);
  row14[column('KBLI') - 1] = '13134';
  const row20 = copy(20);
  row20[column('Nilai bahan baku (Rp)') - 1] = 'Rp 79.920.000';
  for (const row of [row7, row14, row20]) target.addRow(row);
  await fixed.xlsx.writeFile(out);
}

async function uploadAndCheck(page: Page, file: string) {
  await page.getByLabel('Berkas spreadsheet (xlsx atau csv)').setInputFiles(file);
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
  await expect(page.getByRole('heading', { name: `Pratinjau ${path.basename(file)}` })).toBeVisible();
}

/** The outcome the officer reads once the import has run. */
async function expectImported(page: Page, outcome: string) {
  await expect(page.getByRole('status').filter({ hasText: 'Impor selesai' })).toContainText(outcome);
}

/** The preview's counts, in their order: rows, valid, with problems, new, updated. */
async function expectPreviewCounts(page: Page, counts: [number, number, number, number, number]) {
  const preview = page.getByRole('region', { name: /^Pratinjau / });
  await expect(preview.getByRole('definition')).toHaveText(counts.map(String));
}

async function phoneContext(browser: Browser) {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

test('petugas mengimpor 30 IKM batik, memperbaiki dan menggabungkan; perajin melapor dari ponsel; laporan SIINas diunduh', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const period = currentSemester();
  // Specs share one database: count what earlier journeys (e.g. the motifs one) already registered.
  let existing = 0;

  await test.step('petugas mengimpor spreadsheet dan melihat baris yang bermasalah', async () => {
    await login(page, 'petugas');
    await page
      .getByRole('navigation', { name: /menu utama/i })
      .getByRole('link', { name: 'Registri' })
      .click();
    await expect(page.getByRole('heading', { name: 'Registri IKM' })).toBeVisible();
    const total = page.getByText(/^\d+ usaha$/);
    await expect(total).toBeVisible();
    existing = Number((await total.textContent())?.replace(/\D/g, ''));
    await page.getByRole('link', { name: 'Impor', exact: true }).click();
    await uploadAndCheck(page, FIXTURE);
    await expectPreviewCounts(page, [30, 27, 3, 27, 0]);

    // Every problem named by row, column, value and a reason the officer can act on.
    const problems = page.getByRole('region', { name: 'Masalah per baris dan kolom' });
    const problemCells = (row: string) =>
      problems
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: row, exact: true }) })
        .getByRole('cell');
    await expect(problemCells('7')).toHaveText(['7', 'NIB', '917700188154', 'NIB harus 13 digit angka.']);
    await expect(problemCells('14')).toHaveText([
      '14',
      'KBLI',
      '13134, 99999',
      'Kode KBLI 99999 tidak ada dalam KBLI 2020.',
    ]);
    await expect(problemCells('20')).toHaveText([
      '20',
      'Nilai bahan baku (Rp)',
      '1,500',
      'Meragukan: bisa berarti 1.500 atau 1,5. Tulis 1.500 (titik untuk ribuan) atau 1,5 (koma untuk desimal).',
    ]);
    await expect(problems.getByRole('row')).toHaveCount(4);

    await page.getByRole('button', { name: 'Impor hanya jika semua valid' }).click();
    await expect(page.getByRole('alert')).toContainText('Tidak ada yang diimpor: 3 baris masih bermasalah.');
    await page.getByRole('button', { name: 'Impor baris yang valid' }).click();
    await expectImported(page, '27 usaha baru, 0 usaha diperbarui, 3 baris dilewati.');
  });

  await test.step('petugas mengimpor baris yang sudah diperbaiki, lalu berkas asli sekali lagi', async () => {
    const fixedFile = testInfo.outputPath('ikm-batik-perbaikan.xlsx');
    await correctedRows(fixedFile);
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();
    await uploadAndCheck(page, fixedFile);
    await expectPreviewCounts(page, [3, 3, 0, 3, 0]);
    await expect(page.getByText('Semua baris valid.')).toBeVisible();
    await page.getByRole('button', { name: 'Impor hanya jika semua valid' }).click();
    await expectImported(page, '3 usaha baru, 0 usaha diperbarui, 0 baris dilewati.');

    // The same file again updates the 27 it already imported: nothing doubles.
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();
    await uploadAndCheck(page, FIXTURE);
    await expectPreviewCounts(page, [30, 27, 3, 0, 27]);
    await page.getByRole('button', { name: 'Impor baris yang valid' }).click();
    await expectImported(page, '0 usaha baru, 27 usaha diperbarui, 3 baris dilewati.');
    await page.getByRole('link', { name: 'Lihat daftar registri' }).click();
    await expect(page.getByText(`${existing + 30} usaha`, { exact: true })).toBeVisible();
  });

  await test.step('petugas menemukan duplikat lewat pencarian mirip dan menggabungkannya', async () => {
    await page.getByRole('searchbox', { name: 'Cari nama usaha atau NIB' }).fill('sekar jagat');
    const list = page.getByRole('region', { name: 'Daftar usaha IKM' });
    await expect(list.getByRole('link', { name: 'Batik Sekar Jagad', exact: true })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Btk Sekar Jagad', exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Duplikat', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Kandidat duplikat' })).toBeVisible();
    const pair = page.getByRole('region', {
      name: /^(Batik Sekar Jagad ↔ Btk Sekar Jagad|Btk Sekar Jagad ↔ Batik Sekar Jagad)$/,
    });
    // Why the pair was found: the same phone, and a similar name in the same kelurahan.
    await expect(pair.getByRole('listitem')).toHaveText([
      'Nomor telepon/WhatsApp sama (0321320137)',
      /^Nama mirip \(\d+%\) di kelurahan yang sama$/,
    ]);
    await pair.getByRole('button', { name: 'Tinjau penggabungan' }).click();
    await pair.getByLabel('Pertahankan "Batik Sekar Jagad"').check();
    await pair.getByRole('button', { name: 'Gabungkan' }).click();
    await pair.getByRole('button', { name: 'Ya, gabungkan sekarang' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Data digabung' })).toContainText(
      '"Btk Sekar Jagad" digabung ke "Batik Sekar Jagad": 1 orang',
    );

    await page.getByRole('link', { name: 'Lihat penjelasan penggabungan' }).click();
    await expect(page.getByRole('heading', { name: 'Penjelasan penggabungan' })).toBeVisible();
    // Afterwards anyone can read who merged what, when and why.
    const explanation = page.getByRole('region', { name: 'Apa yang terjadi' });
    await expect(explanation).toContainText('"Btk Sekar Jagad" digabung ke "Batik Sekar Jagad"');
    await expect(explanation).toContainText('Sri Wahyuni (Bidang Perindustrian)');
    await expect(explanation).toContainText('Nomor telepon/WhatsApp sama (0321320137)');

    await page
      .getByRole('navigation', { name: /menu utama/i })
      .getByRole('link', { name: 'Registri' })
      .click();
    await expect(page.getByText(`${existing + 29} usaha`, { exact: true })).toBeVisible();
  });

  await test.step('petugas menghubungkan akun perajin ke usahanya', async () => {
    await page.getByRole('searchbox', { name: 'Cari nama usaha atau NIB' }).fill('Sekar Jagad');
    await page
      .getByRole('region', { name: 'Daftar usaha IKM' })
      .getByRole('link', { name: 'Batik Sekar Jagad', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Batik Sekar Jagad', level: 1 })).toBeVisible();
    const accounts = page.getByRole('region', { name: 'Akun perajin', exact: true });
    await accounts.getByRole('button', { name: 'Hubungkan perajin', exact: true }).click();
    await expect(accounts.getByRole('status')).toHaveText(
      'Akun perajin kini terhubung ke Batik Sekar Jagad.',
    );
    await expect(accounts.getByRole('button', { name: 'Lepaskan perajin', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('perajin mengisi dan mengirim laporan semester dari layar 360 px', async () => {
    const phone = await phoneContext(browser);
    const artisan = await phone.newPage();
    await login(artisan, 'perajin');
    // The artisan lands on their own business.
    await expect(artisan.getByRole('heading', { name: 'Batik Sekar Jagad', level: 1 })).toBeVisible();
    // The call to action at the top of their business page (the reports section repeats it).
    await artisan
      .getByRole('link', { name: `Isi laporan semester ${period.semester} ${period.year}` })
      .first()
      .click();
    await expect(
      artisan.getByRole('heading', { name: `Laporan semester ${period.semester} ${period.year}` }),
    ).toBeVisible();

    await artisan.getByLabel('Tenaga kerja laki-laki').fill(String(FIGURES.men));
    await artisan.getByLabel('Tenaga kerja perempuan').fill(String(FIGURES.women));
    await artisan.getByLabel('Jumlah produksi per tahun').fill(String(FIGURES.volume));
    // Rupiah the way people say it; the field shows what it understood.
    const value = artisan.getByLabel('Nilai produksi per tahun (Rp)');
    await value.fill('437,5 jt');
    await expect(artisan.getByText('= Rp 437.500.000')).toBeVisible();
    await artisan.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(artisan.getByRole('status').filter({ hasText: 'Draf laporan' })).toBeVisible();
    await expect(value).toHaveValue('437.500.000');
    expect(await horizontalOverflow(artisan)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(artisan)).toEqual([]);
    await artisan.screenshot({ path: '/tmp/registry-laporan-360.png', fullPage: true });

    await artisan.getByRole('button', { name: 'Kirim ke Dinas' }).click();
    await expect(
      artisan.getByText(`Laporan semester ${period.semester} ${period.year} telah dikirim ke Dinas.`),
    ).toBeVisible();
    expect(await horizontalOverflow(artisan)).toBeLessThanOrEqual(0);
    await phone.close();
  });

  await test.step('petugas memverifikasi laporan dan mengunduh laporan SIINas', async () => {
    await page.reload();
    const reports = page.getByRole('region', { name: /^Laporan semester \(\d+\)$/ });
    await expect(reports).toContainText(
      `Laporan semester ${period.semester} ${period.year} menunggu verifikasi.`,
    );
    await reports.getByRole('button', { name: /^Verifikasi/ }).click();
    await expect(reports.getByRole('status')).toHaveText(
      `Laporan semester ${period.semester} ${period.year} telah diverifikasi; angkanya kini menjadi angka usaha.`,
    );

    await page.getByRole('link', { name: '← Kembali ke daftar usaha' }).click();
    await page.getByRole('link', { name: 'Laporan', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Laporan registri' })).toBeVisible();
    const picker = page.getByRole('form', { name: 'Pilih periode laporan SIINas' });
    await picker.getByLabel('Tahun').fill(String(period.year));
    await picker.getByLabel('Semester').selectOption(String(period.semester));
    await picker.getByRole('button', { name: 'Tampilkan' }).click();
    await expect(
      page.getByRole('heading', {
        name: `Laporan SIINas Semester ${period.semester} Tahun ${period.year}`,
      }),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Batik Sekar Jagad', exact: true })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh laporan SIINas (xlsx)' }).click();
    const download = await downloading;
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Laporan SIINas');
    if (!sheet) throw new Error('sheet "Laporan SIINas" missing');
    const headers = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const col = (prefix: string) => {
      const i = headers.findIndex((h) => h.startsWith(prefix));
      expect(i, `column "${prefix}"`).toBeGreaterThan(0);
      return i;
    };
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(col('Nama usaha')).value === 'Batik Sekar Jagad') rows.push(row);
    });
    expect(rows).toHaveLength(1);
    const row = rows[0] as ExcelJS.Row;
    expect(row.getCell(col('Tenaga kerja laki-laki')).value).toBe(FIGURES.men);
    expect(row.getCell(col('Tenaga kerja perempuan')).value).toBe(FIGURES.women);
    expect(row.getCell(col('Jumlah produksi')).value).toBe(FIGURES.volume);
    expect(row.getCell(col('Nilai produksi')).value).toBe(FIGURES.value);
  });
});
