import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { login } from './helpers';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

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
