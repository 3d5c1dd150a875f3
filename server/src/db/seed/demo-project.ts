import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { buildRealisticRab } from '../../modules/projects/import/fixtures/generate-rab.js';
import { type ParsedRab, parseRab } from '../../modules/projects/import/rab-parse.js';
import {
  boqItems,
  contracts,
  dakTransfers,
  payments,
  progressPhotos,
  weeklyReports,
} from '../../modules/projects/projects.tables.js';
import { addDays } from '../../modules/projects/rules/index.js';
import { storedFiles } from '../../modules/registry/registry.tables.js';
import type { Tx } from '../client.js';

/**
 * The demo's construction contract, as the seed story tells it: the Sentra IKM Batik building of
 * Kota Mojokerto, DAK Fisik bidang IKM TA 2023, SPMK 3 July 2023, end 10 December 2023; about 2.5
 * points behind plan in October (not kritis: Periode I allows 10), 75.04 % in the last week of
 * November, ahead of a back-loaded plan; finished in week 23, opened 7 February 2024. Names,
 * numbers and the RAB are invented (labelled "contoh"); only the dates and the story are real.
 */
const SPMK = '2023-07-03';

/** Planned cumulative % per week (23 weeks): back-loaded, 73.6 % at week 21. */
const PLAN_CUM = [
  0.8, 1.9, 3.2, 4.8, 6.6, 8.7, 11.0, 13.6, 16.5, 19.7, 23.2, 27.0, 31.1, 35.4, 39.9, 44.6, 49.5, 54.4, 59.5,
  66.0, 73.6, 87.2, 100,
];
/** Reported cumulative % per week: ≈ −2.5 points in October (weeks 14–18), 75.04 at week 21. */
const ACTUAL_CUM = [
  1.0, 2.1, 3.0, 4.9, 6.3, 8.9, 10.6, 13.1, 16.0, 18.9, 22.0, 25.6, 29.3, 32.9, 37.4, 42.1, 47.0, 51.9, 58.2,
  66.3, 75.04, 89.1, 100,
];

export interface PreparedDemoProject {
  rab: ParsedRab;
  photos: { week: number; caption: string; bytes: Buffer }[];
}

/** Reads the demo RAB through the real importer and draws three site photos (before any transaction). */
export async function prepareDemoProject(): Promise<PreparedDemoProject> {
  const rab = await parseRab(await buildRealisticRab());
  const photos = [];
  for (const [week, caption, colour] of [
    [14, 'Pengecoran pelat lantai 2 (foto contoh)', '#8d8a82'],
    [21, 'Pemasangan rangka atap (foto contoh)', '#7a6a55'],
    [23, 'Gedung selesai, pembersihan akhir (foto contoh)', '#b9a47e'],
  ] as const) {
    const date = addDays(SPMK, (week - 1) * 7 + 3).replaceAll('-', ':');
    photos.push({
      week,
      caption,
      bytes: await sharp({
        create: {
          width: 1280,
          height: 960,
          channels: 3,
          background: colour,
          noise: { type: 'gaussian', mean: 120, sigma: 18 },
        },
      })
        .jpeg({ quality: 80 })
        .withExif({
          IFD2: { DateTimeOriginal: `${date} 10:15:00` },
          // Jl. Kedungsari, Kota Mojokerto (approximate).
          IFD3: {
            GPSLatitudeRef: 'S',
            GPSLatitude: '7/1 28/1 2000/100',
            GPSLongitudeRef: 'E',
            GPSLongitude: '112/1 26/1 1600/100',
          },
        })
        .toBuffer(),
    });
  }
  return { rab, photos };
}

/**
 * Week shares that follow PLAN_CUM exactly while keeping the RAB's order: the items are laid end
 * to end along the cumulative-weight axis (persiapan first, finishing last) and each week takes
 * the slice between its previous and its own planned cumulative.
 */
function sharesFollowingPlan(rab: ParsedRab): Record<string, number>[] {
  let start = 0;
  return rab.items.map((item) => {
    const weight = (item.total / rab.totalBeforeTax) * 100;
    const [a, b] = [start, start + weight];
    start = b;
    const shares: Record<string, number> = {};
    PLAN_CUM.forEach((cum, i) => {
      const lo = Math.max(a, i === 0 ? 0 : (PLAN_CUM[i - 1] ?? 0));
      const hi = Math.min(b, cum);
      if (hi > lo && weight > 0) shares[String(i + 1)] = ((hi - lo) / weight) * 100;
    });
    return shares;
  });
}

