import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { DEMO_PASSWORD, horizontalOverflow, login, seriousViolations } from './helpers';

/*
 * The motifs module's "done when": an artisan on a 360 px phone adds a motif, photographs it and
 * asks the Dinas for help recording it; the officer takes the request up, files it (one wrong
 * number on the way) and records it; the dashboard's "motif dengan HKI tercatat" goes up by one;
 * the artisan sees the number and downloads an evidence pack holding the photo byte for byte.
 */

const ARTISAN = { username: 'perajin-motif', fullName: 'Siti Rahayu (Perajin Kembang Suruh)' };
const BUSINESS = 'Batik Kembang Suruh';
const MOTIF = 'Kembang Suruh Kencana';
const CREATOR = 'Siti Rahayu';
const CAPTION = 'Kain pertama, difoto dengan ponsel';
const REQUEST_NOTE = 'Mohon dibantu mencatatkan hak cipta motif ini.';

/** A date that has passed everywhere (the day before today in Jakarta), and its year. */
function pastDate(): { date: string; year: string } {
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(yesterday);
  return { date, year: date.slice(0, 4) };
}

const digits = (n: number) =>
  Array.from(randomBytes(n), (b) => String(b % 10))
    .join('')
    .replace(/^0/, '1');

interface ApiUser {
  api: APIRequestContext;
  csrf: string;
  user: { id: string; centreId: string | null };
}

/** Signs in through the API; writes then carry the session's CSRF token, as the web client does. */
async function signIn(username: string, password = DEMO_PASSWORD): Promise<ApiUser> {
  const api = await request.newContext({ baseURL: test.info().project.use.baseURL });
  const res = await api.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), `login ${username}`).toBe(200);
  const body = await res.json();
  return { api, csrf: body.csrfToken, user: body.user };
}

