import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../../test/build-test-app.js';
import { newBusiness, officerOfNewCentre } from '../../../../test/registry-factories.js';
import { projectRoot } from '../../../lib/paths.js';
import { ikmBatikRows, type SampleRow, sampleNib, sampleXlsx } from './ikm-batik-sample.js';
import { IMPORT_COLUMNS } from './import-columns.js';
import { multipartFile } from './multipart-body.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const upload = (
  s: Session,
  fileName: string,
  bytes: Buffer,
  headers: Record<string, string> = {},
  query = '',
) => {
  const body = multipartFile(fileName, bytes);
  return s.request('POST', `/api/registry/import${query}`, body.payload, { ...body.headers, ...headers });
};
const commit = (s: Session, id: string, mode: 'valid-only' | 'all-or-nothing') =>
  s.request('POST', `/api/registry/import/${id}/commit`, { mode });

const count = async (query: ReturnType<typeof sql>) =>
  (await t.db.execute<{ n: number }>(query)).rows[0]?.n ?? -1;
const businessesOf = (centreId: string) =>
  count(sql`select count(*)::int as n from business where centre_id = ${centreId}`);

/** Each test gets its own NIBs: a NIB is unique across every centre of the database. */
let series = 30;
const nextSeries = () => ++series;

/** The realistic sheet with the five mistakes people make most. */
function brokenRows(nibSeries = nextSeries()): SampleRow[] {
  const rows = ikmBatikRows(nibSeries);
  const set = (i: number, header: string, value: SampleRow[string]) => {
    (rows[i] as SampleRow)[header] = value;
  };
  set(2, 'NIB', '912000135790'); // stays 12 digits whatever the series // row 4: 12 digits
  set(6, 'KBLI', '13134, 99999'); // row 8: no such KBLI
  set(10, 'Nilai produksi (Rp)', 'satu juta'); // row 12: words
  set(15, 'Tenaga kerja perempuan', -2); // row 17: negative workers
  set(21, 'Nama usaha*', null); // row 23: no name
  return rows;
}

const EXPECTED_PROBLEMS = [
  { row: 4, column: 'NIB', value: '912000135790', reason: 'NIB harus 13 digit angka.' },
  { row: 8, column: 'KBLI', value: '13134, 99999', reason: 'Kode KBLI 99999 tidak ada dalam KBLI 2020.' },
  {
    row: 12,
    column: 'Nilai produksi (Rp)',
    value: 'satu juta',
    reason: 'Bukan angka. Tulis dengan angka, mis. 1.500.000, Rp 1.500.000 atau 1,5 jt.',
  },
  { row: 17, column: 'Tenaga kerja perempuan', value: '-2', reason: 'Tidak boleh negatif.' },
  { row: 23, column: 'Nama usaha*', value: '', reason: 'Wajib diisi.' },
];

describe('the import template', () => {
  it('is an xlsx with the template headers, a Mojokerto example row and a Petunjuk sheet', async () => {
    const { session } = await officerOfNewCentre(t);
    const res = await session.request('GET', '/api/registry/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain('templat-impor-registri-ikm.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data usaha', 'Petunjuk']);
    const data = wb.getWorksheet('Data usaha') as ExcelJS.Worksheet;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(header.slice(0, 6)).toEqual([
      'Nama usaha*',
      'Bentuk usaha*',
      'NIB',
      'KBLI',
      'Alamat*',
      'Kode wilayah (kelurahan)*',
    ]);
    expect(data.getRow(2).getCell(6).value).toBe('35.76.02.1001');
    expect(String(data.getRow(2).getCell(1).value)).toMatch(/^Batik /);
    const help = JSON.stringify((wb.getWorksheet('Petunjuk') as ExcelJS.Worksheet).getSheetValues());
    expect(help).toContain('perorangan, UD, CV, PT, koperasi');
    expect(help).toContain('1,500 bisa berarti 1.500 atau 1,5');
    expect(help).toContain('tulis, cap, kombinasi, printing');
  });

  it('uploaded unchanged, its example row is named as the example, not imported', async () => {
    const { session } = await officerOfNewCentre(t);
    const template = await session.request('GET', '/api/registry/import/template.xlsx');
    const res = await upload(session, 'templat.xlsx', template.rawPayload);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ totalRows: 1, invalidRows: 1 });
    expect(res.json().problems[0]).toMatchObject({
      row: 2,
      column: 'Nama usaha*',
      reason: 'Ini baris contoh dari templat. Hapus baris ini atau ganti dengan data usaha Anda.',
    });
  });

  it('is for the Dinas only: an artisan gets 403', async () => {
    const { centre } = await officerOfNewCentre(t);
    const artisan = await t.login(await t.newUser({ role: 'artisan', centreId: centre.id }));
    expect((await artisan.request('GET', '/api/registry/import/template.xlsx')).statusCode).toBe(403);
    const res = await upload(artisan, 'ikm.xlsx', await sampleXlsx(ikmBatikRows(nextSeries())));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('Anda tidak berhak melakukan tindakan ini.');
  });
});

