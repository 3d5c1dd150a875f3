import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../test/build-test-app.js';

let t: TestContext;
let admin: Session;
let centreA: { id: string; name: string };
let centreB: { id: string; name: string };
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login(await t.newUser({ role: 'admin' }));
  centreA = await t.newCentre();
  centreB = await t.newCentre();
});
afterAll(() => t.close());

const bearer = (token: string, method: 'GET' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });

describe('API tokens', () => {
  it('is shown once and stored only as a hash', async () => {
    const res = await admin.request('POST', '/api/tokens', {
      name: 'Satu Data Kota',
      role: 'officer',
      centreId: centreA.id,
    });
    expect(res.statusCode).toBe(201);
    const { token, item } = res.json();
    expect(token).toMatch(/^sentra_[a-f0-9]{8}_[\w-]{32}$/);
    expect(item).toMatchObject({
      name: 'Satu Data Kota',
      role: 'officer',
      centreId: centreA.id,
      centreName: centreA.name,
      revokedAt: null,
    });
    const stored = await t.db.execute(sql`select * from api_token where id = ${item.id}`);
    expect(JSON.stringify(stored.rows)).not.toContain(token.split('_')[2]);
    const list = await admin.request('GET', '/api/tokens');
    expect(JSON.stringify(list.json())).not.toContain(token);
  });

  it('acts with its role and centre, needs no CSRF token, and cannot reach another centre', async () => {
    const { token } = (
      await admin.request('POST', '/api/tokens', { name: 'Integrasi', role: 'manager', centreId: centreA.id })
    ).json();
    const own = await bearer(token, 'GET', `/api/centres/${centreA.id}`);
    expect(own.statusCode).toBe(200);
    const patch = await bearer(token, 'PATCH', `/api/centres/${centreA.id}`, { phone: '0321-123456' });
    expect(patch.statusCode).toBe(200);
    const other = await bearer(token, 'GET', `/api/centres/${centreB.id}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toBe('Data ini milik sentra lain; Anda tidak berhak mengaksesnya.');
    const otherWrite = await bearer(token, 'PATCH', `/api/centres/${centreB.id}`, { phone: '000' });
    expect(otherWrite.statusCode).toBe(403);
    const list = await bearer(token, 'GET', '/api/centres');
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([centreA.id]);
    expect((await bearer(token, 'GET', '/api/users')).statusCode).toBe(403);
  });

  it('stops working once revoked, and a made-up token never works', async () => {
    const { token, item } = (
      await admin.request('POST', '/api/tokens', {
        name: 'Sementara',
        role: 'consultant',
        centreId: centreA.id,
      })
    ).json();
    expect((await bearer(token, 'GET', '/api/centres')).statusCode).toBe(200);
    expect((await admin.request('POST', `/api/tokens/${item.id}/revoke`)).statusCode).toBe(204);
    const res = await bearer(token, 'GET', '/api/centres');
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('Token API tidak sah, kedaluwarsa, atau sudah dicabut.');
    const forged = `${token.slice(0, 16)}${'A'.repeat(32)}`;
    expect((await bearer(forged, 'GET', '/api/centres')).statusCode).toBe(401);
  });

  it('cannot be an admin token', async () => {
    const res = await admin.request('POST', '/api/tokens', {
      name: 'Super',
      role: 'admin',
      centreId: centreA.id,
    });
    expect(res.statusCode).toBe(400);
  });
});
