import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../../test/build-test-app.js';
import { businessAccounts, businesses, certifications, periodicReports } from '../registry.tables.js';

let t: TestContext;
let centreId: string;
let officer: Session;
let manager: Session;
let artisan: Session;
const ids: Record<'ayu' | 'sentosa' | 'printing' | 'merged' | 'foreign', string> = {
  ayu: '',
  sentosa: '',
  printing: '',
  merged: '',
  foreign: '',
};

async function newBusiness(as: Session, fields: Record<string, unknown>): Promise<string> {
  const res = await as.request('POST', '/api/registry/businesses', {
    legalForm: 'perorangan',
    address: 'Jl. Uji',
    wilayahCode: '35.76.02.1001',
    ...fields,
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  centreId = (await t.newCentre()).id;
  officer = await t.login(await t.newUser({ role: 'officer', centreId }));
  manager = await t.login(await t.newUser({ role: 'manager', centreId }));
  const artisanUser = await t.newUser({ role: 'artisan', centreId });
  artisan = await t.login(artisanUser);

  ids.ayu = await newBusiness(officer, {
    name: 'Batik Tulis Ayu',
    nib: '9120001112223',
    kbliCodes: ['13134'],
    wilayahCode: '35.76.02.1001', // Magersari
    techniques: ['tulis'],
    workersMale: 3,
    workersFemale: 5,
    productionValueIdr: 120_000_000,
    investmentIdr: 500_000_000, // mikro
    memberSince: '2024-02-01',
    isTenant: true,
  });
  ids.sentosa = await newBusiness(officer, {
    name: 'Batik Cap Sentosa',
    nib: '9120001112224',
    wilayahCode: '35.76.03.1002', // Kranggan
    techniques: ['cap', 'kombinasi'],
    workersMale: 4,
    productionValueIdr: 80_500_000,
    investmentIdr: 2_000_000_000, // kecil
  });
  ids.printing = await newBusiness(officer, {
    name: 'Griya Printing',
    wilayahCode: '35.76.02.1003', // Magersari
    techniques: ['printing'],
  });
  ids.merged = await newBusiness(officer, {
    name: 'Btk Tulis Ayu',
    techniques: ['tulis'],
    workersMale: 100,
    productionValueIdr: 1_000_000_000,
  });
  await t.db.update(businesses).set({ mergedIntoId: ids.ayu }).where(eq(businesses.id, ids.merged));
  const otherCentre = (await t.newCentre()).id;
  const otherOfficer = await t.login(await t.newUser({ role: 'officer', centreId: otherCentre }));
  ids.foreign = await newBusiness(otherOfficer, { name: 'Batik Luar Kota', workersFemale: 50 });

  await t.db.insert(certifications).values([
    { businessId: ids.ayu, kind: 'batikmark', category: 'tulis', number: 'BMI-1', validUntil: '2099-12-31' },
    { businessId: ids.ayu, kind: 'sni_8302', validUntil: null },
    // Expired: must not count as valid today.
    {
      businessId: ids.sentosa,
      kind: 'batikmark',
      category: 'cap',
      number: 'BMI-2',
      validUntil: '2020-12-31',
    },
    { businessId: ids.sentosa, kind: 'halal', validUntil: '2099-01-01' },
    { businessId: ids.printing, kind: 'pirt', validUntil: null },
    { businessId: ids.merged, kind: 'batikmark', category: 'kombinasi', validUntil: '2099-12-31' },
  ]);
  const verifiedAt = new Date('2026-07-20T02:00:00Z');
  await t.db.insert(periodicReports).values([
    {
      businessId: ids.ayu,
      year: 2026,
      semester: 1,
      status: 'verified',
      verifiedAt,
      workersMale: 3,
      workersFemale: 6,
      productionVolume: '1200',
      capacityUnit: 'lembar',
      productionValueIdr: '60000000',
      rawMaterialNote: 'Kain mori primissima, malam tawon',
    },
    {
      businessId: ids.sentosa,
      year: 2026,
      semester: 1,
      status: 'draft',
      workersMale: 4,
      productionValueIdr: '1',
    },
    { businessId: ids.ayu, year: 2026, semester: 2, status: 'draft', workersMale: 9 },
    { businessId: ids.merged, year: 2026, semester: 1, status: 'verified', verifiedAt, workersMale: 100 },
  ]);
  await t.db.insert(businessAccounts).values({ userId: artisanUser.id, businessId: ids.ayu });
});
afterAll(() => t.close());

type Figure = {
  key: string;
  value: number;
  rule: string;
  source: string;
  businessIds: string[];
  traceUrl: string | null;
};

describe('centre summary', () => {
  let figures: Map<string, Figure>;

  beforeAll(async () => {
    const res = await manager.request('GET', '/api/registry/reports/summary');
    expect(res.statusCode).toBe(200);
    figures = new Map(res.json().figures.map((f: Figure) => [f.key, f]));
  });

  const figure = (key: string) => {
    const f = figures.get(key);
    if (!f) throw new Error(`no figure ${key}`);
    return f;
  };
  const traced = (key: string) => [...figure(key).businessIds].sort();
  const of = (...names: (keyof typeof ids)[]) => names.map((n) => ids[n]).sort();

  it('counts active businesses of the centre only, by size class, technique and kecamatan', () => {
    expect(figure('businesses.total').value).toBe(3);
    expect(traced('businesses.total')).toEqual(of('ayu', 'sentosa', 'printing'));
    expect([figure('sizeClass.mikro').value, figure('sizeClass.kecil').value]).toEqual([1, 1]);
    expect(traced('sizeClass.mikro')).toEqual(of('ayu'));
    expect(traced('sizeClass.kecil')).toEqual(of('sentosa'));
    expect(traced('sizeClass.tidak_diketahui')).toEqual(of('printing'));
    expect(figure('sizeClass.mikro').source).toMatch(/^PP 7\/2021 Pasal 35/);
    expect(traced('technique.tulis')).toEqual(of('ayu'));
    expect(traced('technique.kombinasi')).toEqual(of('sentosa'));
    expect(traced('technique.printing')).toEqual(of('printing'));
    expect(traced('kecamatan.35.76.02')).toEqual(of('ayu', 'printing'));
    expect(traced('kecamatan.35.76.03')).toEqual(of('sentosa'));
  });

  it('sums workers by gender and production value over the businesses that filled them in', () => {
    expect(figure('workers.male')).toMatchObject({ value: 7 });
    expect(traced('workers.male')).toEqual(of('ayu', 'sentosa'));
    expect(figure('workers.female')).toMatchObject({ value: 5 });
    expect(traced('workers.female')).toEqual(of('ayu'));
    expect(figure('workers.total').value).toBe(12);
    expect(figure('production.valueIdr').value).toBe(200_500_000);
    expect(traced('production.valueIdr')).toEqual(of('ayu', 'sentosa'));
    expect(figure('workers.female').rule).toBe(
      'Jumlah isian "tenaga kerja perempuan" pada data usaha IKM aktif di sentra ini (tidak termasuk data yang sudah digabung ke data lain sebagai duplikat); usaha yang belum mengisinya tidak dihitung.',
    );
    expect(figure('workers.female').source).toBe('Permenperin 13/2025 Pasal 7 (tenaga kerja); data registri');
  });

  it('counts certifications valid today only (an expired Batikmark does not count)', () => {
    expect(figure('certifications.batikmark')).toMatchObject({ value: 1 });
    expect(traced('certifications.batikmark')).toEqual(of('ayu'));
    expect(traced('certifications.batikmark.tulis')).toEqual(of('ayu'));
    expect(figure('certifications.batikmark.cap').value).toBe(0);
    expect(figure('certifications.batikmark.kombinasi').value).toBe(0);
    expect(traced('certifications.sni_8302')).toEqual(of('ayu'));
    expect(traced('certifications.halal')).toEqual(of('sentosa'));
    expect(traced('certifications.pirt')).toEqual(of('printing'));
    expect(figure('certifications.batikmark').source).toContain('Permenperin 74/M-IND/PER/9/2007');
    expect(traced('membership.members')).toEqual(of('ayu'));
    expect(traced('membership.tenants')).toEqual(of('ayu'));
  });

  it('gives every figure a rule and a source, and a trace address that lists exactly its businesses', async () => {
    for (const f of figures.values()) {
      expect(f.rule.length, f.key).toBeGreaterThan(20);
      expect(f.source.length, f.key).toBeGreaterThan(5);
      if (!f.traceUrl) continue;
      const listed = (await officer.request('GET', f.traceUrl)).json();
      expect(listed.items.map((b: { id: string }) => b.id).sort(), f.key).toEqual([...f.businessIds].sort());
    }
    expect(figure('certifications.batikmark').traceUrl).toBe(
      '/api/registry/businesses?certification=batikmark&pageSize=100',
    );
  });

  it('answers in English when asked', async () => {
    const res = await manager.request('GET', '/api/registry/reports/summary', undefined, {
      'accept-language': 'en',
    });
    const f = res.json().figures.find((x: Figure) => x.key === 'workers.male');
    expect(f.rule).toMatch(/^Sum of "male workers"/);
    expect(f.source).toBe('Permenperin 13/2025 Article 7 (workers); registry data');
  });

  it('writes the xlsx with a "Jejak" sheet naming each figure’s businesses with their NIB', async () => {
    const res = await officer.request('GET', '/api/registry/reports/summary?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Jejak']);
    const rows: string[][] = [];
    wb.getWorksheet('Jejak')?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows[0]).toEqual(['Angka', 'Nilai', 'Cara menghitung', 'Sumber', 'Nama usaha', 'NIB']);
    const batikmark = rows.filter((r) => r[0] === 'Batikmark (semua kategori)');
    expect(batikmark.map((r) => [r[1], r[4], r[5]])).toEqual([['1', 'Batik Tulis Ayu', '9120001112223']]);
    const female = rows.filter((r) => r[0] === 'Tenaga kerja perempuan');
    expect(female.map((r) => r[4])).toEqual(['Batik Tulis Ayu']);
  });

  it('is for the Dinas and the centre manager only', async () => {
    expect((await artisan.request('GET', '/api/registry/reports/summary')).statusCode).toBe(403);
  });
});

