import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import sharp from 'sharp';
import { extractText } from 'unpdf';
import { DEMO_PASSWORD, horizontalOverflow, login, seriousViolations } from './helpers';

/*
 * The construction module's "done when": the officer records a DAK contract, imports the
 * consultant's RAB (the planned S-curve), enters three weekly reports (one refused on the way:
 * progress going down) and the third, entered from a 360 px phone at the site, puts the contract
 * more than 10 points behind plan; the status page and its S-curve turn KRITIS with the rule's
 * source; the officer records SCM I with its test case, and downloads the week's PDF report.
 */

const RAB = path.join(
  import.meta.dirname,
  '../server/src/modules/projects/import/fixtures/rab-sentra-ikm-batik-2023.xlsx',
);
/** The fixture's rounded TOTAL incl. PPN 11 % (generate-rab.ts RAB_CONTRACT_VALUE). */
const CONTRACT_VALUE = '17.863.250.000';
const ALLOCATION = '18.500.000.000';
const RAB_ITEMS = 54;
const RAB_DIVISIONS = 8;

const digits = (n: number) =>
  Array.from(randomBytes(n), (b) => String(b % 10))
    .join('')
    .replace(/^0/, '1');
const PACKAGE = `Pembangunan Gedung Sentra IKM Batik Kota Mojokerto (uji ${digits(4)})`;
const CONTRACTOR = 'PT Wiratama Karya Majapahit';

/** 35.13 → "35,13", as the supervisor types it and as the pages show it. */
const id2 = (n: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const round2 = (n: number) => Math.round(n * 100) / 100;
/** As the server writes a figure inside a sentence: "17,35", "10", "17,3". */
const idShort = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);

interface ApiUser {
  api: APIRequestContext;
  csrf: string;
}

async function signIn(username: string, password = DEMO_PASSWORD): Promise<ApiUser> {
  const api = await request.newContext({ baseURL: test.info().project.use.baseURL });
  const res = await api.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), `login ${username}`).toBe(200);
  return { api, csrf: (await res.json()).csrfToken };
}