describe('preview and commit of a realistic sheet of 30 batik IKMs', () => {
  let officer: Session;
  let centreId: string;
  let file: Buffer;
  let importId: string;
  const mine = nextSeries();

  beforeAll(async () => {
    const o = await officerOfNewCentre(t);
    officer = o.session;
    centreId = o.centre.id;
    file = await sampleXlsx(brokenRows(mine));
  });

  it('lists every problem by Excel row, column, value and reason, and writes nothing yet', async () => {
    const res = await upload(officer, 'ikm-batik-mojokerto.xlsx', file);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    importId = body.importId;
    expect(body).toMatchObject({
      fileName: 'ikm-batik-mojokerto.xlsx',
      status: 'previewed',
      totalRows: 30,
      validRows: 25,
      invalidRows: 5,
      toCreate: 25,
      toUpdate: 0,
      problemCount: 5,
    });
    expect(body.problems).toEqual(EXPECTED_PROBLEMS);
    expect(body.preview).toHaveLength(30);
    expect(body.preview[0]).toEqual({
      row: 2,
      action: 'create',
      name: 'Batik Majapahit Sooko',
      nib: sampleNib(0, mine),
      wilayahCode: '35.76.02.1001',
      businessId: null,
      matchedBy: null,
    });
    expect(body.preview[2]).toMatchObject({ row: 4, action: 'invalid' });
    expect(await businessesOf(centreId)).toBe(0);
  });

  it('"nothing unless all valid" refuses with the number of rows to fix and writes nothing', async () => {
    const res = await commit(officer, importId, 'all-or-nothing');
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(
      'Tidak ada yang diimpor: 5 baris masih bermasalah. Perbaiki baris itu lalu unggah lagi, atau pilih "Impor baris yang valid".',
    );
    expect(await businessesOf(centreId)).toBe(0);
    expect((await officer.request('GET', `/api/registry/import/${importId}`)).json().status).toBe(
      'previewed',
    );
  });

  it('"valid rows" creates the 25 businesses with KBLI, owner and one audit entry each', async () => {
    const res = await commit(officer, importId, 'valid-only');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ importId, created: 25, updated: 0, skipped: 5, mode: 'valid-only' });
    expect(await businessesOf(centreId)).toBe(25);

    const list = await officer.request('GET', '/api/registry/businesses?q=Majapahit%20Sooko');
    const id = list.json().items[0].id;
    const detail = (await officer.request('GET', `/api/registry/businesses/${id}`)).json();
    expect(detail).toMatchObject({
      name: 'Batik Majapahit Sooko',
      legalForm: 'perorangan',
      nib: sampleNib(0, mine),
      wilayahCode: '35.76.02.1001',
      techniques: ['tulis'],
      isTenant: true,
      memberSince: '2024-02-01',
    });
    expect(detail.kbli.map((k: { code: string }) => k.code)).toEqual(['13134', '14111']);
    expect(detail.figures).toMatchObject({
      workersFemale: 3,
      investmentIdr: 45_000_000,
      productionValueIdr: 210_000_000,
    });
    expect(detail.people).toEqual([
      expect.objectContaining({ fullName: 'Siti Aminah', gender: 'P', role: 'pemilik' }),
    ]);

    // Row 5 wrote its rupiah as "Rp1,5 jt" and its land as "Rp 115.000.000", row 7 as "1,2 M".
    const figures = await t.db.execute<{
      name: string;
      investment_idr: string;
      investment_land_building_idr: string | null;
    }>(
      sql`select name, investment_idr, investment_land_building_idr from business where centre_id = ${centreId} order by name`,
    );
    const byName = new Map(figures.rows.map((r) => [r.name, r]));
    expect(Number(byName.get('Batik Gajah Mada')?.investment_idr)).toBe(1_500_000);
    expect(Number(byName.get('Batik Gajah Mada')?.investment_land_building_idr)).toBe(115_000_000);
    expect(Number(byName.get('Batik Kembang Mojo')?.investment_idr)).toBe(1_200_000_000);

    expect(
      await count(sql`select count(*)::int as n from audit_log
        where entity = 'business' and action = 'create' and changes->'importId'->>'after' = ${importId}`),
    ).toBe(25);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity = 'registry_import' and entity_id = ${importId}`,
      ),
    ).toBe(1);
    expect(
      await count(sql`select count(*)::int as n from business_person where role = 'pemilik'
      and business_id in (select id from business where centre_id = ${centreId})`),
    ).toBe(25);
  });

  it('committing twice is refused', async () => {
    const res = await commit(officer, importId, 'valid-only');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('IMPORT_ALREADY_COMMITTED');
    expect(await businessesOf(centreId)).toBe(25);
  });

  it('re-importing the file updates the same businesses (by NIB, else by name + kelurahan) instead of duplicating', async () => {
    const rows = brokenRows(mine);
    (rows[0] as SampleRow)['Tenaga kerja perempuan'] = 20;
    (rows[1] as SampleRow).Telepon = null; // a blank cell erases nothing
    const res = await upload(officer, 'ikm-batik-mojokerto (revisi).xlsx', await sampleXlsx(rows));
    expect(res.json()).toMatchObject({ totalRows: 30, toCreate: 0, toUpdate: 25, invalidRows: 5 });
    const preview = res.json().preview;
    expect(preview[0]).toMatchObject({ action: 'update', matchedBy: 'nib' });
    expect(preview[4]).toMatchObject({
      name: 'Batik Mojo Wiji',
      nib: null,
      action: 'update',
      matchedBy: 'name',
    });

    const done = await commit(officer, res.json().importId, 'valid-only');
    expect(done.json()).toMatchObject({ created: 0, updated: 25, skipped: 5 });
    expect(await businessesOf(centreId)).toBe(25);
    const rowsNow = await t.db.execute<{ name: string; workers_female: number; phone: string | null }>(
      sql`select name, workers_female, phone from business where centre_id = ${centreId}`,
    );
    const byName = new Map(rowsNow.rows.map((r) => [r.name, r]));
    expect(byName.get('Batik Majapahit Sooko')?.workers_female).toBe(20);
    expect(byName.get('Batik Sekar Jagad')?.phone).toBe('0321-320137');
    // The same owners, not a second copy of each.
    expect(
      await count(sql`select count(*)::int as n from business_person where role = 'pemilik'
      and business_id in (select id from business where centre_id = ${centreId})`),
    ).toBe(25);
    const updates = await t.db.execute<{ changes: Record<string, { before: unknown; after: unknown }> }>(
      sql`select changes from audit_log where entity = 'business' and action = 'update'
        and changes->'importId'->>'after' = ${res.json().importId}`,
    );
    expect(updates.rows).toHaveLength(25);
    expect(updates.rows.map((r) => r.changes.workersFemale).filter(Boolean)).toEqual([
      { before: 3, after: 20 },
    ]);
  });

  it('another centre cannot see or run this import', async () => {
    const other = await officerOfNewCentre(t);
    expect((await other.session.request('GET', `/api/registry/import/${importId}`)).statusCode).toBe(403);
    expect((await commit(other.session, importId, 'valid-only')).statusCode).toBe(403);
  });
});

describe("the browser journey's fixture", () => {
  it('previews as 30 rows: 27 new businesses (one a near-duplicate) and 3 rows to fix', async () => {
    const { session } = await officerOfNewCentre(t);
    const bytes = readFileSync(path.join(projectRoot, 'e2e/fixtures/ikm-batik-mojokerto.xlsx'));
    const res = await upload(session, 'ikm-batik-mojokerto.xlsx', bytes);
    expect(res.json()).toMatchObject({ totalRows: 30, validRows: 27, invalidRows: 3, toCreate: 27 });
    expect(res.json().problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [7, 'NIB'],
      [14, 'KBLI'],
      [20, 'Nilai bahan baku (Rp)'],
    ]);
    expect(res.json().preview[27]).toMatchObject({ row: 29, name: 'Btk Sekar Jagad', action: 'create' });
  });
});

describe('one transaction per import', () => {
  it('a crash mid-way leaves nothing: no business, no owner, no audit entry, the import still open', async () => {
    const { session, centre } = await officerOfNewCentre(t);
    const rows = ikmBatikRows(nextSeries()).slice(0, 3);
    (rows[2] as SampleRow)['Pemilik (nama)'] = 'Pemilik Pemicu Gagal';
    const preview = (await upload(session, 'tiga.xlsx', await sampleXlsx(rows))).json();
    expect(preview).toMatchObject({ toCreate: 3, invalidRows: 0 });

    // The owners are written after the businesses and their KBLI: fail there.
    await t.db.execute(
      sql.raw(`
      create function fail_on_owner() returns trigger language plpgsql as $$
      begin if new.full_name = 'Pemilik Pemicu Gagal' then raise exception 'simulated crash'; end if; return new; end $$;
      create trigger fail_on_owner before insert on person for each row execute function fail_on_owner();`),
    );
    try {
      const res = await commit(session, preview.importId, 'all-or-nothing');
      expect(res.statusCode).toBe(500);
      expect(await businessesOf(centre.id)).toBe(0);
      expect(await count(sql`select count(*)::int as n from person where centre_id = ${centre.id}`)).toBe(0);
      expect(
        await count(
          sql`select count(*)::int as n from audit_log where changes->'importId'->>'after' = ${preview.importId}`,
        ),
      ).toBe(0);
      expect((await session.request('GET', `/api/registry/import/${preview.importId}`)).json().status).toBe(
        'previewed',
      );
    } finally {
      await t.db.execute(sql.raw('drop trigger fail_on_owner on person; drop function fail_on_owner();'));
    }
    const retry = await commit(session, preview.importId, 'all-or-nothing');
    expect(retry.json()).toMatchObject({ created: 3, skipped: 0, mode: 'all-or-nothing' });
    expect(await businessesOf(centre.id)).toBe(3);
  });

  it('a preview gone stale (the same NIB registered meanwhile) is refused with nothing written', async () => {
    const { session, centre } = await officerOfNewCentre(t);
    const rows = ikmBatikRows(nextSeries()).slice(0, 2);
    const nib = `8${String(Date.now()).slice(-12)}`;
    (rows[1] as SampleRow).NIB = nib;
    const preview = (await upload(session, 'dua.xlsx', await sampleXlsx(rows))).json();
    await newBusiness(session, { name: 'Batik Didaftar Lewat Formulir', nib });
    const res = await commit(session, preview.importId, 'valid-only');
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^Data registri berubah sejak pratinjau \(NIB \d{13}\)/);
    expect(await businessesOf(centre.id)).toBe(1);
  });
});

describe('rows checked against the registry and each other', () => {
  it('names a NIB twice in the file, a NIB of another centre and an ambiguous rupiah', async () => {
    const { session } = await officerOfNewCentre(t);
    const elsewhere = await officerOfNewCentre(t);
    const foreign = await newBusiness(elsewhere.session, { name: 'Batik Sentra Lain' });
    const nibs = nextSeries();
    const rows = ikmBatikRows(nibs).slice(0, 4);
    (rows[1] as SampleRow).NIB = sampleNib(0, nibs);
    (rows[2] as SampleRow).NIB = foreign.nib;
    (rows[3] as SampleRow)['Nilai bahan baku (Rp)'] = '1,500';
    const res = await upload(session, 'cek.xlsx', await sampleXlsx(rows));
    expect(res.json().problems).toEqual([
      {
        row: 3,
        column: 'NIB',
        value: sampleNib(0, nibs),
        reason: 'NIB ini juga tertulis di baris 2. Satu usaha cukup satu baris: gabungkan kedua baris.',
      },
      {
        row: 4,
        column: 'NIB',
        value: foreign.nib,
        reason: `NIB ${foreign.nib} sudah terdaftar untuk usaha di sentra lain. Periksa NIB-nya, atau hubungi admin Dinas.`,
      },
      {
        row: 5,
        column: 'Nilai bahan baku (Rp)',
        value: '1,500',
        reason:
          'Meragukan: bisa berarti 1.500 atau 1,5. Tulis 1.500 (titik untuk ribuan) atau 1,5 (koma untuk desimal).',
      },
    ]);
  });

  it('a NIB already registered in the centre means "update that business"', async () => {
    const { session } = await officerOfNewCentre(t);
    const existing = await newBusiness(session, { name: 'Batik Lama Terdaftar' });
    const rows = ikmBatikRows(nextSeries()).slice(0, 1);
    (rows[0] as SampleRow).NIB = existing.nib;
    const res = await upload(session, 'satu.xlsx', await sampleXlsx(rows));
    expect(res.json().preview[0]).toMatchObject({
      action: 'update',
      businessId: existing.id,
      matchedBy: 'nib',
    });
    await commit(session, res.json().importId, 'valid-only');
    const detail = (await session.request('GET', `/api/registry/businesses/${existing.id}`)).json();
    expect(detail.name).toBe('Batik Majapahit Sooko');
  });

  it('with two businesses of one name in a kelurahan, matches the one without a NIB, and the commit agrees', async () => {
    const { session } = await officerOfNewCentre(t);
    const row = ikmBatikRows(nextSeries())[0] as SampleRow;
    const withNib = await newBusiness(session, {
      name: row['Nama usaha*'],
      wilayahCode: row['Kode wilayah (kelurahan)*'],
    });
    const withoutNib = await newBusiness(session, {
      name: row['Nama usaha*'],
      wilayahCode: row['Kode wilayah (kelurahan)*'],
      nib: null,
    });
    const res = await upload(session, 'satu.xlsx', await sampleXlsx([{ ...row, NIB: '' }]));
    expect(res.json().preview[0]).toMatchObject({
      action: 'update',
      businessId: withoutNib.id,
      matchedBy: 'name',
    });
    expect(res.json().preview[0].businessId).not.toBe(withNib.id);
    expect((await commit(session, res.json().importId, 'valid-only')).statusCode).toBe(200);
  });

  it('answers in English when asked in English', async () => {
    const { session } = await officerOfNewCentre(t);
    const res = await upload(session, 'ikm.xlsx', await sampleXlsx(brokenRows()), {
      'accept-language': 'en',
    });
    expect(res.json().problems.map((p: { reason: string }) => p.reason)).toEqual([
      'The NIB must be 13 digits.',
      'KBLI code 99999 is not in KBLI 2020.',
      'Not a number. Write it in digits, e.g. 1.500.000, Rp 1.500.000 or 1,5 jt.',
      'Cannot be negative.',
      'Required.',
    ]);
  });
});

describe('files judged by their content', () => {
  let officer: Session;
  let centreId: string;
  beforeAll(async () => {
    const o = await officerOfNewCentre(t);
    officer = o.session;
    centreId = o.centre.id;
  });

  const refusal = async (fileName: string, bytes: Buffer) => {
    const res = await upload(officer, fileName, bytes);
    return { status: res.statusCode, code: res.json().code, message: res.json().message };
  };

  it('reads CSV separated by semicolons with a BOM, headers in any case and spacing', async () => {
    const csv =
      '\uFEFFnama usaha;BENTUK USAHA;nib;kbli;alamat;Kode Wilayah  (kelurahan);Investasi tanpa tanah & bangunan (Rp);kapasitas terpasang;teknik\r\n' +
      'Batik Lintang Mojo;UD;9120000000011;13134;"Jl. Majapahit No. 5; Blok B";35.76.03.1004;Rp 1.500.000;12,5;tulis, cap\r\n' +
      '\r\n' +
      'Batik Purnama Blooto;perorangan;;13134;Jl. Empunala 7;3576011008;2 M;1.250,50;batik cap\r\n';
    const res = await upload(officer, 'ikm.csv', Buffer.from(csv, 'utf8'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ totalRows: 2, validRows: 2, problems: [] });
    expect(res.json().preview.map((r: { row: number }) => r.row)).toEqual([2, 4]);
    await commit(officer, res.json().importId, 'all-or-nothing');
    const rows = await t.db.execute<{
      name: string;
      address: string;
      wilayah_code: string;
      investment_idr: string;
      capacity_installed: string;
      techniques: string[];
    }>(
      sql`select name, address, wilayah_code, investment_idr, capacity_installed, techniques from business
        where centre_id = ${centreId} order by name`,
    );
    expect(
      rows.rows.map((r) => ({
        ...r,
        investment_idr: Number(r.investment_idr),
        capacity_installed: Number(r.capacity_installed),
      })),
    ).toEqual([
      {
        name: 'Batik Lintang Mojo',
        address: 'Jl. Majapahit No. 5; Blok B',
        wilayah_code: '35.76.03.1004',
        investment_idr: 1_500_000,
        capacity_installed: 12.5,
        techniques: ['tulis', 'cap'],
      },
      {
        name: 'Batik Purnama Blooto',
        address: 'Jl. Empunala 7',
        wilayah_code: '35.76.01.1008',
        investment_idr: 2_000_000_000,
        capacity_installed: 1250.5,
        techniques: ['cap'],
      },
    ]);
  });

  it('reads CSV separated by commas without a BOM', async () => {
    const csv =
      'Nama usaha*,Bentuk usaha*,Alamat*,Kode wilayah (kelurahan)*,Tenaga kerja perempuan\n' +
      'Batik Koma Satu,CV,"Jl. Gajah Mada 3, Meri",35.76.03.1003,7\n';
    const res = await upload(officer, 'koma.csv', Buffer.from(csv));
    expect(res.json()).toMatchObject({ totalRows: 1, validRows: 1, problems: [] });
  });

  it('reads an xlsx renamed .csv as the xlsx it is', async () => {
    const res = await upload(officer, 'ikm-batik.csv', await sampleXlsx(brokenRows()));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ totalRows: 30, invalidRows: 5 });
  });

  it('refuses a PNG renamed .xlsx', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    expect(await refusal('ikm-batik.xlsx', png)).toEqual({
      status: 415,
      code: 'IMPORT_UNSUPPORTED_FILE',
      message:
        'Berkas ini bukan spreadsheet xlsx atau csv (isi berkas diperiksa, bukan namanya). Di Excel, simpan sebagai "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8".',
    });
  });

  it('refuses a password-protected workbook (an OLE container) and says how to fix it', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]);
    expect(await refusal('terkunci.xlsx', ole)).toEqual({
      status: 400,
      code: 'IMPORT_ENCRYPTED',
      message:
        'Berkas dilindungi kata sandi atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.',
    });
  });

  it('refuses 21 MB with 413 in the error shape', async () => {
    const res = await upload(officer, 'besar.csv', Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Berkas terlalu besar (maksimal 20 MB).',
    });
    expect(res.json().requestId).toBeTruthy();
  });

  it('refuses more than 20,000 data rows', async () => {
    const lines = ['Nama usaha*;Bentuk usaha*;Alamat*;Kode wilayah (kelurahan)*'];
    for (let i = 0; i < 20_001; i++) lines.push(`Batik ${i};UD;Jl. Uji ${i};35.76.02.1001`);
    expect(await refusal('banyak.csv', Buffer.from(lines.join('\n')))).toEqual({
      status: 400,
      code: 'IMPORT_TOO_MANY_ROWS',
      message: 'Berkas berisi lebih dari 20.000 baris data. Pecah menjadi beberapa berkas.',
    });
  });

  it('refuses merged cells in the header row, naming them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Nama usaha*', '', 'Bentuk usaha*', 'Alamat*', 'Kode wilayah (kelurahan)*']);
    ws.addRow(['Batik Gabung', 'x', 'UD', 'Jl. A', '35.76.02.1001']);
    ws.mergeCells('A1:B1');
    const res = await refusal('gabung.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res).toEqual({
      status: 400,
      code: 'IMPORT_MERGED_HEADER',
      message:
        'Judul kolom memakai sel gabungan (merge) di A1:B1. Pisahkan sel itu (Unmerge) agar setiap kolom punya judul sendiri.',
    });
  });

  it('refuses a sheet without the template header, one missing a required column, and empty files', async () => {
    expect((await refusal('lain.csv', Buffer.from('Nomor;Produk;Harga\n1;Kain;10000\n'))).code).toBe(
      'IMPORT_NO_HEADER',
    );
    expect(
      await refusal('kurang.csv', Buffer.from('Nama usaha*;Bentuk usaha*;NIB\nBatik A;UD;\n')),
    ).toMatchObject({
      status: 400,
      message:
        'Kolom wajib tidak ada: "Alamat*", "Kode wilayah (kelurahan)*". Tambahkan kolom itu seperti pada templat.',
    });
    const empty = await refusal('kosong.csv', Buffer.alloc(0));
    expect(empty).toEqual({
      status: 400,
      code: 'IMPORT_EMPTY',
      message: 'Berkas tidak berisi data usaha. Isi data mulai baris di bawah judul kolom templat.',
    });
    const headerOnly = IMPORT_COLUMNS.map((c) => c.header).join(';');
    expect((await refusal('judul.csv', Buffer.from(headerOnly))).code).toBe('IMPORT_EMPTY');
    expect((await refusal('kosong.xlsx', await sampleXlsx([]))).code).toBe('IMPORT_EMPTY');
  });

  it('asks for a multipart upload with a "file" field', async () => {
    const res = await officer.request('POST', '/api/registry/import', { file: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT_NOT_MULTIPART');
    const wrongField = multipartFile('ikm.csv', Buffer.from('a'), 'berkas');
    const res2 = await officer.request(
      'POST',
      '/api/registry/import',
      wrongField.payload,
      wrongField.headers,
    );
    expect(res2.json().code).toBe('NO_FILE');
  });

  it('an admin of every centre names the centre to import into', async () => {
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    const centre = await t.newCentre();
    const bytes = await sampleXlsx(ikmBatikRows(nextSeries()).slice(0, 1));
    const without = await upload(admin, 'ikm.xlsx', bytes);
    expect(without.statusCode).toBe(400);
    expect(without.json().code).toBe('IMPORT_CENTRE_REQUIRED');
    const res = await upload(admin, 'ikm.xlsx', bytes, {}, `?centreId=${centre.id}`);
    expect(res.statusCode).toBe(201);
    await commit(admin, res.json().importId, 'valid-only');
    expect(await businessesOf(centre.id)).toBe(1);
  });
});
