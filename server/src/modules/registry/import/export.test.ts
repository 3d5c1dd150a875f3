import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../../test/build-test-app.js';
import { newBusiness, officerOfNewCentre } from '../../../../test/registry-factories.js';
import { businessAccounts, businessPeople, certifications, people } from '../registry.tables.js';
import { IMPORT_COLUMNS } from './import-columns.js';
import { multipartFile } from './multipart-body.js';

let t: TestContext;
let officer: Session;
let centreId: string;
let tricky: { id: string; nib: string | null };
let blooto: { id: string };

const HYPERLINK = '=HYPERLINK("http://contoh.id/curi","Klik di sini")';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

beforeAll(async () => {
  t = await buildTestApp();
  const o = await officerOfNewCentre(t);
  officer = o.session;
  centreId = o.centre.id;
  // What someone could type into the form to attack whoever opens the export in Excel.
  tricky = await newBusiness(officer, {
    name: HYPERLINK,
    address: '@Jl. Kedungsari No. 1',
    phone: '+62 321 123456',
    capacityUnit: '-lembar',
    capacityInstalled: 12.5,
    memberSince: '2024-02-15',
    techniques: ['tulis', 'cap'],
  });
  blooto = await newBusiness(officer, {
    name: 'Batik Purnama Blooto',
    wilayahCode: '35.76.01.1008',
    techniques: ['printing'],
    investmentIdr: 2_500_000_000,
  });
  const other = await officerOfNewCentre(t);
  await newBusiness(other.session, { name: 'Batik Sentra Lain' });

  await t.db.insert(certifications).values({ businessId: tricky.id, kind: 'batikmark', category: 'tulis' });
  const [owner] = await t.db
    .insert(people)
    .values({
      centreId,
      fullName: 'Siti Aminah',
      gender: 'P',
      phone: '081234567891',
      nikHash: 'hash-nik-rahasia',
    })
    .returning();
  await t.db
    .insert(businessPeople)
    .values({ businessId: tricky.id, personId: owner?.id as string, role: 'pemilik' });
});
afterAll(() => t.close());

async function readXlsx(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return { name: sheet.name, header: rows[0] as string[], rows: rows.slice(1) };
}
const cell = (header: string[], row: ExcelJS.CellValue[], name: string) => row[header.indexOf(name)];

