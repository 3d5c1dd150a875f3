import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('centres', () => {
  it("shows a manager their own centre with the kelurahan's name from the wilayah code", async () => {
    const centre = await t.newCentre({ name: 'Sentra IKM Batik Uji' });
    const s = await t.login(await t.newUser({ role: 'manager', centreId: centre.id }));
    const res = await s.request('GET', `/api/centres/${centre.id}`);
    expect(res.json()).toMatchObject({
      name: 'Sentra IKM Batik Uji',
      wilayahCode: '35.76.02.1001',
      wilayahName: 'Gununggedangan, Magersari, Kota Mojokerto',
    });
    expect((await s.request('GET', '/api/centres')).json().items).toHaveLength(1);
  });

  it('lets the manager update the profile, recorded before → after in the audit trail', async () => {
    const centre = await t.newCentre();
    const s = await t.login(await t.newUser({ role: 'manager', centreId: centre.id }));
    const res = await s.request('PATCH', `/api/centres/${centre.id}`, {
      phone: '0321-390000',
      openedOn: '2024-02-07',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phone: '0321-390000', openedOn: '2024-02-07' });
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    const entry = (
      await admin.request('GET', `/api/audit?entity=centre&entityId=${centre.id}&action=update`)
    ).json().items[0];
    expect(entry.changes).toEqual({
      phone: { before: null, after: '0321-390000' },
      openedOn: { before: null, after: '2024-02-07' },
    });
    expect(entry.requestId).toBe(res.headers['x-request-id']);
  });

  it("refuses another centre's manager and changes nothing", async () => {
    const mine = await t.newCentre();
    const theirs = await t.newCentre({ name: 'Sentra Lain' });
    const s = await t.login(await t.newUser({ role: 'manager', centreId: mine.id }));
    const res = await s.request('PATCH', `/api/centres/${theirs.id}`, { name: 'Dibajak' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OTHER_CENTRE');
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    expect((await admin.request('GET', `/api/centres/${theirs.id}`)).json().name).toBe('Sentra Lain');
  });

  it('does not let an artisan or consultant edit the centre profile', async () => {
    const centre = await t.newCentre();
    for (const role of ['artisan', 'consultant'] as const) {
      const s = await t.login(await t.newUser({ role, centreId: centre.id }));
      expect((await s.request('GET', `/api/centres/${centre.id}`)).statusCode).toBe(200);
      expect((await s.request('PATCH', `/api/centres/${centre.id}`, { phone: '1' })).statusCode).toBe(403);
    }
  });

  it('refuses a wilayah code that Kemendagri does not have', async () => {
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    const res = await admin.request('POST', '/api/centres', {
      slug: 'sentra-fiktif',
      name: 'Sentra Fiktif',
      industry: 'Batik',
      address: 'Jl. Tidak Ada',
      wilayahCode: '35.76.09.9999',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      { path: 'wilayahCode', message: 'Kode wilayah 35.76.09.9999 tidak ada dalam data Kemendagri.' },
    ]);
  });

  it('lets an admin add a centre, and lists every centre for the admin', async () => {
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    const res = await admin.request('POST', '/api/centres', {
      slug: 'plut-kumkm-kota-mojokerto',
      name: 'PLUT-KUMKM Maja Citra Kinarya',
      industry: 'Layanan usaha',
      address: 'Jl. Kebon Agung No. 1, Kel. Blooto',
      wilayahCode: '35.76.01.1008',
      openedOn: '2023-12-09',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().wilayahName).toBe('Blooto, Prajuritkulon, Kota Mojokerto');
    const dup = await admin.request('POST', '/api/centres', {
      slug: 'plut-kumkm-kota-mojokerto',
      name: 'Lagi',
      industry: 'Batik',
      address: 'Jl. Lagi',
      wilayahCode: '35.76.01.1008',
    });
    expect(dup.statusCode).toBe(409);
    const all = (await admin.request('GET', '/api/centres')).json().items;
    expect(all.length).toBeGreaterThanOrEqual(2);
  });
});
