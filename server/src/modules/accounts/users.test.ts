import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestContext } from '../../../test/build-test-app.js';

let t: TestContext;
let admin: Session;
let centreId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login(await t.newUser({ role: 'admin' }));
  centreId = (await t.newCentre()).id;
});
afterAll(() => t.close());

const userCount = async () =>
  (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from app_user`)).rows[0]?.n;

describe('admin user management', () => {
  it('creates a user who can then sign in, and the audit trail records it without the password', async () => {
    const res = await admin.request('POST', '/api/users', {
      username: 'Rina.Perajin',
      fullName: 'Rina Wulandari',
      role: 'artisan',
      centreId,
      password: 'sandi-awal-rina-1',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ username: 'rina.perajin', role: 'artisan', centreId, active: true });
    const rina = await t.login({ username: 'rina.perajin' }, 'sandi-awal-rina-1');
    expect((await rina.request('GET', '/api/auth/session')).json().user.fullName).toBe('Rina Wulandari');

    const audit = await admin.request('GET', `/api/audit?entity=user&entityId=${user.id}`);
    const entry = audit.json().items[0];
    expect(entry).toMatchObject({ action: 'create', entity: 'user', centreId });
    expect(entry.actorLabel).toMatch(/^Uji admin/);
    expect(entry.changes.passwordHash).toEqual({ before: null, after: '[disembunyikan]' });
    expect(JSON.stringify(entry)).not.toContain('argon2');
  });

  it('names each wrong field in Indonesian and writes nothing', async () => {
    const before = await userCount();
    const res = await admin.request('POST', '/api/users', {
      username: 'X!',
      role: 'juragan',
      password: 'pendek',
      hobi: 'membatik',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      {
        path: 'username',
        message: 'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
      },
      { path: 'fullName', message: 'Wajib diisi.' },
      { path: 'role', message: 'Pilih salah satu: admin, officer, manager, consultant, artisan.' },
      { path: 'password', message: 'Kata sandi minimal 10 karakter.' },
      { path: 'body', message: 'Kolom tidak dikenal: hobi. Hapus kolom itu.' },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('says in English what to fix when asked in English', async () => {
    const res = await admin.request('POST', '/api/users', { username: 'ab' }, { 'accept-language': 'en' });
    expect(res.json().message).toBe('Some data is not valid. Fix the marked fields.');
    expect(res.json().fields[0]).toEqual({
      path: 'username',
      message: 'Username: 3–40 characters of lowercase letters, digits, dot, underscore or hyphen.',
    });
  });

  it('requires a centre for every role but admin', async () => {
    const res = await admin.request('POST', '/api/users', {
      username: 'tanpa-sentra',
      fullName: 'Tanpa Sentra',
      role: 'officer',
      password: 'sandi-panjang-1',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      { path: 'centreId', message: 'Pilih sentra untuk pengguna selain admin.' },
    ]);
  });

  it('refuses a taken username with 409', async () => {
    const existing = await t.newUser({ role: 'officer' });
    const res = await admin.request('POST', '/api/users', {
      username: existing.username,
      fullName: 'Kembar',
      role: 'officer',
      centreId,
      password: 'sandi-panjang-1',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(`Nama pengguna "${existing.username}" sudah dipakai.`);
  });

  it('refuses malformed JSON and a 10 MB body without writing', async () => {
    const before = await userCount();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      payload: '{"username": "a",',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('Isi permintaan bukan JSON yang sah.');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'besar', fullName: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().message).toMatch(/^Data yang dikirim terlalu besar/);
    expect(await userCount()).toBe(before);
  });

  it('disables a user: their sessions end and they cannot sign in', async () => {
    const u = await t.newUser({ role: 'manager' });
    const theirs = await t.login(u);
    const res = await admin.request('PATCH', `/api/users/${u.id}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await theirs.request('GET', '/api/auth/session')).statusCode).toBe(401);
    await expect(t.login(u)).rejects.toThrow(/403/);
  });

  it('changes role and centre, recorded before → after', async () => {
    const u = await t.newUser({ role: 'consultant' });
    const res = await admin.request('PATCH', `/api/users/${u.id}`, { role: 'officer', centreId });
    expect(res.json()).toMatchObject({ role: 'officer', centreId });
    const entry = (await admin.request('GET', `/api/audit?entity=user&entityId=${u.id}&action=update`)).json()
      .items[0];
    expect(entry.changes.role).toEqual({ before: 'consultant', after: 'officer' });
    expect(entry.changes.centreId).toEqual({ before: u.centreId, after: centreId });
  });

  it('does not let an admin disable themself', async () => {
    const me = (await admin.request('GET', '/api/auth/session')).json().user;
    const res = await admin.request('PATCH', `/api/users/${me.id}`, { active: false });
    expect(res.statusCode).toBe(409);
  });

  it('resets a password: a temporary one, shown once, that must be changed', async () => {
    const u = await t.newUser({ role: 'officer' });
    const res = await admin.request('POST', `/api/users/${u.id}/reset-password`);
    const { temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^[a-zA-Z2-9]{12}$/);
    const s = await t.login(u, temporaryPassword);
    expect((await s.request('GET', '/api/auth/session')).json().user.mustChangePassword).toBe(true);
  });

  it('lists and filters users', async () => {
    const res = await admin.request('GET', `/api/users?role=artisan&centreId=${centreId}`);
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual(['rina.perajin']);
    const bad = await admin.request('GET', '/api/users?pageSize=1000');
    expect(bad.json().fields).toEqual([{ path: 'querystring.pageSize', message: 'Maksimal 100.' }]);
  });
});

describe('who may manage users', () => {
  it('refuses every other role, in Indonesian', async () => {
    for (const role of ['officer', 'manager', 'consultant', 'artisan'] as const) {
      const s = await t.login(await t.newUser({ role }));
      const res = await s.request('GET', '/api/users');
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe('Anda tidak berhak melakukan tindakan ini.');
    }
  });
});
