import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../test/build-test-app.js';
import { regulationParameter } from './reference.service.js';

let t: TestContext;
let s: Session;
beforeAll(async () => {
  t = await buildTestApp();
  s = await t.login(await t.newUser({ role: 'officer' }));
});
afterAll(() => t.close());

describe('reference data', () => {
  it('finds the kelurahan of the Sentra by name, with its full path', async () => {
    const res = await s.request('GET', '/api/reference/wilayah?q=gununggedangan');
    expect(res.json().items).toContainEqual({
      code: '35.76.02.1001',
      name: 'Gununggedangan',
      level: 4,
      path: 'Gununggedangan, Magersari, Kota Mojokerto, Jawa Timur',
    });
  });

  it('lists the kecamatan of Kota Mojokerto', async () => {
    const res = await s.request('GET', '/api/reference/wilayah?parent=35.76');
    expect(
      res
        .json()
        .items.map((w: { name: string }) => w.name)
        .sort(),
    ).toEqual(['Kranggan', 'Magersari', 'Prajuritkulon']);
  });

  it('holds KBLI 13134 Industri Batik under 1313', async () => {
    const items = (await s.request('GET', '/api/reference/kbli')).json().items;
    expect(items).toContainEqual(
      expect.objectContaining({ code: '13134', title: 'Industri Batik', parentCode: '1313' }),
    );
  });

  it('gives regulation numbers with their legal source', async () => {
    const items = (await s.request('GET', '/api/reference/regulation-parameters?date=2023-11-28')).json()
      .items;
    expect(items.length).toBeGreaterThan(10);
    for (const p of items) expect(p.legalSource.length).toBeGreaterThan(5);
    const penalty = items.find((p: { key: string }) => /late_penalty/.test(p.key));
    expect(penalty).toBeDefined();
    const v = await regulationParameter(t.db, penalty.key, '2023-11-28');
    expect(v.value).toBe(Number(penalty.value));
  });
});
