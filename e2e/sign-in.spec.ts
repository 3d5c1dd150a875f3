import { expect, test } from '@playwright/test';
import { expectMenu, login, logout } from './helpers';

const ROLES = [
  {
    username: 'admin',
    role: 'Admin',
    menu: [
      'Beranda',
      'Registri',
      'Motif & HKI',
      'Proyek Konstruksi',
      'Pengguna',
      'Token API',
      'Log audit',
      'Kata sandi',
    ],
  },
  {
    username: 'petugas',
    role: 'Petugas Dinas',
    menu: ['Beranda', 'Registri', 'Motif & HKI', 'Proyek Konstruksi', 'Kata sandi'],
  },
  {
    username: 'pengelola',
    role: 'Pengelola Sentra',
    menu: ['Beranda', 'Registri', 'Motif & HKI', 'Proyek Konstruksi', 'Kata sandi'],
  },
  {
    username: 'konsultan',
    role: 'Konsultan PLUT',
    menu: ['Beranda', 'Registri', 'Motif & HKI', 'Proyek Konstruksi', 'Kata sandi'],
  },
  { username: 'perajin', role: 'Perajin', menu: ['Beranda', 'Usaha saya', 'Motif & HKI', 'Kata sandi'] },
];

test.describe('Masuk sebagai setiap peran', () => {
  for (const r of ROLES) {
    test(`${r.username} melihat menu untuk ${r.role}`, async ({ page }) => {
      await login(page, r.username);
      await expect(page.getByRole('banner')).toContainText(r.role);
      await expectMenu(page, r.menu);
      // The staff of the centre land on its profile; an artisan's home is their own business.
      if (r.username !== 'admin' && r.username !== 'perajin') {
        await expect(page.getByRole('heading', { name: 'Sentra IKM Batik Kota Mojokerto' })).toBeVisible();
        await expect(page.getByText('35.76.02.1001')).toBeVisible();
        await expect(page.getByText('7 Februari 2024', { exact: true })).toBeVisible();
      }
      await logout(page);
      // After logging out, a page that needs a login sends the user back to the login page.
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Masuk ke Sentra' })).toBeVisible();
    });
  }
});

test('kata sandi salah: pesan dalam bahasa Indonesia', async ({ page }) => {
  await login(page, 'petugas', 'bukan-kata-sandinya');
  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await expect(page.getByLabel('Nama pengguna')).toHaveValue('petugas');
});