async function post(who: ApiUser, path: string, data: unknown, status = 201) {
  const res = await who.api.post(path, { data, headers: { 'x-csrf-token': who.csrf } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(status);
  return res.status() === 204 ? null : res.json();
}

/** A real photo, different on every run, written where the file chooser can pick it. */
async function makePhoto(file: string): Promise<Buffer> {
  const noise = randomBytes(48 * 36 * 3);
  await sharp(noise, { raw: { width: 48, height: 36, channels: 3 } })
    .resize(1200, 900, { kernel: 'nearest' })
    .jpeg({ quality: 85 })
    .toFile(file);
  return readFileSync(file);
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

/** "Ringkasan motif & HKI": the figure "N motif dengan HKI tercatat". */
async function recordedFigure(page: Page): Promise<number> {
  const dashboard = page.getByRole('region', { name: 'Ringkasan motif & HKI' });
  const link = dashboard.getByRole('link', { name: /motif dengan HKI tercatat$/ });
  await expect(link).toBeVisible();
  const text = (await link.locator('.stat-value').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

async function openMotifsFromMenu(page: Page, phone = false) {
  if (phone) await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: /menu utama/i })
    .getByRole('link', { name: 'Motif & HKI' })
    .click();
  await expect(page.getByRole('heading', { name: 'Motif & HKI', level: 1 })).toBeVisible();
}

test('perajin mencatat motif dari ponsel, petugas mencatatkan hak ciptanya, perajin mengunduh paket bukti', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { date, year } = pastDate();
  const applicationNumber = `EC00${year}${digits(6)}`;
  const recordNumber = digits(9);
  const photoFile = testInfo.outputPath('kembang-suruh-kencana.jpg');
  const photo = await makePhoto(photoFile);
  const photoSha = createHash('sha256').update(photo).digest('hex');
  let motifPath = '';

  await test.step('persiapan lewat API: akun perajin, usaha, dan tautan keduanya', async () => {
    const officer = await signIn('petugas');
    const admin = await signIn('admin');
    const temporary = 'sementara-motif-2024';
    const artisan = await post(admin, '/api/users', {
      username: ARTISAN.username,
      fullName: ARTISAN.fullName,
      role: 'artisan',
      centreId: officer.user.centreId,
      password: temporary,
    });
    // A new account must replace its first password; do it here so the phone signs straight in.
    const first = await signIn(ARTISAN.username, temporary);
    await post(first, '/api/auth/password', { currentPassword: temporary, newPassword: DEMO_PASSWORD }, 204);
    const business = await post(officer, '/api/registry/businesses', {
      name: BUSINESS,
      legalForm: 'perorangan',
      kbliCodes: ['13134'],
      address: 'Jl. Suruh No. 7, Kota Mojokerto',
      wilayahCode: '35.76.02.1001',
      techniques: ['tulis'],
    });
    await post(officer, `/api/registry/businesses/${business.id}/accounts`, { userId: artisan.id }, 204);
    for (const who of [officer, admin, first]) await who.api.dispose();
  });

  const phone = await phoneContext(browser);
  const artisan = await phone.newPage();

  await test.step('perajin (ponsel 360 px) menambah motif dengan penciptanya', async () => {
    await login(artisan, ARTISAN.username);
    await expect(artisan.getByRole('heading', { name: BUSINESS, level: 1 })).toBeVisible();
    await openMotifsFromMenu(artisan, true);
    const list = artisan.getByRole('region', { name: 'Daftar motif' });
    await expect(list.getByText('0 motif', { exact: true })).toBeVisible();
    await expect(list.getByText('Belum ada motif.')).toBeVisible();
    expect(await horizontalOverflow(artisan)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(artisan)).toEqual([]);

    await artisan.getByRole('link', { name: 'Tambah motif' }).click();
    await expect(artisan.getByRole('heading', { name: 'Tambah motif', level: 1 })).toBeVisible();
    // An artisan's motif is always their own business's: no owner to choose.
    await expect(artisan.getByLabel('Usaha pemilik')).toHaveCount(0);
    await artisan.getByLabel('Nama motif').fill(MOTIF);
    await artisan.getByLabel('Teknik', { exact: true }).selectOption({ label: 'Tulis' });
    await artisan.getByLabel('Nama pencipta').fill(CREATOR);
    expect(await horizontalOverflow(artisan)).toBeLessThanOrEqual(0);
    await artisan.getByRole('button', { name: 'Simpan motif' }).click();

    await expect(artisan.getByRole('heading', { name: MOTIF, level: 1 })).toBeVisible();
    await expect(artisan.getByRole('status').filter({ hasText: 'telah ditambahkan' })).toBeVisible();
    await expect(artisan.getByText(`Usaha pemilik: ${BUSINESS}`)).toBeVisible();
    motifPath = new URL(artisan.url()).pathname;
  });

  await test.step('perajin mengunggah foto motif dan melihat bukti penyimpanannya', async () => {
    const photos = artisan.getByRole('region', { name: /^Foto motif/ });
    await expect(photos.getByText('Belum ada foto motif.')).toBeVisible();
    await photos.getByLabel('Keterangan foto (opsional)').fill(CAPTION);
    await photos.getByLabel('Tambah foto motif').setInputFiles(photoFile);
    await expect(photos.getByRole('img', { name: CAPTION })).toBeVisible();
    await expect(photos.getByText('Foto ditambahkan.')).toBeVisible();
    await expect(photos).toContainText('kembang-suruh-kencana.jpg');
    await expect(photos).toContainText(photoSha.slice(0, 12));
    await expect(photos).toContainText(ARTISAN.fullName);
    await expect(photos).toContainText(/pukul \d{2}\.\d{2} WIB/);
    // The image is really served, at the size the phone needs.
    const shown = photos.getByRole('img', { name: CAPTION });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The very same file again: the server's message, word for word, names the motif that holds it.
    await photos.getByLabel('Tambah foto motif').setInputFiles(photoFile);
    await expect(photos.getByText(`sudah tersimpan pada motif “${MOTIF}”`)).toBeVisible();
    await expect(
      photos.getByText(`Berkas yang sama persis (SHA-256 ${photoSha.slice(0, 12)})`),
    ).toBeVisible();
  });

  await test.step('perajin meminta bantuan pencatatan dan melihat permohonannya menunggu', async () => {
    await artisan.getByRole('button', { name: 'Minta bantuan pencatatan' }).click();
    const form = artisan.getByRole('form', { name: 'Minta bantuan pencatatan' });
    await expect(form.getByLabel('Yang ingin dicatatkan')).toHaveValue('hak_cipta');
    await form.getByLabel('Pesan untuk petugas (opsional)').fill(REQUEST_NOTE);
    await form.getByRole('button', { name: 'Kirim permintaan' }).click();

    const card = artisan.getByRole('article', { name: 'Hak Cipta' });
    await expect(card.getByText('diminta perajin', { exact: true })).toBeVisible();
    await expect(card.getByText('Permohonan Anda menunggu ditangani petugas Dinas.')).toBeVisible();
    await expect(card).toContainText(REQUEST_NOTE);
    // One open request at a time: the button is gone until this one is done.
    await expect(artisan.getByRole('button', { name: 'Minta bantuan pencatatan' })).toHaveCount(0);
    expect(await horizontalOverflow(artisan)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(artisan)).toEqual([]);
  });

  let before = 0;
  await test.step('petugas membaca ringkasan dan membuka permohonan yang menunggu', async () => {
    await login(page, 'petugas');
    await openMotifsFromMenu(page);
    before = await recordedFigure(page);
    const dashboard = page.getByRole('region', { name: 'Ringkasan motif & HKI' });
    await dashboard.getByRole('link', { name: /permohonan perajin menunggu$/ }).click();
    await expect(page).toHaveURL(/\/motif\?ipStatus=requested$/);
    await expect(page.getByLabel('Status HKI')).toHaveValue('requested');
    await expect(page.getByRole('link', { name: MOTIF })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: MOTIF }).click();
    await expect(page.getByRole('heading', { name: MOTIF, level: 1 })).toBeVisible();
  });

  await test.step('petugas menangani permohonan; nomor permohonan yang salah format tidak tersimpan', async () => {
    const card = page.getByRole('article', { name: 'Hak Cipta' });
    await expect(card).toContainText(REQUEST_NOTE);
    await card.getByRole('button', { name: 'Tangani permohonan (jadikan draf)' }).click();
    await expect(card.getByText('Status diubah menjadi draf.')).toBeVisible();
    await expect(card.locator('.item-head').getByText('draf', { exact: true })).toBeVisible();

    await card.getByRole('button', { name: /^Ubah data/ }).click();
    const form = card.getByRole('form', { name: 'Ubah data Hak Cipta' });
    await form.getByLabel('Nomor permohonan').fill(`EC-${year}-1234`);
    await form.getByLabel('Tanggal permohonan').fill(date);
    await form.getByLabel('Jenis pemegang hak').selectOption({ label: 'Perorangan' });
    await form.getByLabel('Nama pemegang hak').fill(CREATOR);
    await form.getByRole('button', { name: 'Simpan' }).click();
    const number = form.getByLabel('Nomor permohonan');
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(
      /Nomor permohonan hak cipta berbentuk EC00 \+ tahun \+ 6 angka, mis\. EC002023079870\./,
    );
    await expect(form.getByRole('alert')).toBeVisible();
    // Nothing was saved: the record still has no application number.
    const check = await signIn('petugas');
    const saved = await (await check.api.get(`/api/motifs/${motifPath.split('/').pop()}`)).json();
    expect(saved.ipRecords[0].applicationNumber).toBeNull();
    expect(saved.ipRecords[0].applicationDate).toBeNull();
    await check.api.dispose();

    await number.fill(applicationNumber);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(card.getByText('Perubahan disimpan.')).toBeVisible();
    await expect(card).toContainText(applicationNumber);
  });

  await test.step('petugas mengajukan, lalu mencatat nomor pencatatan: masa pelindungan tampil', async () => {
    const card = page.getByRole('article', { name: 'Hak Cipta' });
    await card.getByRole('button', { name: 'Tandai diajukan' }).click();
    await expect(card.getByText('Status diubah menjadi diajukan.')).toBeVisible();

    await card.getByRole('button', { name: /^Ubah data/ }).click();
    const form = card.getByRole('form', { name: 'Ubah data Hak Cipta' });
    await form.getByLabel('Nomor pencatatan').fill(recordNumber);
    await form.getByLabel('Tanggal pencatatan').fill(date);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(card.getByText('Perubahan disimpan.')).toBeVisible();

    await card.getByRole('button', { name: 'Tandai tercatat' }).click();
    await expect(card.getByText('Status diubah menjadi tercatat.')).toBeVisible();
    await expect(card.locator('.item-head').getByText('tercatat', { exact: true })).toBeVisible();
    await expect(card).toContainText(recordNumber);
    await expect(card.getByText('Seumur hidup pencipta + 70 tahun', { exact: true })).toBeVisible();
    await expect(card).toContainText(/Dasar: UU 28\/2014 .*Pasal 58/);
    // The whole history, oldest first.
    await expect(card.getByRole('list', { name: 'Riwayat status' }).getByRole('listitem')).toHaveCount(4);
    await expect(card.getByRole('list', { name: 'Riwayat status' })).toContainText('diminta perajin → draf');
    await expect(card.getByRole('list', { name: 'Riwayat status' })).toContainText('diajukan → tercatat');
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('di ringkasan, "motif dengan HKI tercatat" bertambah satu', async () => {
    await openMotifsFromMenu(page);
    await expect.poll(() => recordedFigure(page)).toBe(before + 1);
    const list = page.getByRole('region', { name: 'Daftar motif' });
    await page.getByRole('searchbox', { name: 'Cari nama motif' }).fill('kembang suruh');
    await expect(page).toHaveURL(/q=kembang\+suruh/);
    await expect(list.getByRole('link', { name: MOTIF })).toBeVisible();
    await expect(list.getByText(`Hak Cipta · tercatat · ${recordNumber}`)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('perajin melihat motifnya tercatat dan mengunduh paket bukti', async () => {
    await artisan.reload();
    const card = artisan.getByRole('article', { name: 'Hak Cipta' });
    await expect(
      card.getByText(`Selesai: Hak Cipta motif Anda tercatat dengan nomor ${recordNumber}.`),
    ).toBeVisible();
    await expect(card.getByText('Seumur hidup pencipta + 70 tahun', { exact: true })).toBeVisible();
    expect(await horizontalOverflow(artisan)).toBeLessThanOrEqual(0);

    const downloading = artisan.waitForEvent('download');
    await artisan.getByRole('link', { name: 'Unduh paket bukti (zip)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zipFile = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(zipFile);
    const files = unzipSync(new Uint8Array(readFileSync(zipFile)));
    const names = Object.keys(files);
    expect(names).toContain('SHA256SUMS.txt');
    expect(names).toContain('RINGKASAN.html');
    const original = names.find(
      (n) => n.startsWith('gambar-asli/') && n.endsWith('kembang-suruh-kencana.jpg'),
    );
    expect(original, names.join(', ')).toBeTruthy();
    expect(Buffer.from(files[original as string] as Uint8Array).equals(photo)).toBe(true);
    const sums = new TextDecoder().decode(files['SHA256SUMS.txt']);
    expect(sums).toContain(`${photoSha}  ${original}`);
    await phone.close();
  });
});
