import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.js';
import { backupDatabase, RestoreError, restoreDatabase } from './backup.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** Every table's row count and a checksum of its rows, to compare two states of the database. */
async function fingerprint() {
  const tables = await t.db.execute<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await t.db.execute<{ n: number; h: string | null }>(
      sql`select count(*)::int as n, md5(string_agg(to_jsonb(x)::text, '|' order by to_jsonb(x)::text)) as h from ${sql.identifier(name)} x`,
    );
    out[name] = `${r.rows[0]?.n}:${r.rows[0]?.h}`;
  }
  return out;
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives back the same rows, and new ids continue after the old', async () => {
    const admin = await t.login(await t.newUser({ role: 'admin' }));
    const centre = await t.newCentre({ name: 'Sentra Cadangan' });
    await admin.request('PATCH', `/api/centres/${centre.id}`, {
      phone: '0321-1',
      description: 'Deskripsi "berkutip", baris\nbaru',
    });
    await admin.request('POST', '/api/tokens', {
      name: 'Token cadangan',
      role: 'officer',
      centreId: centre.id,
    });
    const before = await fingerprint();
    expect(before.audit_log).not.toMatch(/^0:/);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sentra-backup-')), 'cadangan.jsonl.gz');
    const header = await backupDatabase(t.db, file);
    expect(header.tables.find((x) => x.name === 'wilayah')?.rows).toBeGreaterThan(90_000);

    await t.db.execute(sql`drop schema public cascade`);
    await t.db.execute(sql`create schema public`);
    await restoreDatabase(t.db, file);
    expect(await fingerprint()).toEqual(before);

    const maxId =
      (await t.db.execute<{ m: number }>(sql`select max(id)::int as m from audit_log`)).rows[0]?.m ?? 0;
    await admin.request('PATCH', `/api/centres/${centre.id}`, { phone: '0321-2' });
    const newest =
      (await t.db.execute<{ m: number }>(sql`select max(id)::int as m from audit_log`)).rows[0]?.m ?? 0;
    expect(newest).toBe(maxId + 1);
  }, 120_000);

  it('refuses a file that is not a Sentra backup, changing nothing', async () => {
    const before = await fingerprint();
    await expect(restoreDatabase(t.db, path.resolve('package.json'))).rejects.toThrow();
    expect(await fingerprint()).toEqual(before);
    expect(RestoreError).toBeDefined();
  });
});
