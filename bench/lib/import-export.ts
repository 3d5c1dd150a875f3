import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportField } from '../../server/src/modules/registry/import/import-columns.js';
import { DATA_SHEET } from '../../server/src/modules/registry/import/template.js';
import type { BenchServer } from './bench-server.js';
import {
  type GeneratedBusiness,
  generateBusinesses,
  jawaTimurKelurahan,
  Rng,
} from './generate-businesses.js';

export interface ExportFigures {
  rows: number;
  ms: number;
  firstByteMs: number;
  bytes: number;
}

export interface ImportFile {
  rows: number;
  bytes: Buffer;
  buildMs: number;
}

export interface ImportFigures {
  rows: number;
  previewMs: number;
  problems: number;
  commitMs: number;
  summary: string;
}

/** GET …/export.xlsx of every business of the centre, streamed and counted; null when the route is missing. */
export async function benchExport(
  s: BenchServer,
  log: (line: string) => void,
): Promise<ExportFigures | null> {
  const rows = (
    await s.pool.query<{ n: number }>('select count(*)::int as n from business where merged_into_id is null')
  ).rows[0]?.n;
  log(`export: ${rows} rows as xlsx`);
  const t = performance.now();
  const res = await fetch(`${s.url}/api/registry/businesses/export.xlsx`, { headers: { cookie: s.cookie } });
  const firstByteMs = performance.now() - t;
  if (res.status !== 200 || !res.body) {
    await res.arrayBuffer().catch(() => undefined);
    log(`export: GET export.xlsx answered ${res.status}; skipped`);
    return null;
  }
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  return { rows: rows ?? 0, ms: performance.now() - t, firstByteMs, bytes };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const OWNERS: readonly (readonly [string, 'L' | 'P'])[] = [
  ['Siti Aminah', 'P'],
  ['Sri Wahyuni', 'P'],
  ['Endang Lestari', 'P'],
  ['Tutik Handayani', 'P'],
  ['Nanik Rahayu', 'P'],
  ['Bambang Setiawan', 'L'],
  ['Slamet Riyadi', 'L'],
  ['Joko Susilo', 'L'],
  ['Supriyadi', 'L'],
  ['Hari Purnomo', 'L'],
];

const kelurahanName = new Map(jawaTimurKelurahan().map((k) => [k.code, k.name]));

const LEGAL_LABEL = { perorangan: 'perorangan', ud: 'UD', cv: 'CV', pt: 'PT', koperasi: 'koperasi' } as const;
const idr = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/**
 * The cells of one template row for a generated business. Like a Dinas sheet: most rupiah cells
 * are numbers, some are written the Indonesian way ("Rp 75.000.000", "75 jt"); one row in a
 * hundred is broken (a 12-digit NIB, an unknown KBLI, negative workers).
 */
function templateRow(b: GeneratedBusiness, i: number, rng: Rng, existingNib: string | undefined) {
  const owner = rng.pick(OWNERS);
  const rupiah = (v: number | null) => {
    if (v === null) return null;
    const r = rng.next();
    if (r < 0.08) return `Rp ${idr.format(v)}`;
    if (r < 0.12 && v % 1_000_000 === 0 && v < 1_000_000_000) return `${v / 1_000_000} jt`;
    return v;
  };
  const cells: Record<ImportField, string | number | Date | null> = {
    // The village in the name, as many do ("Batik Sekar Jagad Gedongan"). It also keeps the file
    // clear of the registry's own same-name-same-kelurahan pairs, which the commit refuses as
    // stale (see bench/README.md, "Import").
    name: `${b.name} ${kelurahanName.get(b.wilayahCode) ?? ''}`.trim(),
    legalForm: LEGAL_LABEL[b.legalForm],
    nib: existingNib ?? b.nib,
    kbliCodes: b.kbliCodes.join(', '),
    address: b.address,
    wilayahCode: rng.chance(0.2) ? b.wilayahCode.replace(/\./g, '') : b.wilayahCode,
    phone: b.phone,
    whatsapp: b.whatsapp,
    email: b.email,
    yearFounded: b.yearFounded,
    techniques: b.techniques.join(', ') || null,
    marketReach: b.marketReach.join(', '),
    memberSince: b.memberSince ? new Date(`${b.memberSince}T00:00:00Z`) : null,
    isTenant: b.isTenant ? 'ya' : 'tidak',
    workersMale: b.workersMale,
    workersFemale: b.workersFemale,
    investmentIdr: rupiah(b.investmentIdr),
    investmentLandBuildingIdr: rupiah(b.investmentLandBuildingIdr),
    capacityInstalled: b.capacityInstalled,
    capacityUsed: b.capacityUsed,
    capacityUnit: b.capacityUnit,
    productionVolume: b.productionVolume,
    productionValueIdr: rupiah(b.productionValueIdr),
    rawMaterialValueIdr: rupiah(b.rawMaterialValueIdr),
    ownerName: owner[0],
    ownerGender: owner[1],
    ownerPhone: b.whatsapp,
  };
  if (i % 100 === 37) cells.nib = '912000123456'; // 12 digits
  if (i % 100 === 61) cells.kbliCodes = '99999';
  if (i % 100 === 83) cells.workersMale = -2;
  return cells;
}

/** A template-shaped xlsx of `rows` businesses (exceljs), the first few hundred re-using registry NIBs. */
export async function buildImportWorkbook(rows: number, existingNibs: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DATA_SHEET);
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.width,
    style: ['nib', 'kbli', 'wilayah', 'phone'].includes(c.kind) ? { numFmt: '@' } : {},
  }));
  const rng = new Rng(77);
  let i = 0;
  for (const b of generateBusinesses(rows, { seed: 4_242, nibPrefix: '8' })) {
    sheet.addRow(templateRow(b, i, rng, existingNibs[i]));
    i++;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface PreviewBody {
  importId: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  toCreate: number;
  toUpdate: number;
  problemCount: number;
}

/**
 * The 10k-row file, built before the import is timed and in a child process (its memory is not the
 * server's); 5 % of its rows carry a NIB already registered.
 */
export async function prepareImportFile(s: BenchServer, rows: number): Promise<ImportFile> {
  const existing = await s.pool.query<{ nib: string }>(
    'select nib from business where nib is not null order by nib limit $1',
    [Math.round(rows * 0.05)],
  );
  const t = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'build-import-file.ts')],
    {
      input: JSON.stringify({ rows, nibs: existing.rows.map((r) => r.nib) }),
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
    },
  );
  if (child.status !== 0 || !child.stdout.byteLength)
    throw new Error(
      `building the import file failed: ${child.error?.message ?? child.stderr.toString().slice(0, 500)}`,
    );
  return { rows, bytes: child.stdout, buildMs: performance.now() - t };
}

