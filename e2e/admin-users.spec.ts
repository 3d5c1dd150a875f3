import { expect, test } from '@playwright/test';
import { login, logout } from './helpers';

test('admin membuat pengguna baru yang lalu bisa masuk; lalu akun terkunci setelah gagal berulang', async ({
  page,
}) => {
  await login(page, 'admin');
  await page
    .getByRole('navigation', { name: /menu utama/i })
    .getByRole('link', { name: 'Pengguna' })
    .click();
  await page.getByRole('link', { name: /Tambah pengguna/ }).click();

  // Bad input first: the form says what to fix, field by field, and creates nothing.
  await page.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByLabel('Nama lengkap')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Wajib diisi.').first()).toBeVisible();

  await page.getByLabel('Nama pengguna').fill('Rina Perajin!');
  await page.getByLabel('Nama lengkap').fill('Rina Wulandari');
  await page.getByLabel('Peran').selectOption('artisan');
  await page.getByLabel('Sentra').selectOption({ label: 'Sentra IKM Batik Kota Mojokerto' });
  await page.getByLabel('Kata sandi awal').fill('pendek');
  await page.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByText('Kata sandi minimal 10 karakter.')).toBeVisible();
  await page.getByLabel('Kata sandi awal').fill('sandi-awal-rina-1');
  await page.getByRole('button', { name: 'Buat pengguna' }).click();
  // The server's own message, under the field it concerns.
  await expect(
    page.getByText('Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.'),
  ).toBeVisible();

  await page.getByLabel('Nama pengguna').fill('rina.perajin');
  await page.getByRole('button', { name: 'Buat pengguna' }).click();
  await expect(page.getByText('rina.perajin')).toBeVisible();
  await logout(page);

  await login(page, 'rina.perajin', 'sandi-awal-rina-1');
  await expect(page.getByRole('banner')).toContainText('Rina Wulandari');
  await logout(page);

  // Five wrong passwords lock the account for a while, with a message that says so.
  for (let i = 0; i < 4; i++) {
    await login(page, 'rina.perajin', `salah-${i}-sekali`);
    await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  }
  await login(page, 'rina.perajin', 'salah-lagi-sekali');
  await expect(page.getByRole('alert')).toContainText('Akun dikunci sementara; coba lagi dalam 15 menit.');
  await login(page, 'rina.perajin', 'sandi-awal-rina-1');
  await expect(page.getByRole('alert')).toContainText('Akun dikunci sementara');

  // The admin sees the change in the audit log.
  await login(page, 'admin');
  await page.getByRole('link', { name: 'Log audit' }).click();
  await expect(page.getByRole('table')).toContainText('rina.perajin');
});
