import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../test/build-test-app.js';
import { officerOfNewCentre } from '../../../test/registry-factories.js';
import { buildRealisticRab, RAB_CONTRACT_VALUE } from './import/fixtures/generate-rab.js';
import { boqItems } from './projects.tables.js';

const FIXTURE = path.join(import.meta.dirname, 'import/fixtures/rab-sentra-ikm-batik-2023.xlsx');

let t: TestContext;
let officer: Session;
let centreId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const o = await officerOfNewCentre(t);
  officer = o.session;
  centreId = o.centre.id;
});
afterAll(() => t.close());

/** A 10-week contract (SPMK Mon 3 Jul 2023, end Sun 10 Sep 2023) of Rp 1.110.000.000 incl. PPN 11 %. */
async function newContract(s: Session = officer, over: Record<string, unknown> = {}) {
  const res = await s.request('POST', '/api/projects', {
    packageName: 'Pembangunan Gedung Sentra IKM Batik (uji)',
    funding: 'DAK Fisik bidang IKM TA 2023',
    fiscalYear: 2023,
    allocationIdr: 1_200_000_000,
    contractValueIdr: 1_110_000_000,
    taxPct: 11,
    contractor: 'CV Uji Bangun',
    supervisor: 'CV Uji Pengawas',
    ppkName: 'Ir. Uji',
    contractNumber: `027/PPK/${Math.random().toString(36).slice(2, 8)}`,
    contractDate: '2023-06-28',
    spmkDate: '2023-07-03',
    endDate: '2023-09-10',
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`newContract: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; [k: string]: unknown };
}

/**
 * Four items worth Rp 1.000.000.000 before PPN (weights 10/30/40/20) over 10 weeks: the plan
 * reaches 10 % at week 2, 40 % at week 5, 80 % at week 8, 100 % at week 10.
 */
async function addBoq(contractId: string) {
  const rows = [
    { code: '1', name: 'Pekerjaan persiapan', total: 100_000_000, shares: { 1: 50, 2: 50 } },
    { code: '2', name: 'Pondasi', total: 300_000_000, shares: { 3: 34, 4: 33, 5: 33 } },
    { code: '3', name: 'Struktur', total: 400_000_000, shares: { 6: 25, 7: 25, 8: 50 } },
    { code: '4', name: 'Finishing', total: 200_000_000, shares: { 9: 50, 10: 50 } },
  ];
  const inserted = await t.db
    .insert(boqItems)
    .values(
      rows.map((r, position) => ({
        contractId,
        position,
        division: 'I',
        code: r.code,
        name: r.name,
        volume: '1',
        unit: 'ls',
        unitPriceIdr: String(r.total),
        totalIdr: String(r.total),
        weekShares: Object.fromEntries(Object.entries(r.shares)),
      })),
    )
    .returning();
  return inserted;
}

const report = (s: Session, id: string, body: Record<string, unknown>) =>
  s.request('POST', `/api/projects/${id}/reports`, body);
const status = async (s: Session, id: string) =>
  (await s.request('GET', `/api/projects/${id}/status`)).json();

describe('contracts', () => {
  it('records a contract with its audit entry; an end before the SPMK is refused by field', async () => {
    const c = await newContract();
    expect(c).toMatchObject({ durationDays: 70, extendedEndDate: '2023-09-10', boqItemCount: 0 });
    const audit = await t.db.execute(sql`select action from audit_log where entity_id = ${c.id}`);
    expect(audit.rows).toEqual([{ action: 'create' }]);
    const bad = await officer.request('POST', '/api/projects', {
      packageName: 'X',
      funding: 'DAK',
      fiscalYear: 2023,
      allocationIdr: 1,
      contractValueIdr: 1,
      contractor: 'Y',
      contractNumber: 'Z',
      contractDate: '2023-07-01',
      spmkDate: '2023-07-03',
      endDate: '2023-07-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toContainEqual({
      path: 'endDate',
      message: 'Tanggal akhir kontrak tidak boleh sebelum tanggal SPMK.',
    });
  });

  it('is read by managers and consultants of the centre, not by artisans or other centres', async () => {
    const c = await newContract();
    for (const role of ['manager', 'consultant'] as const) {
      const s = await t.login(await t.newUser({ role, centreId }));
      expect((await s.request('GET', `/api/projects/${c.id}/status`)).statusCode).toBe(200);
      expect(
        (await s.request('POST', `/api/projects/${c.id}/reports`, { week: 1, actualCumPct: 1 })).statusCode,
      ).toBe(403);
    }
    const artisan = await t.login(await t.newUser({ role: 'artisan', centreId }));
    expect((await artisan.request('GET', `/api/projects/${c.id}`)).statusCode).toBe(403);
    const other = await officerOfNewCentre(t);
    expect((await other.session.request('GET', `/api/projects/${c.id}`)).statusCode).toBe(403);
  });
});

describe('S-curve and kontrak kritis', () => {
  it('draws the plan from the BoQ weights (before PPN) and turns kritis when more than 10 points behind', async () => {
    const c = await newContract();
    await addBoq(c.id);
    const s0 = await status(officer, c.id);
    expect(s0.planProblems).toEqual([]);
    expect(s0.weeks.map((w: { planCumPct: number }) => w.planCumPct)).toEqual([
      5, 10, 20.2, 30.1, 40, 50, 60, 80, 90, 100,
    ]);
    expect((await report(officer, c.id, { week: 1, actualCumPct: 5.5 })).statusCode).toBe(201);
    expect((await report(officer, c.id, { week: 3, actualCumPct: 12.5 })).statusCode).toBe(201);
    // Week 5: plan 40, actual 30 → exactly −10: not kritis (more than 10 needed).
    expect((await report(officer, c.id, { week: 5, actualCumPct: 30 })).statusCode).toBe(201);
    let s = await status(officer, c.id);
    expect(s.weeks[4]).toMatchObject({ deviation: -10, evaluation: { period: 'I', kritis: false } });
    // Week 6: plan 50, actual 39.99 → −10.01: kritis, with the rule and its source.
    expect((await report(officer, c.id, { week: 6, actualCumPct: 39.99 })).statusCode).toBe(201);
    s = await status(officer, c.id);
    expect(s.latest).toMatchObject({
      week: 6,
      deviation: -10.01,
      evaluation: { kritis: true, reason: 'period_i_behind' },
    });
    expect(s.latest.evaluation.legalSource).toContain('Permen PUPR 14/2020');
    expect(s.escalation).toMatchObject({ nextStep: 'scm', nextScmStage: 1 });
  });

  it('Periode II year-end case: 4 points behind at plan 80 % is kritis when the forecast runs past 31 December', async () => {
    // Ten weeks ending on 31 December 2023; progress crawls one point a week from week 4.
    const c = await newContract(officer, {
      contractDate: '2023-10-20',
      spmkDate: '2023-10-23',
      endDate: '2023-12-31',
    });
    await addBoq(c.id);
    for (const [week, actualCumPct] of [
      [1, 5],
      [2, 10],
      [4, 72],
      [5, 73],
      [6, 74],
      [7, 75],
      [8, 76],
    ])
      expect((await report(officer, c.id, { week, actualCumPct })).statusCode).toBe(201);
    const s = await status(officer, c.id);
    expect(s.latest).toMatchObject({
      week: 8,
      planCumPct: 80,
      deviation: -4,
      evaluation: { period: 'II', kritis: true, reason: 'period_ii_year_end' },
    });
    expect(s.forecast.pastFiscalYearEnd).toBe(true);
    expect(s.forecast.penaltyExposureDays).toBeGreaterThan(0);
    expect(s.forecast.penaltyExposureIdr).toBe(s.forecast.penaltyExposureDays * 1_110_000);
  });

  it('computes the cumulative actual from item progress (weights × item progress)', async () => {
    const c = await newContract();
    const items = await addBoq(c.id);
    const res = await report(officer, c.id, {
      week: 4,
      items: [
        { itemId: items[0]?.id, progressPct: 100 },
        { itemId: items[1]?.id, progressPct: 50 },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ actualCumPct: 25, byItem: true });
    // Week 5 leaves item 1 out: it keeps its 100 %; item 2 cannot go back below 50 %.
    const down = await report(officer, c.id, { week: 5, items: [{ itemId: items[1]?.id, progressPct: 40 }] });
    expect(down.statusCode).toBe(400);
    expect(down.json().code).toBe('PROGRESS_DECREASED');
    const up = await report(officer, c.id, { week: 5, items: [{ itemId: items[1]?.id, progressPct: 80 }] });
    expect(up.json().actualCumPct).toBe(34);
  });

  it('refuses a week outside the contract, progress going down, more than 100 %, a second report of a week, and an edit once approved', async () => {
    const c = await newContract();
    await addBoq(c.id);
    const outside = await report(officer, c.id, { week: 11, actualCumPct: 90 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toBe(
      'Minggu ke-11 di luar masa kontrak (minggu 1 sampai 10, termasuk adendum waktu dan pemberian kesempatan).',
    );
    const first = (await report(officer, c.id, { week: 2, actualCumPct: 12 })).json();
    const down = await report(officer, c.id, { week: 3, actualCumPct: 11.5 });
    expect(down.json().message).toMatch(/Progres kumulatif 11,5% lebih kecil dari minggu ke-2 \(12%\)/);
    const over = await report(officer, c.id, { week: 3, actualCumPct: 100.5 });
    expect(over.statusCode).toBe(400);
    expect(over.json().fields[0].path).toBe('actualCumPct');
    expect((await report(officer, c.id, { week: 2, actualCumPct: 13 })).statusCode).toBe(409);
    expect((await report(officer, c.id, { week: 3 })).json().code).toBe('PROGRESS_MISSING');
    await officer.request('POST', `/api/projects/${c.id}/reports/${first.id}/approve`);
    const edit = await officer.request('PUT', `/api/projects/${c.id}/reports/${first.id}`, {
      week: 2,
      actualCumPct: 14,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('sudah disetujui pengawas dan terkunci');
    const reports = (await officer.request('GET', `/api/projects/${c.id}/reports`)).json();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ actualCumPct: 12, status: 'approved' });
  });

  it('a time addendum moves the end and adds weeks; the pemberian kesempatan lets reports go on', async () => {
    const c = await newContract();
    await addBoq(c.id);
    await officer.request('POST', `/api/projects/${c.id}/addenda`, {
      number: 'ADD-01',
      signedOn: '2023-09-01',
      kind: 'waktu',
      extraDays: 14,
      reason: 'Cuaca buruk',
    });
    const after = await officer.request('POST', `/api/projects/${c.id}/addenda`, {
      number: 'ADD-02',
      signedOn: '2023-09-20',
      kind: 'pemberian_kesempatan',
      extraDays: 10,
      reason: 'Pemberian kesempatan',
    });
    expect(after.json().extendedEndDate).toBe('2023-09-24');
    const s = await status(officer, c.id);
    // 70 + 14 + 10 days from the SPMK: 13 full weeks and a clipped 14th (3 days).
    expect(s.totalWeeks).toBe(14);
    expect(s.weeks[13]).toMatchObject({ startDate: '2023-10-02', endDate: '2023-10-04', planCumPct: 100 });
    expect((await report(officer, c.id, { week: 14, actualCumPct: 99 })).statusCode).toBe(201);
  });
});

describe('RAB import', () => {
  const upload = (contractId: string, bytes: Buffer, commit: boolean) => {
    const boundary = '----sentra-rab';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rab.xlsx"\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return officer.request('POST', `/api/projects/${contractId}/boq/import?commit=${commit}`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
  };
  const buildingContract = () =>
    newContract(officer, {
      contractValueIdr: RAB_CONTRACT_VALUE,
      allocationIdr: 18_000_000_000,
      spmkDate: '2023-07-03',
      endDate: '2023-12-10',
    });

  it('previews, then commits the realistic RAB; its plan reaches 100 % in week 23', async () => {
    const c = await buildingContract();
    const fixture = readFileSync(FIXTURE);
    const preview = await upload(c.id, fixture, false);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      committed: false,
      itemCount: 54,
      weeks: 23,
      boqTotalIdr: 16_093_018_650,
    });
    expect((await status(officer, c.id)).planProblems.map((p: { code: string }) => p.code)).toEqual([
      'boq_missing',
    ]);
    expect((await officer.request('GET', `/api/projects/${c.id}/boq`)).json()).toEqual([]);
    const done = (await upload(c.id, fixture, true)).json();
    expect(done).toMatchObject({ committed: true, itemCount: 54 });
    expect(done.sumWeightsPct).toBeCloseTo(100, 2);
    const s = await status(officer, c.id);
    expect(s.weeks).toHaveLength(23);
    expect(s.weeks[22].planCumPct).toBe(100);
    const boq = (await officer.request('GET', `/api/projects/${c.id}/boq`)).json();
    expect(boq).toHaveLength(54);
    expect(boq.reduce((n: number, i: { weightPct: number }) => n + i.weightPct, 0)).toBeCloseTo(100, 2);
  });

  it('reports the broken rows of a RAB by row, refuses a file that is not a workbook, and locks the RAB once a report is approved', async () => {
    const c = await buildingContract();
    const broken = (await upload(c.id, await buildRealisticRab({ breakRows: true }), false)).json();
    const rows = broken.problems.map((p: { row: number | null }) => p.row);
    expect(rows.filter((r: number | null) => r !== null).sort()).toEqual([25, 48, 72]);
    // Row 48's typed total is above volume × price: the BoQ no longer adds up to the contract.
    expect(
      broken.problems
        .filter((p: { row: number | null }) => p.row === null)
        .map((p: { code: string }) => p.code),
    ).toEqual(['boq_total_differs']);
    expect(broken.problems[0].message.id).toMatch(/^Baris \d+/);
    const notXlsx = await upload(c.id, Buffer.from('bukan spreadsheet'), false);
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().message).toMatch(/^Berkas RAB tidak dapat dibaca: /);
    await upload(c.id, readFileSync(FIXTURE), true);
    const r = (await report(officer, c.id, { week: 1, actualCumPct: 0.5 })).json();
    await officer.request('POST', `/api/projects/${c.id}/reports/${r.id}/approve`);
    const again = await upload(c.id, readFileSync(FIXTURE), true);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BOQ_LOCKED');
  });
});

describe('escalation, penalty and money', () => {
  it('SCM and warning letters follow their order; the next step is suggested', async () => {
    const c = await newContract();
    await addBoq(c.id);
    await report(officer, c.id, { week: 6, actualCumPct: 30 });
    const two = await officer.request('POST', `/api/projects/${c.id}/scm`, {
      stage: 2,
      heldOn: '2023-08-14',
      targetPct: 45,
      deadline: '2023-08-28',
    });
    expect(two.statusCode).toBe(409);
    expect(two.json().message).toBe(
      'SCM tahap II baru dapat dicatat setelah uji coba SCM tahap I dinyatakan gagal.',
    );
    const one = await officer.request('POST', `/api/projects/${c.id}/scm`, {
      stage: 1,
      heldOn: '2023-08-14',
      targetPct: 45,
      deadline: '2023-08-28',
      minutesNumber: 'BA-SCM-I/2023',
    });
    expect(one.statusCode).toBe(201);
    expect(one.json().scm[0]).toMatchObject({ stage: 1, week: 7, targetPct: 45, outcome: null });
    expect((await status(officer, c.id)).escalation.nextStep).toBe('none');
    await officer.request('POST', `/api/projects/${c.id}/scm/${one.json().scm[0].id}/outcome`, {
      outcome: 'gagal',
    });
    expect((await status(officer, c.id)).escalation.nextStep).toBe('warning_letter');
    const sp2 = await officer.request('POST', `/api/projects/${c.id}/warning-letters`, {
      level: 2,
      number: 'SP-2',
      issuedOn: '2023-08-29',
    });
    expect(sp2.statusCode).toBe(409);
    await officer.request('POST', `/api/projects/${c.id}/warning-letters`, {
      level: 1,
      number: 'SP-1',
      issuedOn: '2023-08-29',
    });
    expect((await status(officer, c.id)).escalation).toMatchObject({ nextStep: 'scm', nextScmStage: 2 });
  });

  it('late penalty: 1‰ of the contract value per day after the end, counted to the PHO', async () => {
    const c = await newContract();
    await officer.request('PATCH', `/api/projects/${c.id}`, { phoDate: '2023-09-20' });
    const s = await status(officer, c.id);
    expect(s.penalty).toMatchObject({
      endDate: '2023-09-10',
      daysLate: 10,
      perDayIdr: 1_110_000,
      uncappedIdr: 11_100_000,
    });
    expect(s.penalty.legalSource).toContain('Perpres 16/2018');
  });

  it('refuses a payment above the contract value and a repeated SP2D, writing nothing', async () => {
    const c = await newContract();
    const pay = (sp2dNumber: string, amountIdr: number) =>
      officer.request('POST', `/api/projects/${c.id}/payments`, {
        term: 'Termin',
        sp2dNumber,
        paidOn: '2023-08-01',
        amountIdr,
      });
    expect((await pay('SP2D-1', 222_000_000)).statusCode).toBe(201);
    const over = await pay('SP2D-2', 900_000_000);
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toBe(
      'Jumlah pembayaran menjadi Rp 1.122.000.000, melebihi nilai kontrak Rp 1.110.000.000. Periksa nominal SP2D.',
    );
    expect((await pay('SP2D-1', 1_000)).statusCode).toBe(409);
    const detail = (await officer.request('GET', `/api/projects/${c.id}`)).json();
    expect(detail.payments).toHaveLength(1);
    const s = await status(officer, c.id);
    expect(s.money).toMatchObject({ paidIdr: 222_000_000, financialPct: 20 });
  });

  it('DAK: tahap II from the contract list value, tahap III from absorption, output, photos and the APIP review', async () => {
    const c = await newContract();
    await officer.request('POST', `/api/projects/${c.id}/dak-transfers`, {
      tranche: 1,
      receivedOn: '2023-03-01',
      amountIdr: 300_000_000,
    });
    const s = await status(officer, c.id);
    // NDK 1.110.000.000 of 1.200.000.000 = 92.5 % > 70 %: tahap II is 45 % of the allocation.
    expect(s.dak.tahap2).toMatchObject({ eligible: true, amountIdr: 540_000_000, ndkPct: 92.5 });
    expect(s.dak.tahap3.ready).toBe(false);
    expect(s.dak.tahap3.items.find((i: { item: string }) => i.item === 'photos')).toMatchObject({
      met: false,
    });
    // The APIP review arrives as a document; a file that is not a PDF or image is refused.
    const upload = (bytes: Buffer, kind: string) => {
      const boundary = '----sentra-dok';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="reviu.pdf"\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return officer.request('POST', `/api/projects/${c.id}/documents`, payload, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
    };
    expect((await upload(Buffer.from('MZ program'), 'reviu_apip')).json().code).toBe('UNSUPPORTED_DOCUMENT');
    const doc = await upload(Buffer.from('%PDF-1.4 laporan hasil reviu APIP\n%%EOF'), 'reviu_apip');
    expect(doc.statusCode).toBe(201);
    expect(doc.json().documents[0]).toMatchObject({ kind: 'reviu_apip', fileName: 'reviu.pdf' });
    const after = await status(officer, c.id);
    expect(after.dak.tahap3.items.find((i: { item: string }) => i.item === 'reviu_report')).toMatchObject({
      met: true,
    });
  });
});

describe('site photos', () => {
  it('keeps the camera time and GPS from EXIF; refuses a file that is not an image and photos on an approved report', async () => {
    const c = await newContract();
    const r = (await report(officer, c.id, { week: 1, actualCumPct: 2 })).json();
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#886644' } })
      .jpeg()
      .withExif({
        IFD2: { DateTimeOriginal: '2023:07:07 09:30:00' },
        IFD3: {
          GPSLatitudeRef: 'S',
          GPSLatitude: '7/1 28/1 1234/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '112/1 26/1 3000/100',
        },
      })
      .toBuffer();
    const upload = (bytes: Buffer) => {
      const boundary = '----sentra-foto';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nGalian pondasi\r\n`,
        ),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lapangan.jpg"\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return officer.request('POST', `/api/projects/${c.id}/reports/${r.id}/photos`, payload, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
    };
    const ok = await upload(jpeg);
    expect(ok.statusCode).toBe(201);
    const photo = ok.json().photos[0];
    expect(photo).toMatchObject({ caption: 'Galian pondasi', takenAt: '2023-07-07 09:30:00' });
    expect(photo.latitude).toBeCloseTo(-(7 + 28 / 60 + 12.34 / 3600), 6);
    expect(photo.longitude).toBeCloseTo(112 + 26 / 60 + 30 / 3600, 6);
    expect((await officer.request('GET', photo.thumbUrl)).headers['content-type']).toBe('image/webp');
    const fake = await upload(Buffer.from('%PDF-1.4 bukan foto'));
    expect(fake.json().code).toBe('IMAGE_NOT_IMAGE');
    await officer.request('POST', `/api/projects/${c.id}/reports/${r.id}/approve`);
    expect((await upload(jpeg)).json().code).toBe('WEEKLY_REPORT_LOCKED');
  });
});