/**
 * Import over HTTP as an officer does it: POST /api/registry/import (multipart, field "file") →
 * preview, then POST /api/registry/import/:id/commit { mode: 'valid-only' }. Each step is timed
 * from the request to the end of its response.
 */
export async function benchImport(
  s: BenchServer,
  { rows, bytes: file }: ImportFile,
  log: (line: string) => void,
): Promise<ImportFigures | null> {
  log(`import: ${rows} rows, ${file.byteLength} bytes; uploading`);

  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: XLSX_TYPE }), `impor-bench-${rows}.xlsx`);
  let t = performance.now();
  const up = await fetch(`${s.url}/api/registry/import`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    body: form,
  });
  const upText = await up.text();
  const previewMs = performance.now() - t;
  if (up.status === 404) {
    log('import: POST /api/registry/import answered 404; skipped');
    return null;
  }
  if (up.status !== 201) throw new Error(`import preview → ${up.status} ${upText.slice(0, 500)}`);
  const preview = JSON.parse(upText) as PreviewBody;
  log(
    `import: preview ${preview.validRows} valid, ${preview.invalidRows} invalid, ${preview.toCreate} new, ${preview.toUpdate} updates; committing`,
  );

  t = performance.now();
  const commit = await fetch(`${s.url}/api/registry/import/${preview.importId}/commit`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ mode: 'valid-only' }),
  });
  const commitText = await commit.text();
  const commitMs = performance.now() - t;
  if (commit.status !== 200) throw new Error(`import commit → ${commit.status} ${commitText.slice(0, 500)}`);
  const result = JSON.parse(commitText) as { created: number; updated: number; skipped: number };
  return {
    rows,
    previewMs,
    problems: preview.problemCount,
    commitMs,
    summary: `${result.created} created, ${result.updated} updated, ${result.skipped} skipped`,
  };
}
