#!/usr/bin/env node
// `npm test`: every test. The medium tests (vitest, real PostgreSQL), then the browser journeys
// (Playwright in Debian's Chromium). Installs Chromium with apt-get when it can, or says how.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const run = (label, args) => {
  console.log(`\n▶ ${label}`);
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`✗ ${label} gagal (kode ${res.status ?? res.signal}).`);
    process.exit(res.status || 1);
  }
};

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium belum terpasang: memasang paket Debian "chromium" (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (update.status === 0 && install.status === 0 && existsSync(chromium)) return;
  }
  console.error(
    `Uji peramban butuh Chromium di ${chromium}, dan tidak bisa dipasang otomatis.\n` +
      'Pasang dengan:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(atau set CHROMIUM_PATH ke Chromium yang ada), lalu jalankan npm test lagi.',
  );
  process.exit(3);
}

// Each runner also writes a JSON report, so the run ends with one line counting every test.
const reports = path.join(root, '.tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = path.join(reports, 'vitest.json');
const playwrightJson = path.join(reports, 'playwright.json');
process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = playwrightJson;

const only = process.argv[2];
if (only !== 'e2e')
  run('Uji medium (vitest, PostgreSQL sungguhan)', [
    bin('vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ]);
if (only !== 'medium') {
  ensureChromium();
  run('Membangun aplikasi web', [path.join(root, 'scripts/build-web.mjs')]);
  run('Perjalanan pengguna di peramban (Playwright + Chromium)', [
    bin('@playwright/test', 'cli.js'),
    'test',
    '--reporter=list,json',
  ]);
}

function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync(vitestJson)) {
    const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
  }
  if (existsSync(playwrightJson)) {
    const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
    failed += p.stats?.unexpected ?? 0;
  }
  return { passed, failed };
}
const { passed, failed } = counts();
console.log('\n✓ Semua uji lulus.');
console.log(`${passed} passed, ${failed} failed`);
