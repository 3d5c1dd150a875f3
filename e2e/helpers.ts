import { expect, type Page } from '@playwright/test';

/** Every demo user has this password in the journeys (scripts/e2e-server.mjs sets DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'demo-sentra-2024';

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke Sentra' })).toBeVisible();
}

/** The main navigation's links, as a user reads them (waits until they match). */
export async function expectMenu(page: Page, links: string[]) {
  const nav = page.getByRole('navigation', { name: /^(Menu utama|Main menu)$/ });
  await expect(nav.getByRole('link')).toHaveText(links);
}
