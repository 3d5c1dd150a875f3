import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db, DbOrTx } from '../../server/src/db/client.js';
import { listBusinesses } from '../../server/src/modules/registry/registry.repository.js';
import { ZBusinessListQuerySchema } from '../../server/src/modules/registry/registry.schemas.js';
import { loadSizeRule } from '../../server/src/modules/registry/size-class.js';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/**
 * The SQL statements the business list issues for a query string, exactly as the repository
 * builds them (captured from a stand-in db, compiled with drizzle's own PostgreSQL dialect).
 */
export async function listQueries(
  db: Db,
  centreId: string,
  query: Record<string, string>,
): Promise<CapturedQuery[]> {
  const dialect = new PgDialect();
  const captured: CapturedQuery[] = [];
  const fake = {
    execute: async (q: SQL) => {
      const { sql, params } = dialect.sqlToQuery(q);
      captured.push({ sql, params });
      return { rows: [], rowCount: 0 };
    },
  } as unknown as DbOrTx;
  const rule = await loadSizeRule(db);
  await listBusinesses(
    fake,
    { centre: { all: false, centreId }, onlyIds: null },
    ZBusinessListQuerySchema.parse(query),
    rule.thresholds,
  );
  return captured;
}

/** EXPLAIN (ANALYZE, BUFFERS) of one statement, as text; runs it twice and keeps the warm plan. */
export async function explainAnalyze(pool: pg.Pool, q: CapturedQuery): Promise<string> {
  const text = `explain (analyze, buffers) ${q.sql}`;
  await pool.query(text, q.params);
  const res = await pool.query<{ 'QUERY PLAN': string }>(text, q.params);
  return res.rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** Execution time (ms) reported by EXPLAIN ANALYZE for a plan text. */
export const executionMs = (plan: string) =>
  Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
