import { expect, test } from '@playwright/test';
import { expectMenu, horizontalOverflow, login } from './helpers';

test('beralih ke bahasa Inggris, dan pilihan itu bertahan setelah dimuat ulang', async ({ page }) => {
  await login(page, 'pengelola');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByLabel('Bahasa').selectOption('EN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectMenu(page, ['Home', 'Registry', 'Motifs & IP', 'Construction', 'Password']);
  await page.reload();
  await expectMenu(page, ['Home', 'Registry', 'Motifs & IP', 'Construction', 'Password']);
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Log in to Sentra' })).toBeVisible();
  // Signing in again brings the account's language back, then switch it back for the others.
  await page.evaluate(() => localStorage.clear());
  await login(page, 'pengelola');
  await expectMenu(page, ['Home', 'Registry', 'Motifs & IP', 'Construction', 'Password']);
  await page.getByLabel('Language').selectOption('ID');
  await expectMenu(page, ['Beranda', 'Registri', 'Motif & HKI', 'Proyek Konstruksi', 'Kata sandi']);
});

test('di layar ponsel 360 px, menu terbuka lewat tombol dan halaman tidak melebar', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, 'perajin');
  // An artisan's home is their own business; the demo account is not linked to one.
  await expect(page.getByRole('heading', { name: 'Usaha saya' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: /Menu/ }).click();
  await expect(
    page.getByRole('navigation', { name: /menu utama/i }).getByRole('link', { name: 'Kata sandi' }),
  ).toBeVisible();
});

test('aplikasi dikirim terkompresi dan disimpan lama di ponsel (hemat kuota)', async ({ page, request }) => {
  await page.goto('/masuk');
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  expect(script).toMatch(/^\/assets\/.+\.js$/);
  const res = await request.get(script ?? '', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(res.headers()['content-encoding']).toBe('br');
  expect(res.headers()['cache-control']).toContain('immutable');
  // An unknown page still opens the app (its own router shows "not found"); an unknown API path is JSON.
  const page404 = await request.get('/tidak-ada-halaman-ini');
  expect(page404.headers()['content-type']).toContain('text/html');
  const api404 = await request.get('/api/tidak-ada');
  expect(api404.status()).toBe(404);
  expect((await api404.json()).message).toBe('Alamat API tidak dikenal.');
});
