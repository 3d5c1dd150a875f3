import AxeBuilder from '@axe-core/playwright';
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

/** Axe's serious and critical violations on the page, one line each (an empty list is the goal). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * How far the page is wider than the screen. Against the viewport set for the test, not
 * `innerWidth`: a phone browser widens its layout viewport to fit content that overflows.
 */
export async function horizontalOverflow(page: Page): Promise<number> {
  const width = page.viewportSize()?.width ?? 0;
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - width;
}
