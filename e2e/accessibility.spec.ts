import { expect, test } from '@playwright/test';
import { login, seriousViolations } from './helpers';

test('halaman masuk tanpa pelanggaran aksesibilitas serius', async ({ page }) => {
  await page.goto('/masuk');
  await expect(page.getByRole('heading', { name: 'Masuk ke Sentra' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('beranda tanpa pelanggaran aksesibilitas serius', async ({ page }) => {
  await login(page, 'petugas');
  await expect(page.getByRole('heading', { name: 'Sentra IKM Batik Kota Mojokerto' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
