import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../test/build-test-app.js';
import { newBusiness, newNib, officerOfNewCentre } from '../../../test/registry-factories.js';

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

describe('business records', () => {
  it('creates a business with its KBLI, kelurahan name, size class with the rule and its source, and an audit entry', async () => {
    const b = await newBusiness(officer, { name: 'Batik Sekar Jagad', investmentIdr: 150_000_000 });
    expect(b).toMatchObject({
      name: 'Batik Sekar Jagad',
      centreId,
      kbli: [{ code: '13134', title: 'Industri Batik' }],
      wilayahName: 'Gununggedangan, Magersari, Kota Mojokerto',
      figures: { workersMale: 3, workersFemale: 7, investmentIdr: 150000000, productionValueIdr: 480000000 },
      sizeClass: {
        sizeClass: 'mikro',
        basis: 'modal_usaha',
        legalSource: 'PP 7/2021 Pasal 35 ayat (3)',
      },
      consents: [
        { fieldGroup: 'profile', granted: false },
        { fieldGroup: 'contact', granted: false },
        { fieldGroup: 'products', granted: false },
        { fieldGroup: 'figures', granted: false },
      ].map((c) => expect.objectContaining(c)),
    });
    expect((b.sizeClass as { explanation: string }).explanation).toBe(
      'Modal usaha (investasi tanpa tanah dan bangunan) Rp 150.000.000 ≤ Rp 1.000.000.000 → usaha mikro (PP 7/2021 Pasal 35 ayat (3)).',
    );
    const audit = await t.db.execute<{ action: string }>(
      sql`select action from audit_log where entity = 'business' and entity_id = ${b.id}`,
    );
    expect(audit.rows).toEqual([{ action: 'create' }]);
  });

  it('classifies by annual sales when the capital is unknown, and says when it cannot', async () => {
    const bySales = await newBusiness(officer, { investmentIdr: null, productionValueIdr: 3_000_000_000 });
    expect(bySales.sizeClass).toMatchObject({
      sizeClass: 'kecil',
      basis: 'penjualan',
      legalSource: 'PP 7/2021 Pasal 35 ayat (5)',
    });
    const unknown = await newBusiness(officer, { investmentIdr: null, productionValueIdr: null });
    expect(unknown.sizeClass).toMatchObject({ sizeClass: null, basis: 'tidak_diketahui' });
  });

  it('flags printing-only as not batik under SNI', async () => {
    const b = await newBusiness(officer, { techniques: ['printing'] });
    expect(b.notBatikUnderSni).toBe(true);
  });

  it('names every wrong field in Indonesian and writes nothing', async () => {
    const count = async () =>
      (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from business`)).rows[0]?.n;
    const before = await count();
    const res = await officer.request('POST', '/api/registry/businesses', {
      name: 'Batik Salah',
      legalForm: 'firma',
      nib: '123456789012',
      address: 'Jl. Salah',
      wilayahCode: '35.76.02',
      workersMale: -2,
      investmentIdr: 'Rp 1.500.000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      { path: 'legalForm', message: 'Pilih salah satu: perorangan, ud, cv, pt, koperasi.' },
      { path: 'nib', message: 'NIB harus 13 digit angka.' },
      {
        path: 'wilayahCode',
        message: 'Kode kelurahan/desa berformat 35.76.02.1001 (10 digit dengan titik).',
      },
      { path: 'workersMale', message: 'Minimal 0.' },
      { path: 'investmentIdr', message: 'Harus berupa angka.' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a NIB already used, an unknown KBLI and an unknown kelurahan', async () => {
    const first = await newBusiness(officer, { name: 'Batik Pemilik NIB' });
    const res = await officer.request('POST', '/api/registry/businesses', {
      name: 'Batik Kembar',
      legalForm: 'perorangan',
      nib: first.nib,
      kbliCodes: ['99999'],
      address: 'Jl. Kembar',
      wilayahCode: '35.76.02.9999',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().fields).toEqual([
      { path: 'nib', message: `NIB ${first.nib} sudah dipakai oleh "Batik Pemilik NIB".` },
      { path: 'kbliCodes', message: 'Kode KBLI 99999 tidak ada dalam KBLI 2020.' },
      { path: 'wilayahCode', message: 'Kode wilayah 35.76.02.9999 tidak ada dalam data Kemendagri.' },
    ]);
  });

  it('updates with before → after in the audit trail, KBLI included', async () => {
    const b = await newBusiness(officer);
    const res = await officer.request('PATCH', `/api/registry/businesses/${b.id}`, {
      workersFemale: 9,
      kbliCodes: ['13134', '14111'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().kbli.map((k: { code: string }) => k.code)).toEqual(['13134', '14111']);
    const entry = await t.db.execute<{ changes: Record<string, unknown> }>(
      sql`select changes from audit_log where entity = 'business' and entity_id = ${b.id} and action = 'update'`,
    );
    expect(entry.rows[0]?.changes).toEqual({
      workersFemale: { before: 7, after: 9 },
      kbliCodes: { before: ['13134'], after: ['13134', '14111'] },
    });
  });
});

describe('business list', () => {
  let list: Session;
  beforeAll(async () => {
    const o = await officerOfNewCentre(t);
    list = o.session;
    await newBusiness(list, {
      name: 'Batik Majapahit Sooko',
      wilayahCode: '35.76.02.1001',
      techniques: ['tulis'],
    });
    await newBusiness(list, {
      name: 'Batik Surya Majapahit',
      wilayahCode: '35.76.01.1008',
      techniques: ['cap'],
      investmentIdr: 2_000_000_000,
    });
    await newBusiness(list, {
      name: 'Kerajinan Bambu Kranggan',
      wilayahCode: '35.76.03.1004',
      kbliCodes: ['16291'],
      techniques: [],
      isTenant: true,
    });
  });

  const names = async (query: string) =>
    (await list.request('GET', `/api/registry/businesses?${query}`))
      .json()
      .items.map((b: { name: string }) => b.name);

  it('finds names fuzzily, with typos, closest first', async () => {
    expect(await names('q=majapaht')).toEqual(['Batik Majapahit Sooko', 'Batik Surya Majapahit']);
    expect(await names('q=bambu')).toEqual(['Kerajinan Bambu Kranggan']);
    // A one-letter slip in a short word (word similarity 0.57: found at the 0.5 threshold).
    await newBusiness(list, { name: 'Batik Kencana Wungu', wilayahCode: '35.76.03.1005', techniques: [] });
    expect(await names('q=kencna')).toEqual(['Batik Kencana Wungu']);
  });

  it('finds a NIB exactly', async () => {
    const nib = newNib();
    await newBusiness(list, {
      name: 'Batik Ber-NIB',
      nib,
      techniques: ['tulis'],
      wilayahCode: '35.76.02.1003',
    });
    expect(await names(`q=${nib}`)).toEqual(['Batik Ber-NIB']);
  });

  it('filters by kecamatan, kelurahan, KBLI, technique, size class and tenancy, with counts', async () => {
    expect(await names('kecamatan=35.76.01')).toEqual(['Batik Surya Majapahit']);
    expect(await names('kelurahan=35.76.03.1004')).toEqual(['Kerajinan Bambu Kranggan']);
    expect(await names('kbli=16291')).toEqual(['Kerajinan Bambu Kranggan']);
    expect(await names('technique=cap')).toEqual(['Batik Surya Majapahit']);
    expect(await names('sizeClass=kecil')).toEqual(['Batik Surya Majapahit']);
    expect(await names('tenant=true')).toEqual(['Kerajinan Bambu Kranggan']);
    const res = (await list.request('GET', '/api/registry/businesses?q=majapahit')).json();
    expect(res.total).toBe(2);
    expect(res.counts).toEqual({ bySizeClass: { mikro: 1, kecil: 1 }, byTechnique: { tulis: 1, cap: 1 } });
  });

  it("shows only the actor's centre", async () => {
    const all = (await officer.request('GET', '/api/registry/businesses?pageSize=100')).json().items;
    expect(all.every((b: { centreId: string }) => b.centreId === centreId)).toBe(true);
    expect(all.map((b: { name: string }) => b.name)).not.toContain('Kerajinan Bambu Kranggan');
  });
});

describe('artisan', () => {
  it('sees and edits only their own business', async () => {
    const mine = await newBusiness(officer, { name: 'Batik Milik Perajin' });
    const other = await newBusiness(officer, { name: 'Batik Orang Lain' });
    const user = await t.newUser({ role: 'artisan', centreId });
    expect(
      (await officer.request('POST', `/api/registry/businesses/${mine.id}/accounts`, { userId: user.id }))
        .statusCode,
    ).toBe(204);
    const artisan = await t.login(user);
    const listed = (await artisan.request('GET', '/api/registry/businesses')).json().items;
    expect(listed.map((b: { name: string }) => b.name)).toEqual(['Batik Milik Perajin']);
    expect((await artisan.request('GET', `/api/registry/businesses/${mine.id}`)).statusCode).toBe(200);
    const peek = await artisan.request('GET', `/api/registry/businesses/${other.id}`);
    expect(peek.statusCode).toBe(403);
    expect(peek.json().message).toBe('Anda hanya dapat melihat dan mengubah usaha Anda sendiri.');
    const edit = await artisan.request('PATCH', `/api/registry/businesses/${other.id}`, { name: 'Dibajak' });
    expect(edit.statusCode).toBe(403);
    expect(
      (await artisan.request('PATCH', `/api/registry/businesses/${mine.id}`, { phone: '0812-1111-2222' }))
        .statusCode,
    ).toBe(200);
    expect((await artisan.request('POST', '/api/registry/businesses', { name: 'x' })).statusCode).toBe(403);
  });

  it('cannot be linked to a business of another centre, and a non-artisan cannot be linked', async () => {
    const b = await newBusiness(officer);
    const elsewhere = await t.newUser({ role: 'artisan' });
    const res = await officer.request('POST', `/api/registry/businesses/${b.id}/accounts`, {
      userId: elsewhere.id,
    });
    expect(res.statusCode).toBe(400);
    const manager = await t.newUser({ role: 'manager', centreId });
    expect(
      (await officer.request('POST', `/api/registry/businesses/${b.id}/accounts`, { userId: manager.id }))
        .statusCode,
    ).toBe(400);
  });

  it('is refused by managers and consultants for writes, allowed to read', async () => {
    const b = await newBusiness(officer);
    for (const role of ['manager', 'consultant'] as const) {
      const s = await t.login(await t.newUser({ role, centreId }));
      expect((await s.request('GET', `/api/registry/businesses/${b.id}`)).statusCode).toBe(200);
      expect((await s.request('PATCH', `/api/registry/businesses/${b.id}`, { phone: '1' })).statusCode).toBe(
        403,
      );
    }
  });
});