describe('export to xlsx', () => {
  it("streams the centre's businesses with the template columns, numbers as numbers and formulas neutralised", async () => {
    const res = await officer.request('GET', '/api/registry/businesses/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(`attachment; filename="registri-ikm-${today()}.xlsx"`);

    const { name, header, rows } = await readXlsx(res.rawPayload);
    expect(name).toBe('Registri IKM');
    expect(header).toEqual([
      ...IMPORT_COLUMNS.map((c) => c.header),
      'Kelas usaha',
      'Kecamatan',
      'Kelurahan',
      'Sertifikasi',
    ]);
    expect(header.join()).not.toMatch(/NIK/);
    // Only this centre, sorted by name (the quote sorts "=" first).
    expect(rows.map((r) => cell(header, r, 'Nama usaha*'))).toEqual([
      `'${HYPERLINK}`,
      'Batik Purnama Blooto',
    ]);

    const row = rows[0] as ExcelJS.CellValue[];
    expect(cell(header, row, 'Alamat*')).toBe("'@Jl. Kedungsari No. 1");
    expect(cell(header, row, 'Telepon')).toBe("'+62 321 123456");
    expect(cell(header, row, 'Satuan')).toBe("'-lembar");
    expect(cell(header, row, 'Investasi tanpa tanah & bangunan (Rp)')).toBe(150_000_000);
    expect(cell(header, row, 'Kapasitas terpasang')).toBe(12.5);
    expect(cell(header, row, 'Tenaga kerja perempuan')).toBe(7);
    expect(cell(header, row, 'Anggota sejak')).toBe('2024-02-15');
    expect(cell(header, row, 'Teknik')).toBe('tulis, cap');
    expect(cell(header, row, 'Bentuk usaha*')).toBe('UD');
    expect(cell(header, row, 'KBLI')).toBe('13134');
    expect(cell(header, row, 'Penyewa')).toBe('tidak');
    expect(cell(header, row, 'Pemilik (nama)')).toBe('Siti Aminah');
    expect(cell(header, row, 'Kelas usaha')).toBe('mikro');
    expect(cell(header, row, 'Kecamatan')).toBe('Magersari');
    expect(cell(header, row, 'Kelurahan')).toBe('Gununggedangan');
    expect(cell(header, row, 'Sertifikasi')).toBe('Batikmark');
    expect(JSON.stringify(rows)).not.toContain('hash-nik-rahasia');
    expect(cell(header, rows[1] as ExcelJS.CellValue[], 'Kelas usaha')).toBe('kecil');
  });

  it('applies the list filters', async () => {
    const res = await officer.request('GET', '/api/registry/businesses/export.xlsx?kelurahan=35.76.01.1008');
    const { header, rows } = await readXlsx(res.rawPayload);
    expect(rows.map((r) => cell(header, r, 'Nama usaha*'))).toEqual(['Batik Purnama Blooto']);
    const bad = await officer.request('GET', '/api/registry/businesses/export.xlsx?kelurahan=Blooto');
    expect(bad.statusCode).toBe(400);
  });

  it('imports back as updates of the same businesses, without a single problem', async () => {
    const exported = await officer.request('GET', '/api/registry/businesses/export.xlsx');
    const body = multipartFile(`registri-ikm-${today()}.xlsx`, exported.rawPayload);
    const res = await officer.request('POST', '/api/registry/import', body.payload, body.headers);
    expect(res.json()).toMatchObject({ totalRows: 2, toUpdate: 2, toCreate: 0, problems: [] });
    expect(res.json().preview.map((r: { businessId: string }) => r.businessId)).toEqual([
      tricky.id,
      blooto.id,
    ]);
    expect(res.json().preview[0].name).toBe(HYPERLINK);
  });
});

describe('export to csv', () => {
  it('writes UTF-8 with BOM, semicolons and decimal commas, formulas neutralised', async () => {
    const res = await officer.request('GET', '/api/registry/businesses/export.csv?technique=tulis');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="registri-ikm-${today()}.csv"`);
    expect(res.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const [head, line, ...rest] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(rest).toEqual(['']);
    expect(head?.split(';').slice(0, 3)).toEqual(['Nama usaha*', 'Bentuk usaha*', 'NIB']);
    const cells = (line as string).split(';');
    const at = (h: string) => cells[(head as string).split(';').indexOf(h)];
    expect(at('Nama usaha*')).toBe(`"'=HYPERLINK(""http://contoh.id/curi"",""Klik di sini"")"`);
    expect(at('Telepon')).toBe("'+62 321 123456");
    expect(at('Kapasitas terpasang')).toBe('12,5');
    expect(at('Investasi tanpa tanah & bangunan (Rp)')).toBe('150000000');
    expect(at('Anggota sejak')).toBe('2024-02-15');
    expect(res.body).not.toContain('hash-nik-rahasia');
  });
});

describe('who exports what', () => {
  it('an artisan exports only their own business', async () => {
    const user = await t.newUser({ role: 'artisan', centreId });
    await t.db.insert(businessAccounts).values({ userId: user.id, businessId: blooto.id });
    const artisan = await t.login(user);
    const res = await artisan.request('GET', '/api/registry/businesses/export.csv');
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Batik Purnama Blooto;/);
  });

  it('a consultant of the centre exports the centre; without login it is refused', async () => {
    const consultant = await t.login(await t.newUser({ role: 'consultant', centreId }));
    const res = await consultant.request('GET', '/api/registry/businesses/export.csv');
    expect(res.body.trim().split('\r\n')).toHaveLength(3);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/registry/businesses/export.xlsx' });
    expect(anonymous.statusCode).toBe(401);
  });
});
