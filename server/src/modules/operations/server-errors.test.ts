import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { buildApp } from '../../app.js';
import { createDb } from '../../db/client.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('a server fault', () => {
  it('answers 500 with the request id and nothing internal, and logs the details with that id', async () => {
    const lines: string[] = [];
    // A pool pointed at a database that does not exist: every query fails inside the server.
    const { db, pool } = createDb(t.testDb.url.replace(/\/[^/]+$/, '/tidak_ada'), 1);
    const app = await buildApp({
      db,
      config: t.config,
      serveWeb: false,
      logger: { level: 'error', stream: { write: (l: string) => lines.push(l) } } as never,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a', password: 'b' },
    });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.code).toBe('INTERNAL');
    expect(body.message).toBe(
      `Terjadi kesalahan di server. Coba lagi; bila berulang, sebutkan kode permintaan ${body.requestId} kepada admin.`,
    );
    expect(res.body).not.toMatch(/tidak_ada|database|stack|pg/i);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.reqId === body.requestId);
    expect(logged?.err?.message).toMatch(/tidak_ada/);
    expect((await app.inject('/ready')).statusCode).toBe(503);
    await app.close();
    await pool.end();
  });

  it('keeps passwords, cookies and tokens out of the log', async () => {
    const lines: string[] = [];
    const app = await buildApp({
      db: t.db,
      config: t.config,
      serveWeb: false,
      logger: {
        level: 'trace',
        redact: (await import('../../app.js')).LOG_REDACT,
        stream: { write: (l: string) => lines.push(l) },
        serializers: {
          req: (req: { headers: unknown; body: unknown }) => ({ headers: req.headers, body: req.body }),
        },
      } as never,
    });
    const u = await t.newUser({ role: 'officer' });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: 'rahasia-sekali-987' },
      headers: { cookie: 'sentra_session=kue-rahasia', authorization: 'Bearer sentra_abcdefgh_rahasia' },
    });
    const all = lines.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain('rahasia');
    await app.close();
  });
});
