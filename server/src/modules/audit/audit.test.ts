import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { recordAudit } from './audit.service.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('cannot be rewritten: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await recordAudit(t.db, null, {
      entity: 'uji',
      entityId: '1',
      centreId: null,
      action: 'create',
      after: { a: 1 },
    });
    const refused = async (statement: Promise<unknown>) => {
      const err = (await statement.then(
        () => null,
        (e: unknown) => e,
      )) as { cause?: Error } | null;
      expect(err?.cause?.message).toMatch(/audit_log is append-only/);
    };
    await refused(t.db.execute(sql`update audit_log set entity = 'x'`));
    await refused(t.db.execute(sql`delete from audit_log`));
    await refused(t.db.execute(sql`truncate audit_log`));
    expect(
      (await t.db.execute(sql`select count(*)::int as n from audit_log where entity = 'uji'`)).rows[0],
    ).toEqual({ n: 1 });
  });

  it('commits or rolls back with the change it describes', async () => {
    const count = async () =>
      (
        await t.db.execute<{ n: number }>(
          sql`select count(*)::int as n from audit_log where entity = 'rollback'`,
        )
      ).rows[0]?.n;
    await expect(
      t.db.transaction(async (tx) => {
        await recordAudit(tx, null, {
          entity: 'rollback',
          entityId: '1',
          centreId: null,
          action: 'create',
          after: { a: 1 },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(0);
  });

  it('filters by date in Jakarta time and pages', async () => {
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const res = await admin.request('GET', `/api/audit?from=${today}&to=${today}&pageSize=1`);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().total).toBeGreaterThanOrEqual(1);
    const none = await admin.request('GET', '/api/audit?to=2000-01-01');
    expect(none.json()).toMatchObject({ items: [], total: 0 });
    const bad = await admin.request('GET', '/api/audit?from=28-11-2026');
    expect(bad.json().fields).toEqual([
      { path: 'querystring.from', message: 'Tanggal berformat TTTT-BB-HH.' },
    ]);
  });
});
