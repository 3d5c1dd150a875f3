import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import type { Db } from '../src/db/client.js';
import type { Role } from '../src/modules/accounts/accounts.tables.js';
import { hashPassword } from '../src/modules/accounts/password.js';
import { insertUser } from '../src/modules/accounts/users.repository.js';
import { insertCentre } from '../src/modules/centres/centres.repository.js';
import { createTestDb, type TestDb } from './test-db.js';

export const TEST_PASSWORD = 'kata-sandi-uji-123';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  username: string;
  role: Role;
  centreId: string | null;
}

export interface Session {
  cookie: string;
  csrf: string;
  /** app.inject with this session's cookie (and CSRF token on writes). */
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  testDb: TestDb;
  config: Config;
  newCentre(overrides?: Partial<{ name: string; slug: string }>): Promise<{ id: string; name: string }>;
  newUser(opts: {
    role: Role;
    centreId?: string | null;
    username?: string;
    active?: boolean;
  }): Promise<TestUser>;
  login(user: { username: string }, password?: string): Promise<Session>;
  close(): Promise<void>;
}

const suffix = () => randomBytes(4).toString('hex');

/** The app on a fresh database of its own, with builders for the data a test needs. */
export async function buildTestApp(): Promise<TestContext> {
  const testDb = await createTestDb();
  const config = loadConfig({
    DATABASE_URL: testDb.url,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-42',
    LOG_LEVEL: 'silent',
    DATA_DIR: '.tmp/test-data',
  } as NodeJS.ProcessEnv);
  const app = await buildApp({ db: testDb.db, config, logger: false, serveWeb: false });
  await app.ready();

  const ctx: TestContext = {
    app,
    db: testDb.db,
    testDb,
    config,
    async newCentre(overrides = {}) {
      const s = suffix();
      const row = await insertCentre(testDb.db, {
        slug: overrides.slug ?? `sentra-uji-${s}`,
        name: overrides.name ?? `Sentra Uji ${s}`,
        industry: 'Batik',
        address: 'Jl. Uji No. 1',
        wilayahCode: '35.76.02.1001',
      });
      return { id: row.id, name: row.name };
    },
    async newUser({ role, centreId, username, active = true }) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const cid = centreId === undefined ? (role === 'admin' ? null : (await ctx.newCentre()).id) : centreId;
      const row = await insertUser(testDb.db, {
        username: username ?? `${role}-${suffix()}`,
        fullName: `Uji ${role}`,
        role,
        centreId: cid,
        passwordHash: await passwordHash,
        active,
      });
      return { id: row.id, username: row.username, role: row.role, centreId: row.centreId };
    },
    async login(user, password = TEST_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0] ?? '';
      const csrf = res.json().csrfToken as string;
      return {
        cookie,
        csrf,
        request: (method, url, body, headers = {}) =>
          app.inject({
            method: method as 'GET',
            url,
            headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...headers },
            ...(body === undefined ? {} : { payload: body as object }),
          }),
      };
    },
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
  return ctx;
}
