import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../../test/build-test-app.js';
import { officerOfNewCentre } from '../../../../test/registry-factories.js';
import { boqItems } from '../projects.tables.js';

const PACKAGE = 'Pembangunan Gedung Sentra IKM Batik Kota Mojokerto (uji ekspor)';
const LEGAL_SOURCE = 'Permen PUPR 14/2020 (SSUK pekerjaan konstruksi)';

let t: TestContext;
let officer: Session;
let centreId: string;
let contractId: string;

/**
 * A 10-week contract (SPMK Mon 25 Sep 2023, end Sun 3 Dec 2023) of Rp 17.863.250.000 without PPN,
 * BoQ weights 10/30/40/20 planned so the cumulative plan is 10, 25, 40, 50, 60, 70, 80, 86.8,
 * 93.4, 100. Reports: week 1 9 % (−1), week 2 20 % (−5), week 3 29.99 % (−10.01: kritis), with two
 * site photos on week 3. DAK tahap I Rp 5.400.000.000 received, uang muka Rp 3.572.650.000 paid.
 */
beforeAll(async () => {
  t = await buildTestApp();
  const o = await officerOfNewCentre(t);
  officer = o.session;
  centreId = o.centre.id;
  const res = await officer.request('POST', '/api/projects', {
    packageName: PACKAGE,
    funding: 'DAK Fisik bidang IKM TA 2023',
    fiscalYear: 2023,
    allocationIdr: 18_000_000_000,
    contractValueIdr: 17_863_250_000,
    taxPct: 0,
    contractor: 'PT Uji Wiratama',
    supervisor: 'CV Uji Pengawas',
    ppkName: 'Ir. Uji PPK',
    contractNumber: `027/PPK-DAK/${Math.random().toString(36).slice(2, 8)}`,
    contractDate: '2023-09-20',
    spmkDate: '2023-09-25',
    endDate: '2023-12-03',
  });
  expect(res.statusCode).toBe(201);
  contractId = res.json().id;
  const items = [
    { code: '1', name: 'Pekerjaan persiapan', total: 1_786_325_000, shares: { 1: 100 } },
    { code: '2', name: 'Pondasi', total: 5_358_975_000, shares: { 2: 50, 3: 50 } },
    { code: '3', name: 'Struktur', total: 7_145_300_000, shares: { 4: 25, 5: 25, 6: 25, 7: 25 } },
    { code: '4', name: 'Finishing', total: 3_572_650_000, shares: { 8: 34, 9: 33, 10: 33 } },
  ];
  await t.db.insert(boqItems).values(
    items.map((r, position) => ({
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
  );
  const ids: string[] = [];
  for (const [week, actualCumPct] of [
    [1, 9],
    [2, 20],
    [3, 29.99],
  ] as const) {
    const r = await officer.request('POST', `/api/projects/${contractId}/reports`, {
      week,
      actualCumPct,
      notes: week === 3 ? 'Pengecoran kolom lantai 1 tertunda hujan.' : undefined,
    });
    expect(r.statusCode).toBe(201);
    ids.push(r.json().id);
  }
  const [week1, week2, week3] = ids as [string, string, string];
  await uploadPhoto(week3, 'Galian pondasi as A-C', await sitePhoto(true));
  await uploadPhoto(week3, 'Bekisting kolom', await sitePhoto(false));
  for (const id of [week1, week2, week3])
    expect(
      (await officer.request('POST', `/api/projects/${contractId}/reports/${id}/approve`)).statusCode,
    ).toBe(200);
  await officer.request('POST', `/api/projects/${contractId}/dak-transfers`, {
    tranche: 1,
    receivedOn: '2023-03-01',
    amountIdr: 5_400_000_000,
  });
  await officer.request('POST', `/api/projects/${contractId}/payments`, {
    term: 'Uang muka 20%',
    sp2dNumber: 'SP2D-001/2023',
    paidOn: '2023-10-02',
    amountIdr: 3_572_650_000,
  });
});
afterAll(() => t.close());

/** A landscape site photo (1600 × 1200), with the camera's time and GPS in its EXIF when asked. */
async function sitePhoto(withExif: boolean) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200">
    <rect width="1600" height="1200" fill="#8a9bb0"/><rect y="700" width="1600" height="500" fill="#7a5a3a"/>
    <rect x="300" y="300" width="120" height="500" fill="#b0b0b0"/><rect x="900" y="300" width="120" height="500" fill="#b0b0b0"/>
  </svg>`;
  const img = sharp(Buffer.from(svg)).jpeg({ quality: 80 });
  if (!withExif) return img.toBuffer();
  return img
    .withExif({
      IFD2: { DateTimeOriginal: '2023:10:12 09:30:00' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '7/1 28/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '112/1 26/1 3000/100',
      },
    })
    .toBuffer();
}

async function uploadPhoto(reportId: string, caption: string, bytes: Buffer) {
  const boundary = '----sentra-ekspor';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\n${caption}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lapangan.jpg"\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await officer.request(
    'POST',
    `/api/projects/${contractId}/reports/${reportId}/photos`,
    payload,
    {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  );
  expect(res.statusCode).toBe(201);
}

const get = (path: string, s: Session = officer) => s.request('GET', path);

/** The page content streams of a PDF, inflated (image streams are skipped). */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const re = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const dict = m[1] ?? '';
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    if (!length?.[1] || !dict.includes('/FlateDecode') || dict.includes('/Subtype /Image')) continue;
    const start = m.index + m[0].length;
    const body = pdf.subarray(start, start + Number(length[1]));
    try {
      out.push(inflateSync(body).toString('latin1'));
    } catch {
      // not a deflated content stream
    }
  }
  return out;
}

interface PathInfo {
  points: [number, number][];
  paint: string;
}

/** The paths built with m/l (moveto/lineto) and how each was painted (S stroke, f fill). */
function linePaths(content: string): PathInfo[] {
  const paths: PathInfo[] = [];
  let current: [number, number][] | null = null;
  for (const line of content.split('\n')) {
    const parts = line.trim().split(/\s+/);
    const op = parts.at(-1);
    if (op === 'm') current = [[Number(parts[0]), Number(parts[1])]];
    else if (op === 'l' && current) current.push([Number(parts[0]), Number(parts[1])]);
    else if (op && ['S', 'f', 'f*', 'B', 'b', 'n'].includes(op) && current) {
      paths.push({ points: current, paint: op });
      current = null;
    } else if (op === 're' || op === 'c') current = null;
  }
  return paths;
}

describe('weekly report PDF', () => {
  it('is an A4 PDF in Indonesian with the header, the status box, the S-curve labels, the table, the photos and the footer', async () => {
    const res = await get(`/api/projects/${contractId}/reports/3/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="laporan-mingguan-minggu-3.pdf"');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);

    const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      PACKAGE,
      'LAPORAN MINGGUAN',
      'Minggu ke-3',
      'Periode 9 Oktober 2023 – 15 Oktober 2023',
      'Rp 17.863.250.000',
      'PT Uji Wiratama',
      'CV Uji Pengawas',
      'Ir. Uji PPK',
      // The status box: plan, actual, signed deviation of week 3, the verdict, rule and source.
      'STATUS MINGGU KE-3: KRITIS',
      '40,00%',
      '29,99%',
      '-10,01 poin',
      'Terlambat 10,01 poin, lebih dari 10,00 poin: KONTRAK KRITIS (Periode I)',
      LEGAL_SOURCE,
      'Show Cause Meeting (SCM) tahap I',
      'Prakiraan selesai',
      'Denda keterlambatan',
      // The chart's legend and axis labels.
      'Rencana kumulatif',
      'Realisasi kumulatif',
      'Deviasi (selisih)',
      'Minggu kritis',
      'Progres kumulatif (%)',
      // The table of weeks 1–3.
      'Rekapitulasi mingguan s.d. minggu ke-3',
      '25 September 2023 – 1 Oktober 2023',
      '-1,00',
      '-5,00',
      'TIDAK KRITIS',
      // The photos with caption, EXIF time and GPS.
      'Galian pondasi as A-C',
      'Waktu EXIF: 12 Oktober 2023 09.30.00 (jam kamera)',
      'GPS: 7,470094° LS, 112,441667° BT',
      'Bekisting kolom',
      'Waktu EXIF: tidak ada',
      // The footer.
      `Halaman 1 dari ${totalPages}`,
      'WIB oleh',
    ])
      expect(flat).toContain(expected);
    expect(totalPages).toBeGreaterThanOrEqual(2);
  });

  it('draws the S-curve as vector paths: the plan over all 10 weeks, the actual to week 3, the band, the kritis marker', async () => {
    const pdf = (await get(`/api/projects/${contractId}/reports/3/pdf`)).rawPayload;
    const paths = contentStreams(pdf).flatMap(linePaths);
    expect(paths.length).toBeGreaterThan(30);
    // The plan: one stroked polyline through week 0…10.
    const plan = paths.find((p) => p.paint === 'S' && p.points.length === 11);
    expect(plan).toBeDefined();
    const [x0, y0] = plan?.points[0] ?? [0, 0];
    const y100 = plan?.points[10]?.[1] ?? 0;
    const asPct = (y: number) => ((y0 - y) / (y0 - y100)) * 100;
    // pdfkit's y grows downwards: the heights, scaled to the 100 % end, are the planned percentages.
    expect(plan?.points.slice(1).map(([, y]) => Math.round(asPct(y) * 10) / 10)).toEqual([
      10, 25, 40, 50, 60, 70, 80, 86.8, 93.4, 100,
    ]);
    // The actual: from (0, 0 %) through weeks 1–3 on the same scale and x positions.
    const actual = paths.find(
      (p) => p.paint === 'S' && p.points.length === 4 && p.points[0]?.[0] === x0 && p.points[0]?.[1] === y0,
    );
    expect(actual?.points.map(([x]) => x)).toEqual(plan?.points.slice(0, 4).map(([x]) => x));
    expect(actual?.points.slice(1).map(([, y]) => Math.round(asPct(y) * 100) / 100)).toEqual([9, 20, 29.99]);
    // The band: a filled polygon along the actual (4 points) and back along the plan (4 points).
    const band = paths.find((p) => p.paint === 'f' && p.points.length === 8);
    expect(band?.points.slice(4).map(([, y]) => Math.round(asPct(y) * 10) / 10)).toEqual([40, 25, 10, 0]);
    // Kritis markers (filled triangles): the legend's and week 3's only.
    expect(paths.filter((p) => p.paint === 'f' && p.points.length === 3)).toHaveLength(2);
    // Gridlines: 10 horizontal ones at 10…100 %, each a single stroked segment across the plot.
    const horizontal = paths.filter(
      (p) => p.paint === 'S' && p.points.length === 2 && p.points[0]?.[1] === p.points[1]?.[1],
    );
    const levels = new Set(horizontal.map((p) => Math.round(asPct(p.points[0]?.[1] ?? 0))));
    for (let pct = 10; pct <= 100; pct += 10) expect(levels).toContain(pct);
  });

  it('answers 404 in Indonesian for a week without a weekly report, 400 for a week that is not a number', async () => {
    for (const kind of ['pdf', 'xlsx']) {
      const res = await get(`/api/projects/${contractId}/reports/4/${kind}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Laporan minggu ke-4 tidak ditemukan.',
      });
    }
    expect((await get(`/api/projects/${contractId}/reports/abc/pdf`)).statusCode).toBe(400);
    expect((await get(`/api/projects/${contractId}/reports/0/pdf`)).statusCode).toBe(400);
  });
});

describe('weekly report xlsx', () => {
  it('has the weekly rows as numbers and dates, the same as the project status on the week end, and the evaluation with its source', async () => {
    const res = await get(`/api/projects/${contractId}/reports/3/xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="laporan-mingguan-minggu-3.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Kurva S');
    expect(ws).toBeDefined();
    const rows = [2, 3, 4].map((n) => ws?.getRow(n).values as unknown[]);
    expect(rows.map((r) => r.slice(1, 11))).toEqual([
      [
        1,
        new Date('2023-09-25T00:00:00Z'),
        new Date('2023-10-01T00:00:00Z'),
        10,
        10,
        9,
        -1,
        'disetujui pengawas',
        'TIDAK KRITIS',
        'I',
      ],
      [
        2,
        new Date('2023-10-02T00:00:00Z'),
        new Date('2023-10-08T00:00:00Z'),
        15,
        25,
        20,
        -5,
        'disetujui pengawas',
        'TIDAK KRITIS',
        'I',
      ],
      [
        3,
        new Date('2023-10-09T00:00:00Z'),
        new Date('2023-10-15T00:00:00Z'),
        15,
        40,
        29.99,
        -10.01,
        'disetujui pengawas',
        'KRITIS',
        'I',
      ],
    ]);
    expect(ws?.getRow(5).values).toEqual([]);
    expect(ws?.getCell('B2').numFmt).toBe('[$-421]d mmmm yyyy');
    expect(ws?.getCell('E2').numFmt).toBe('#,##0.00');

    // The same figures as the status API evaluated on the week's end date.
    const status = (await get(`/api/projects/${contractId}/status?asOf=2023-10-15`)).json();
    expect(rows.map((r) => [r[5], r[6], r[7]])).toEqual(
      status.weeks
        .slice(0, 3)
        .map((w: { planCumPct: number; actualCumPct: number; deviation: number }) => [
          w.planCumPct,
          w.actualCumPct,
          w.deviation,
        ]),
    );

    const st = wb.getWorksheet('Status');
    const byLabel = new Map<string, unknown>();
    st?.eachRow((row) => {
      byLabel.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(byLabel.get('Paket pekerjaan')).toBe(PACKAGE);
    expect(byLabel.get('Kontrak kritis')).toBe('KRITIS');
    expect(byLabel.get('Deviasi (poin)')).toBe(-10.01);
    expect(byLabel.get('Nilai kontrak')).toBe(17_863_250_000);
    expect(byLabel.get('Tanggal evaluasi')).toEqual(new Date('2023-10-15T00:00:00Z'));
    expect(String(byLabel.get('Aturan dan penjelasan'))).toContain('KONTRAK KRITIS (Periode I)');
    expect(String(byLabel.get('Dasar hukum'))).toContain(LEGAL_SOURCE);
    expect(String(byLabel.get('Langkah pengendalian'))).toContain('SCM tahap I');
  });
});

describe('DAK summary (LRPD-CO)', () => {
  it('lists allocation, funds per tranche, SP2D payments, absorption, output, and the tahap II/III readiness with sources', async () => {
    const res = await get(`/api/projects/${contractId}/dak-summary.xlsx?asOf=2023-10-15`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="ringkasan-dak-lrpd-co-2023-10-15.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const lrpd = wb.getWorksheet('LRPD-CO');
    const rows: unknown[][] = [];
    lrpd?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    const find = (label: string) => rows.find((r) => r.includes(label));
    expect(find('Pagu alokasi DAK')?.[2]).toBe(18_000_000_000);
    expect(find('Nilai kontrak (Nilai Daftar Kontrak)')?.[2]).toBe(17_863_250_000);
    expect(find('Dana diterima di RKUD')?.[2]).toBe(5_400_000_000);
    expect(find('Dana terserap (pembayaran SP2D)')?.[2]).toBe(3_572_650_000);
    expect(find('Penyerapan terhadap dana diterima')?.[2]).toBe(66.16);
    expect(find('Capaian output fisik (realisasi kumulatif)')?.[2]).toBe(29.99);
    expect(find('Tahap I')?.slice(2)).toEqual([new Date('2023-03-01T00:00:00Z'), 5_400_000_000]);
    expect(find('SP2D-001/2023')?.slice(1)).toEqual([
      'Uang muka 20%',
      'SP2D-001/2023',
      new Date('2023-10-02T00:00:00Z'),
      3_572_650_000,
    ]);

    const ready = wb.getWorksheet('Kesiapan tahap');
    const items: unknown[][] = [];
    ready?.eachRow((row, n) => {
      if (n > 1) items.push((row.values as unknown[]).slice(1));
    });
    // NDK 17.863.250.000 of 18.000.000.000 = 99,24 % > 70 %: tahap II = 45 % of the allocation.
    const [ndk, amount, ...tahap3] = items;
    expect(ndk?.slice(0, 4)).toEqual([
      'Tahap II',
      'Nilai Daftar Kontrak (NDK) terhadap pagu (% pagu)',
      'Terpenuhi',
      99.24,
    ]);
    expect(String(ndk?.[5])).toContain('PMK 198/PMK.07/2021');
    expect(amount?.slice(0, 4)).toEqual(['Tahap II', 'Dapat disalurkan (Rp)', 'Ya', 8_100_000_000]);
    expect(tahap3.map((r) => [r[0], r[2]])).toEqual([
      ['Tahap III', 'Belum terpenuhi'],
      ['Tahap III', 'Belum terpenuhi'],
      ['Tahap III', 'Terpenuhi'],
      ['Tahap III', 'Belum terpenuhi'],
      ['Tahap III', 'Tidak'],
    ]);
    expect(String(tahap3[0]?.[4])).toContain('66,16%');
  });
});

describe('access', () => {
  it('is for the project readers of the centre: an artisan and another centre get 403', async () => {
    const manager = await t.login(await t.newUser({ role: 'manager', centreId }));
    const artisan = await t.login(await t.newUser({ role: 'artisan', centreId }));
    const other = (await officerOfNewCentre(t)).session;
    for (const path of [
      `/api/projects/${contractId}/reports/3/pdf`,
      `/api/projects/${contractId}/reports/3/xlsx`,
      `/api/projects/${contractId}/dak-summary.xlsx`,
    ]) {
      expect((await get(path, manager)).statusCode).toBe(200);
      expect((await get(path, artisan)).statusCode).toBe(403);
      expect((await get(path, other)).statusCode).toBe(403);
    }
  });
});