async function getJson(who: ApiUser, url: string) {
  const res = await who.api.get(url);
  expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
  return res.json();
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

/** A site photo, different on every run, written where the file chooser can pick it. */
async function makePhoto(file: string): Promise<void> {
  const noise = randomBytes(40 * 30 * 3);
  await sharp(noise, { raw: { width: 40, height: 30, channels: 3 } })
    .resize(1200, 900, { kernel: 'nearest' })
    .jpeg({ quality: 80 })
    .toFile(file);
}

/** On the report form: choose the week, type the cumulative progress, save. */
async function enterReport(page: Page, week: number, actual: string) {
  await page.getByLabel('Minggu ke', { exact: true }).selectOption(String(week));
  await expect(page.getByLabel('Progres kumulatif dari laporan pengawas')).toBeChecked();
  await page.getByLabel('Progres kumulatif (%)').fill(actual);
  await page.getByRole('button', { name: 'Simpan laporan' }).click();
}

test('petugas mencatat kontrak, mengimpor RAB, melaporkan tiga minggu hingga kontrak KRITIS, mencatat SCM I, dan mengunduh laporan PDF', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  let contractPath = '';
  let contractId = '';
  const weeks: { week: number; plan: number; actual: number }[] = [];

  await test.step('petugas mencatat kontrak lewat formulir', async () => {
    await login(page, 'petugas');
    await page
      .getByRole('navigation', { name: /menu utama/i })
      .getByRole('link', { name: 'Proyek Konstruksi' })
      .click();
    await expect(page.getByRole('heading', { name: 'Proyek konstruksi', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Catat kontrak' }).click();
    await expect(page.getByRole('heading', { name: 'Catat kontrak', level: 1 })).toBeVisible();

    await page.getByLabel('Nama paket pekerjaan').fill(PACKAGE);
    await page.getByLabel('Sumber dana').fill('DAK Fisik bidang IKM');
    await page.getByLabel('Tahun anggaran').fill('2023');
    await page.getByLabel('Pagu anggaran').fill(ALLOCATION);
    await page.getByLabel('Nilai kontrak', { exact: true }).fill(CONTRACT_VALUE);
    await expect(page.getByLabel('PPN termasuk dalam nilai kontrak (%)')).toHaveValue('11');
    await page.getByLabel('Penyedia (kontraktor)').fill(CONTRACTOR);
    await page.getByLabel('Konsultan pengawas').fill('CV Cipta Pengawas Mandiri');
    await page.getByLabel('Pejabat Pembuat Komitmen (PPK)').fill('Ir. Bambang Setiawan');
    await page.getByLabel('Nomor kontrak').fill(`027/PPK-DAK/DISPERINDAG/${digits(3)}/2023`);
    await page.getByLabel('Tanggal kontrak').fill('2023-06-30');
    await page.getByLabel('Tanggal SPMK').fill('2023-07-03');
    await page.getByLabel('Tanggal akhir kontrak').fill('2023-12-10');
    await expect(page.getByText('Masa pelaksanaan 161 hari kalender (23 minggu).')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan kontrak' }).click();

    await expect(page.getByRole('heading', { name: PACKAGE, level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'telah dicatat' })).toBeVisible();
    await expect(page.getByText(`Nilai kontrak: Rp ${CONTRACT_VALUE}`)).toBeVisible();
    await expect(page.getByText('Pelaksanaan: 3 Juli – 10 Desember 2023 (161 hari)')).toBeVisible();
    const status = page.getByRole('region', { name: 'Status kontrak' });
    await expect(status.getByText('Belum ada RAB', { exact: true })).toBeVisible();
    contractPath = new URL(page.url()).pathname;
    contractId = contractPath.split('/').pop() ?? '';
  });

  await test.step('petugas mengimpor RAB: pratinjau 54 item tanpa masalah yang menghalangi, lalu simpan', async () => {
    await page
      .getByRole('region', { name: 'Status kontrak' })
      .getByRole('link', { name: 'Impor RAB' })
      .click();
    await expect(page.getByRole('heading', { name: 'Impor RAB dan jadwal', level: 1 })).toBeVisible();
    await page.getByLabel('Berkas RAB (xlsx)').setInputFiles(RAB);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const preview = page.getByRole('region', { name: `Pratinjau: ${path.basename(RAB)}` });
    await expect(preview).toBeVisible();
    const figure = (label: string) => preview.locator('.dl-row').filter({ hasText: label }).locator('dd');
    await expect(figure('Jumlah item pekerjaan')).toHaveText(String(RAB_ITEMS));
    await expect(figure('Jumlah divisi')).toHaveText(String(RAB_DIVISIONS));
    await expect(figure('Minggu pada jadwal')).toHaveText('23 (kontrak: 23 minggu)');
    await expect(figure('Jumlah bobot')).toHaveText('100,00%');
    await expect(figure('Rencana kumulatif akhir')).toHaveText('100,00%');
    const divisions = preview.getByRole('region', { name: 'Divisi pekerjaan' });
    await expect(divisions.getByRole('row')).toHaveCount(RAB_DIVISIONS + 1);
    await expect(divisions).toContainText('PEKERJAAN STRUKTUR BETON');
    // Only a note about rounding, on no row: nothing in the file needs fixing.
    const problems = preview.getByRole('region', { name: 'Hasil pemeriksaan' });
    await expect(problems.getByRole('row')).toHaveCount(2);
    await expect(problems.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('—');
    await expect(problems).toContainText('pembulatan');
    expect(await seriousViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Simpan RAB' }).click();

    await expect(page.getByRole('heading', { name: PACKAGE, level: 1 })).toBeVisible();
    await expect(page.getByText(`RAB disimpan: ${RAB_ITEMS} item pekerjaan.`)).toBeVisible();
    const rab = page.getByRole('region', { name: /^RAB/ });
    await expect(rab.getByRole('heading', { level: 2 })).toContainText(String(RAB_ITEMS));
    await expect(rab).toContainText('Pembersihan lokasi dan perataan tanah');
  });

  await test.step('rencana kumulatif dibaca dari status; realisasi dihitung agar minggu ketiga tertinggal 11 poin', async () => {
    const officer = await signIn('petugas');
    const status = await getJson(officer, `/api/projects/${contractId}/status`);
    await officer.api.dispose();
    const plan = status.weeks as { week: number; planCumPct: number }[];
    // The third report lands where the plan is 40–70 %: Periode I, kritis beyond 10 points behind.
    const third = plan.find((w) => w.planCumPct >= 40 && w.planCumPct < 70);
    expect(third, JSON.stringify(plan)).toBeTruthy();
    const at = (week: number) => plan.find((w) => w.week === week)?.planCumPct ?? 0;
    const w3 = third?.week ?? 0;
    for (const [week, behind] of [
      [w3 - 4, 1],
      [w3 - 2, 6],
      [w3, 11],
    ] as const)
      weeks.push({ week, plan: at(week), actual: round2(at(week) - behind) });
    expect(weeks[0]?.actual).toBeGreaterThan(0);
  });

  await test.step('laporan pertama disimpan dan disetujui (terkunci)', async () => {
    const r = weeks[0];
    if (!r) throw new Error('no weeks');
    await page.getByRole('link', { name: 'Catat laporan mingguan' }).first().click();
    await expect(page.getByRole('heading', { name: 'Laporan mingguan baru', level: 1 })).toBeVisible();
    await enterReport(page, r.week, id2(r.actual));
    await expect(page.getByRole('heading', { name: `Laporan minggu ke-${r.week}`, level: 1 })).toBeVisible();
    await expect(page.getByText(`Laporan minggu ke-${r.week} disimpan sebagai draf.`)).toBeVisible();
    const approval = page.getByRole('region', { name: 'Persetujuan pengawas' });
    await approval.getByRole('button', { name: 'Setujui laporan' }).click();
    await approval.getByRole('button', { name: 'Ya, setujui' }).click();
    await expect(page.getByText(`Laporan minggu ke-${r.week} disetujui dan terkunci.`)).toBeVisible();
    // Locked: read only, no form and no approval any more.
    await expect(page.getByLabel('Progres kumulatif (%)')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Setujui laporan' })).toHaveCount(0);
    await expect(page.locator('.dl-row').filter({ hasText: 'Realisasi kumulatif' })).toContainText(
      `${id2(r.actual)}%`,
    );
  });

  await test.step('progres yang turun ditolak dengan pesan server; tidak ada yang tersimpan', async () => {
    const r1 = weeks[0];
    const r2 = weeks[1];
    if (!r1 || !r2) throw new Error('no weeks');
    await page.getByRole('link', { name: '← Kembali ke status proyek' }).click();
    await page.getByRole('link', { name: 'Catat laporan mingguan' }).first().click();
    await expect(page.getByRole('heading', { name: 'Laporan mingguan baru', level: 1 })).toBeVisible();
    // The form offers the week after the latest report, with its dates and its plan.
    await expect(page.getByLabel('Minggu ke', { exact: true })).toHaveValue(String(r1.week + 1));
    await enterReport(page, r2.week, '10');
    await expect(page.getByRole('alert')).toContainText(
      `Progres kumulatif 10% lebih kecil dari minggu ke-${r1.week} (${idShort(r1.actual)}%). Progres kumulatif tidak boleh turun`,
    );
    await expect(page.getByRole('heading', { name: 'Laporan mingguan baru', level: 1 })).toBeVisible();
    const officer = await signIn('petugas');
    const reports = (await getJson(officer, `/api/projects/${contractId}/reports`)) as { week: number }[];
    await officer.api.dispose();
    expect(reports.map((r) => r.week)).toEqual([r1.week]);

    await page.getByLabel('Progres kumulatif (%)').fill(id2(r2.actual));
    await expect(page.getByText(`deviasi ${id2(r2.actual - r2.plan)} poin`)).toBeVisible();
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect(page.getByRole('heading', { name: `Laporan minggu ke-${r2.week}`, level: 1 })).toBeVisible();
  });

  const phone = await phoneContext(browser);
  const site = await phone.newPage();
  const photoFile = testInfo.outputPath('pengecoran-kolom.jpg');
  await makePhoto(photoFile);

  await test.step('laporan ketiga dari ponsel 360 px di lokasi: angka, foto, persetujuan', async () => {
    const r = weeks[2];
    if (!r) throw new Error('no weeks');
    await login(site, 'petugas');
    await expect(site.getByRole('heading', { name: 'Sentra IKM Batik Kota Mojokerto' })).toBeVisible();
    await site.goto(`${contractPath}/laporan/baru`);
    await expect(site.getByRole('heading', { name: 'Laporan mingguan baru', level: 1 })).toBeVisible();
    await site.getByLabel('Minggu ke', { exact: true }).selectOption(String(r.week));
    await expect(site.getByText(`Rencana kumulatif minggu ini: ${id2(r.plan)}%.`)).toBeVisible();
    // Per item: the RAB's items grouped by division, with their weights.
    await site.getByLabel('Progres per item pekerjaan').check();
    await expect(site.getByText('Divisi III', { exact: false }).first()).toBeVisible();
    expect(await horizontalOverflow(site)).toBeLessThanOrEqual(0);
    await site.getByLabel('Progres kumulatif dari laporan pengawas').check();
    await site.getByLabel('Progres kumulatif (%)').fill(id2(r.actual));
    await site
      .getByLabel('Catatan pengawas (opsional)')
      .fill('Pengecoran plat lantai 2 tertunda hujan tiga hari.');
    expect(await horizontalOverflow(site)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(site)).toEqual([]);
    await site.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect(site.getByRole('heading', { name: `Laporan minggu ke-${r.week}`, level: 1 })).toBeVisible();

    const photos = site.getByRole('region', { name: /^Foto lapangan/ });
    await photos.getByLabel('Keterangan foto (opsional)').fill('Bekisting plat lantai 2');
    await expect(photos.getByLabel('Ambil atau pilih foto')).toHaveAttribute('capture', 'environment');
    await photos.getByLabel('Ambil atau pilih foto').setInputFiles(photoFile);
    await expect(photos.getByText('Foto ditambahkan.')).toBeVisible();
    await expect(photos.getByRole('img', { name: 'Bekisting plat lantai 2' })).toBeVisible();
    expect(await horizontalOverflow(site)).toBeLessThanOrEqual(0);
    await site.screenshot({ path: testInfo.outputPath('laporan-ponsel.png'), fullPage: true });

    const approval = site.getByRole('region', { name: 'Persetujuan pengawas' });
    await approval.getByRole('button', { name: 'Setujui laporan' }).click();
    await approval.getByRole('button', { name: 'Ya, setujui' }).click();
    await expect(site.getByText(`Laporan minggu ke-${r.week} disetujui dan terkunci.`)).toBeVisible();
    await expect(site.getByText('KRITIS', { exact: true })).toBeVisible();
  });

  await test.step('status, kurva S, dan tabel mingguan menjadi KRITIS dengan dasar hukumnya', async () => {
    const r = weeks[2];
    if (!r) throw new Error('no weeks');
    await page.goto(contractPath);
    await expect(page.getByRole('heading', { name: PACKAGE, level: 1 })).toBeVisible();
    const status = page.getByRole('region', { name: 'Status kontrak' });
    await expect(status.getByText('KRITIS', { exact: true })).toBeVisible();
    await expect(status.getByText(`Minggu terakhir: minggu ke-${r.week}`)).toBeVisible();
    await expect(status.locator('.figure').filter({ hasText: 'Rencana kumulatif' })).toContainText(
      `${id2(r.plan)}%`,
    );
    await expect(status.locator('.figure').filter({ hasText: 'Realisasi kumulatif' })).toContainText(
      `${id2(r.actual)}%`,
    );
    await expect(status.locator('.figure').filter({ hasText: 'Deviasi' })).toContainText('-11,00 poin');
    await expect(status).toContainText('KONTRAK KRITIS (Periode I)');
    await expect(status).toContainText(/Dasar: Permen PUPR 14\/2020/);
    await expect(status.getByText('Adakan SCM tahap I')).toBeVisible();

    const chart = page.getByRole('region', { name: 'Kurva S' });
    const svg = chart.getByRole('img', { name: /Kurva S/ });
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAccessibleDescription(new RegExp(`Minggu kritis: ${r.week}\\.`));
    await expect(chart.locator(`circle.point-kritis[data-week="${r.week}"]`)).toHaveCount(1);
    await expect(chart.locator('circle.point-kritis[data-week]')).toHaveCount(1);
    await expect(chart.getByRole('list', { name: 'Keterangan grafik' })).toContainText('Minggu kritis');
    await chart.screenshot({ path: testInfo.outputPath('kurva-s.png') });

    const table = page.getByRole('region', {
      name: 'Rencana, realisasi, deviasi, dan status kritis per minggu',
    });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(r.week), exact: true }) });
    await expect(row.first()).toContainText('KRITIS');
    await expect(row.first()).toContainText('-11,00');
    await expect(row.first()).toContainText('disetujui');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('status-desktop.png'), fullPage: true });

    // The same page on the phone: no sideways scroll, the chart drawn to its width.
    await site.goto(contractPath);
    await expect(
      site.getByRole('region', { name: 'Status kontrak' }).getByText('KRITIS', { exact: true }),
    ).toBeVisible();
    await expect(
      site.getByRole('region', { name: 'Kurva S' }).locator('circle.point-kritis[data-week]'),
    ).toHaveCount(1);
    expect(await horizontalOverflow(site)).toBeLessThanOrEqual(0);
    await site.screenshot({ path: testInfo.outputPath('status-ponsel.png'), fullPage: true });
    await phone.close();

    // The list marks the contract kritis too.
    await page.getByRole('link', { name: '← Kembali ke daftar proyek' }).click();
    const listRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: PACKAGE }) });
    await expect(listRow.getByText('KRITIS', { exact: true })).toBeVisible();
    await expect(listRow).toContainText('-11,00 poin');
    await page.getByRole('link', { name: PACKAGE }).click();
  });

  await test.step('petugas mencatat SCM tahap I dengan target dan batas waktu uji coba', async () => {
    const control = page.getByRole('region', { name: 'SCM & surat peringatan' });
    await expect(control).toContainText('Show Cause Meeting (SCM) tahap I');
    await control.getByRole('button', { name: 'Catat SCM' }).click();
    const form = control.getByRole('form', { name: 'Catat SCM' });
    await expect(form.getByLabel('Tahap')).toHaveValue('1');
    await form.getByLabel('Tanggal SCM').fill('2023-09-27');
    await form.getByLabel('Target uji coba (%)').fill('48');
    await form.getByLabel('Batas waktu uji coba').fill('2023-10-11');
    await form.getByLabel('Nomor Berita Acara SCM (opsional)').fill('BA-SCM/01/IX/2023');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(control.getByText('SCM tahap I dicatat.')).toBeVisible();
    const item = control.getByRole('listitem').filter({ hasText: 'SCM tahap I' });
    await expect(item).toContainText('Diadakan 27 September 2023');
    await expect(item).toContainText('BA BA-SCM/01/IX/2023');
    await expect(item).toContainText('Uji coba: target 48,00% paling lambat 11 Oktober 2023');
    await expect(item.getByText('menunggu hasil uji coba')).toBeVisible();
    await expect(item.getByRole('button', { name: 'Uji coba berhasil' })).toBeVisible();
    await expect(item.getByRole('button', { name: 'Uji coba gagal' })).toBeVisible();
    // The escalation now waits for the test case.
    await expect(page.getByRole('region', { name: 'Status kontrak' })).toContainText(
      'Menunggu hasil uji coba SCM tahap I: target 48% sampai 11 Oktober 2023',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('petugas mengunduh laporan mingguan PDF minggu ketiga', async () => {
    const r = weeks[2];
    if (!r) throw new Error('no weeks');
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('region', { name: /^Laporan mingguan/ })
      .getByRole('link', { name: `Unduh PDF laporan minggu ke-${r.week}` })
      .click();
    const download = await downloading;
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const { text } = await extractText(new Uint8Array(readFileSync(file)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Minggu ke-${r.week}`);
    expect(flat).toContain('KRITIS');
    expect(flat).toContain(`${id2(r.plan)}%`);
    expect(flat).toContain(`${id2(r.actual)}%`);
    expect(flat).toContain('-11,00');
  });
});
