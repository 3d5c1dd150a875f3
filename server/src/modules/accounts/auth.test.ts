import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_PASSWORD, type TestContext } from '../../../test/build-test-app.js';
import { LOGIN_POLICY } from './login-policy.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('login', () => {
  it('signs in with a session cookie that scripts cannot read, and returns the user and CSRF token', async () => {
    const u = await t.newUser({ role: 'officer' });
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sentra_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // http://localhost public URL
    const body = res.json();
    expect(body.user).toMatchObject({ username: u.username, role: 'officer', centreId: u.centreId });
    expect(body.centre.id).toBe(u.centreId);
    expect(body.csrfToken).toHaveLength(43);
  });

  it('says "wrong username or password" in Indonesian, the same for an unknown user', async () => {
    const u = await t.newUser({ role: 'manager' });
    const wrong = await login(u.username, 'salah-sekali-123');
    const unknown = await login('tidak-ada-orangnya', 'salah-sekali-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Nama pengguna atau kata sandi salah.',
    });
    expect(unknown.json().message).toBe(wrong.json().message);
  });

  it('answers in English when the browser asks for English', async () => {
    const res = await login('nobody', 'whatever-123', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.json().message).toBe('Wrong username or password.');
  });

  it('refuses a disabled user with a message to contact the admin', async () => {
    const u = await t.newUser({ role: 'consultant', active: false });
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('Akun Anda dinonaktifkan. Hubungi admin Dinas.');
  });

  it('locks the account after repeated failures, even for the right password, and says for how long', async () => {
    const u = await t.newUser({ role: 'artisan' });
    for (let i = 1; i < LOGIN_POLICY.maxFailedLogins; i++)
      expect((await login(u.username, 'salah-123456')).statusCode).toBe(401);
    const locking = await login(u.username, 'salah-123456');
    expect(locking.statusCode).toBe(423);
    expect(locking.json().message).toContain(`coba lagi dalam ${LOGIN_POLICY.lockMinutes} menit`);
    const right = await login(u.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    // After the lock runs out the right password works again.
    await t.db.execute(
      sql`update app_user set locked_until = now() - interval '1 second' where id = ${u.id}`,
    );
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits an address that keeps failing, whatever the usernames', async () => {
    await t.db.execute(sql`insert into login_attempt (ip, username, ok)
      select '10.9.9.9', 'u' || g, false from generate_series(1, ${LOGIN_POLICY.maxFailuresPerIp}) g`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'siapa', password: 'apa-saja-123' },
      remoteAddress: '10.9.9.9',
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().message).toContain('Terlalu banyak percobaan dari alamat ini');
  });
});

describe('session', () => {
  it('is refused once expired, with a message to sign in again', async () => {
    const u = await t.newUser({ role: 'officer' });
    const s = await t.login(u);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(200);
    await t.db.execute(
      sql`update session set expires_at = now() - interval '1 minute' where user_id = ${u.id}`,
    );
    const res = await s.request('GET', '/api/auth/session');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'SESSION_EXPIRED',
      message: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    });
  });

  it('ends on logout: the cookie no longer opens anything', async () => {
    const u = await t.newUser({ role: 'officer' });
    const s = await t.login(u);
    expect((await s.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await s.request('GET', '/api/centres')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token, and writes nothing', async () => {
    const u = await t.newUser({ role: 'officer' });
    const s = await t.login(u);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/preferences',
      headers: { cookie: s.cookie },
      payload: { lang: 'en' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    const wrongToken = await s.request(
      'PATCH',
      '/api/auth/preferences',
      { lang: 'en' },
      { 'x-csrf-token': 'x'.repeat(43) },
    );
    expect(wrongToken.statusCode).toBe(403);
    const row = await t.db.execute<{ lang: string }>(sql`select lang from app_user where id = ${u.id}`);
    expect(row.rows[0]?.lang).toBe('id');
  });

  it('keeps the chosen language on the account', async () => {
    const u = await t.newUser({ role: 'manager' });
    const s = await t.login(u);
    expect((await s.request('PATCH', '/api/auth/preferences', { lang: 'en' })).statusCode).toBe(204);
    expect((await s.request('GET', '/api/auth/session')).json().user.lang).toBe('en');
  });
});

describe('change password', () => {
  it('needs the current password, then signs out the other devices but not this one', async () => {
    const u = await t.newUser({ role: 'consultant' });
    const here = await t.login(u);
    const elsewhere = await t.login(u);
    const wrong = await here.request('POST', '/api/auth/password', {
      currentPassword: 'bukan-ini-123',
      newPassword: 'sandi-baru-yang-panjang',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe('Kata sandi saat ini salah.');
    const short = await here.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'pendek',
    });
    expect(short.json().fields).toEqual([
      { path: 'newPassword', message: 'Kata sandi minimal 10 karakter.' },
    ]);
    const ok = await here.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'sandi-baru-yang-panjang',
    });
    expect(ok.statusCode).toBe(204);
    expect((await here.request('GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(u.username, 'sandi-baru-yang-panjang')).statusCode).toBe(200);
  });
});

describe('secure cookies', () => {
  it('marks the cookie Secure when the public URL is https', async () => {
    const { buildApp } = await import('../../app.js');
    const { loadConfig } = await import('../../config.js');
    const config = loadConfig({
      DATABASE_URL: t.testDb.url,
      SESSION_SECRET: 's'.repeat(40),
      PUBLIC_URL: 'https://sentra.mojokertokota.go.id',
    } as NodeJS.ProcessEnv);
    const app = await buildApp({ db: t.db, config, logger: false, serveWeb: false });
    const u = await t.newUser({ role: 'officer' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: TEST_PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
    await app.close();
  });
});