export async function insertDemoProject(tx: Tx, centreId: string, prepared: PreparedDemoProject) {
  const { rab } = prepared;
  const [contract] = await tx
    .insert(contracts)
    .values({
      centreId,
      packageName: 'Pembangunan Gedung Sentra IKM Batik Kota Mojokerto (contoh)',
      funding: 'DAK Fisik bidang IKM TA 2023',
      fiscalYear: 2023,
      allocationIdr: '18000000000',
      contractValueIdr: String(rab.grandTotal ?? 17_863_250_000),
      taxPct: '11',
      contractor: 'CV Bangun Persada (contoh)',
      supervisor: 'CV Konsultan Teknik Majapahit (contoh)',
      ppkName: 'PPK Bidang Perindustrian (contoh)',
      contractNumber: '027/SPK/DAK-IKM/2023 (contoh)',
      contractDate: '2023-06-28',
      spmkDate: SPMK,
      endDate: '2023-12-10',
      maintenanceDays: 180,
      phoDate: '2023-12-09',
      fhoDate: '2024-06-06',
      status: 'selesai',
      notes:
        'DATA CONTOH: nama, nomor dan RAB fiktif. Tanggal mengikuti kisah sentra: SPMK Juli 2023, akhir 10 Desember 2023, diresmikan 7 Februari 2024.',
    })
    .returning();
  if (!contract) throw new Error('demo contract not written');
  const shares = sharesFollowingPlan(rab);
  await tx.insert(boqItems).values(
    rab.items.map((i, position) => ({
      contractId: contract.id,
      position,
      division: i.division,
      code: i.code,
      name: i.name,
      volume: String(i.volume),
      unit: i.unit,
      unitPriceIdr: String(i.unitPrice),
      totalIdr: String(i.total),
      weekShares: shares[position] ?? {},
    })),
  );
  const reports = await tx
    .insert(weeklyReports)
    .values(
      ACTUAL_CUM.map((actual, i) => ({
        contractId: contract.id,
        week: i + 1,
        periodStart: addDays(SPMK, i * 7),
        periodEnd: addDays(SPMK, i * 7 + 6),
        actualCumPct: String(actual),
        notes: i + 1 >= 14 && i + 1 <= 18 ? 'Hujan dan keterlambatan material baja ringan (contoh).' : null,
        status: 'approved' as const,
        approvedByLabel: 'Konsultan pengawas (contoh)',
        approvedAt: new Date(`${addDays(SPMK, i * 7 + 7)}T09:00:00+07:00`),
      })),
    )
    .returning();
  for (const photo of prepared.photos) {
    const report = reports.find((r) => r.week === photo.week);
    if (!report) continue;
    const [file] = await tx
      .insert(storedFiles)
      .values({
        centreId,
        fileName: `foto-minggu-${photo.week}.jpg`,
        mimeType: 'image/jpeg',
        sizeBytes: photo.bytes.length,
        sha256: createHash('sha256').update(photo.bytes).digest('hex'),
        content: photo.bytes,
      })
      .returning({ id: storedFiles.id });
    if (!file) throw new Error('demo photo not written');
    const thumb = await sharp(photo.bytes).resize(320).webp({ quality: 70 }).toBuffer();
    await tx.insert(progressPhotos).values({
      reportId: report.id,
      fileId: file.id,
      caption: photo.caption,
      takenAt: `${addDays(SPMK, (photo.week - 1) * 7 + 3)} 10:15:00`,
      latitude: -(7 + 28 / 60 + 20 / 3600),
      longitude: 112 + 26 / 60 + 16 / 3600,
      thumb: thumb.toString('base64'),
      uploadedByLabel: 'Konsultan pengawas (contoh)',
    });
  }
  await tx.insert(payments).values([
    {
      contractId: contract.id,
      term: 'Uang muka 20%',
      sp2dNumber: 'SP2D-0711/2023 (contoh)',
      paidOn: '2023-07-21',
      amountIdr: '3572650000',
    },
    {
      contractId: contract.id,
      term: 'Termin I (progres 25%)',
      sp2dNumber: 'SP2D-1402/2023 (contoh)',
      paidOn: '2023-10-06',
      amountIdr: '4465812500',
    },
    {
      contractId: contract.id,
      term: 'Termin II (progres 50%)',
      sp2dNumber: 'SP2D-1876/2023 (contoh)',
      paidOn: '2023-11-17',
      amountIdr: '4465812500',
    },
    {
      contractId: contract.id,
      term: 'Termin III (progres 100%)',
      sp2dNumber: 'SP2D-2310/2023 (contoh)',
      paidOn: '2023-12-20',
      amountIdr: '5358975000',
    },
  ]);
  await tx.insert(dakTransfers).values([
    { contractId: contract.id, tranche: 1, receivedOn: '2023-03-15', amountIdr: '4500000000' },
    { contractId: contract.id, tranche: 2, receivedOn: '2023-08-10', amountIdr: '8100000000' },
    { contractId: contract.id, tranche: 3, receivedOn: '2023-11-28', amountIdr: '5263250000' },
  ]);
  await recordAudit(tx, null, {
    entity: 'project_contract',
    entityId: contract.id,
    centreId,
    action: 'create',
    after: { ...contract, demo: true, boqItems: rab.items.length, weeklyReports: reports.length },
  });
  return contract.id;
}