describe('SIINas semester report', () => {
  it('lists the businesses with a verified report, and the rest with their status', async () => {
    const res = await officer.request('GET', '/api/registry/reports/siinas?year=2026&semester=1');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.period).toEqual({ year: 2026, semester: 1, label: 'Semester 1 Tahun 2026' });
    expect(report.source).toMatch(/^Permenperin 13\/2025 Pasal 7/);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      businessId: ids.ayu,
      nib: '9120001112223',
      name: 'Batik Tulis Ayu',
      kbliCodes: ['13134'],
      kelurahan: 'Gununggedangan',
      kecamatan: 'Magersari',
      figures: { workersMale: 3, workersFemale: 6, productionVolume: 1200, productionValueIdr: 60_000_000 },
    });
    expect(report.missing).toEqual([
      {
        businessId: ids.sentosa,
        nib: '9120001112224',
        name: 'Batik Cap Sentosa',
        kelurahan: 'Miji',
        status: 'draft',
      },
      { businessId: ids.printing, nib: null, name: 'Griya Printing', kelurahan: 'Magersari', status: 'none' },
    ]);
    expect(report.columns.map((c: { key: string }) => c.key)).toContain('electricityKwh');
  });

  it('exports the verified rows, and not the draft ones, to xlsx', async () => {
    const res = await officer.request('GET', '/api/registry/reports/siinas?year=2026&semester=1&format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="laporan-siinas-2026-s1.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Laporan SIINas');
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['No', 'NIB', 'Nama usaha', 'KBLI', 'Kelurahan', 'Kecamatan']);
    expect(header).toContain('Tenaga kerja perempuan (orang)');
    expect(header).toContain('Nilai produksi (Rp)');
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    const cell = (label: string) => row.getCell(header.indexOf(label) + 1).value;
    expect(cell('Nama usaha')).toBe('Batik Tulis Ayu');
    expect(cell('NIB')).toBe('9120001112223');
    expect(cell('Tenaga kerja perempuan (orang)')).toBe(6);
    expect(cell('Nilai produksi (Rp)')).toBe(60_000_000);
    expect(cell('Jenis bahan baku')).toBe('Kain mori primissima, malam tawon');
    const names: string[] = [];
    sheet.eachRow((r) => {
      names.push(String(r.getCell(3).value));
    });
    expect(names).not.toContain('Batik Cap Sentosa');
    expect(names).not.toContain('Btk Tulis Ayu');
    const missing: string[][] = [];
    wb.getWorksheet('Belum terverifikasi')?.eachRow((r) => {
      missing.push((r.values as unknown[]).slice(1).map(String));
    });
    expect(missing.slice(1)).toEqual([
      ['1', '9120001112224', 'Batik Cap Sentosa', 'Miji', 'draf'],
      ['2', '', 'Griya Printing', 'Magersari', 'belum ada'],
    ]);
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const other = (await t.newCentre()).id;
    const otherOfficer = await t.login(await t.newUser({ role: 'officer', centreId: other }));
    const id = await newBusiness(otherOfficer, { name: '=HYPERLINK("http://x","klik")' });
    await t.db
      .insert(periodicReports)
      .values({ businessId: id, year: 2026, semester: 1, status: 'verified', rawMaterialNote: '+malam' });
    const res = await otherOfficer.request(
      'GET',
      '/api/registry/reports/siinas?year=2026&semester=1&format=xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const row = wb.getWorksheet('Laporan SIINas')?.getRow(2);
    if (!row) throw new Error('no row');
    expect(row.getCell(3).value).toBe('\'=HYPERLINK("http://x","klik")');
    expect((row.values as unknown[]).includes("'+malam")).toBe(true);
  });

  it('gives one business its report: the artisan their own, not another', async () => {
    const own = await artisan.request(
      'GET',
      `/api/registry/businesses/${ids.ayu}/siinas?year=2026&semester=1`,
    );
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      status: 'verified',
      business: { id: ids.ayu, nib: '9120001112223', kelurahan: 'Gununggedangan' },
      report: { status: 'verified', figures: { workersFemale: 6 } },
    });
    const none = await artisan.request(
      'GET',
      `/api/registry/businesses/${ids.ayu}/siinas?year=2025&semester=2`,
    );
    expect(none.json()).toMatchObject({ status: 'none', report: null });
    const other = await artisan.request(
      'GET',
      `/api/registry/businesses/${ids.sentosa}/siinas?year=2026&semester=1`,
    );
    expect(other.statusCode).toBe(403);
    const draft = await officer.request(
      'GET',
      `/api/registry/businesses/${ids.sentosa}/siinas?year=2026&semester=1`,
    );
    expect(draft.json()).toMatchObject({ status: 'draft', report: { status: 'draft' } });
  });

  it('refuses a semester that does not exist and roles that do not report upward', async () => {
    const bad = await officer.request('GET', '/api/registry/reports/siinas?year=2026&semester=3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([{ path: 'querystring.semester', message: 'Maksimal 2.' }]);
    expect(
      (await manager.request('GET', '/api/registry/reports/siinas?year=2026&semester=1')).statusCode,
    ).toBe(403);
    expect(
      (await artisan.request('GET', '/api/registry/reports/siinas?year=2026&semester=1')).statusCode,
    ).toBe(403);
  });
});
