/**
 * Database-side capacity of the kecamatan + fuzzy search, today's statements against the proposed
 * single statement (bench/lib/list-consolidated.ts): `npx tsx bench/db-capacity.ts`. Loads the
 * same fixture as `npm run bench`, then drives PostgreSQL directly (no HTTP, no Fastify) from
 * BENCH_CONNECTIONS clients for BENCH_SECONDS per variant. Env as for run.ts (BENCH_ROWS…).
 */
import pg from 'pg';
import { loadSizeRule } from '../server/src/modules/registry/size-class.js';
import { startBenchServer } from './lib/bench-server.js';
import { type CapturedQuery, listQueries } from './lib/explain.js';
import { CONSOLIDATED_LIST_SQL, consolidatedParams } from './lib/list-consolidated.js';
import { SEARCH_CASES } from './lib/search-cases.js';

const num = (name: string, fallback: number) => Number(process.env[name] || fallback);
const ROWS = num('BENCH_ROWS', 100_000);
const SECONDS = num('BENCH_SECONDS', 10);
const CONNECTIONS = num('BENCH_CONNECTIONS', 10);
const DROP_INDEXES = (process.env.BENCH_DROP_INDEXES ?? '').split(',').filter(Boolean);

const SESSION_SQL =
  'select * from session s join app_user u on u.id = s.user_id where s.id_hash = $1 limit 1';
// What loadSizeRule sends, six times per request (one per threshold).
const SIZE_RULE_SQL =
  'select distinct on (key) key, value, unit, description, legal_source, valid_from from regulation_parameter ' +
  'where valid_from <= $1 order by key, valid_from desc';

async function main() {
  const log = (line: string) => process.stderr.write(`[db-capacity] ${line}\n`);
  const s = await startBenchServer({ rows: ROWS, log, dropIndexes: DROP_INDEXES });
  try {
    const url = s.databaseUrl;
    const rule = await loadSizeRule(s.db);
    const today: CapturedQuery[][] = [];
    for (const c of SEARCH_CASES)
      today.push(await listQueries(s.db, s.centreId, { kecamatan: c.kecamatan, q: c.q }));
    const proposed = SEARCH_CASES.map((c) => consolidatedParams(c, s.centreId, rule.thresholds));
    const session = (await s.pool.query<{ id_hash: string }>('select id_hash from session limit 1')).rows[0]
      ?.id_hash;
    const date = new Date().toISOString().slice(0, 10);

    // Same answers: the proposed statement's total equals today's count for every case.
    for (const [i, c] of SEARCH_CASES.entries()) {
      const count = today[i]?.[1];
      if (!count) throw new Error('the list sent fewer than two statements');
      const a = (await s.pool.query<{ n: number }>(count.sql, count.params)).rows[0]?.n;
      const b = (await s.pool.query<{ total: number }>(CONSOLIDATED_LIST_SQL, proposed[i])).rows[0]?.total;
      if (a !== b) throw new Error(`${c.q}@${c.kecamatan}: today ${a}, proposed ${b}`);
    }
    log('the proposed statement returns the same totals as today for all 20 cases');

    const variants: [string, (cl: pg.Client, i: number) => Promise<void>][] = [
      [
        'today: session + 6 size-rule + 4 list statements',
        async (cl, i) => {
          await cl.query(SESSION_SQL, [session]);
          for (let k = 0; k < 6; k++) await cl.query(SIZE_RULE_SQL, [date]);
          for (const q of today[i % today.length] ?? []) await cl.query(q.sql, q.params);
        },
      ],
      [
        'size rule cached: session + 4 list statements',
        async (cl, i) => {
          await cl.query(SESSION_SQL, [session]);
          for (const q of today[i % today.length] ?? []) await cl.query(q.sql, q.params);
        },
      ],
      [
        'proposed: session + 1 list statement',
        async (cl, i) => {
          await cl.query(SESSION_SQL, [session]);
          await cl.query(CONSOLIDATED_LIST_SQL, proposed[i % proposed.length]);
        },
      ],
    ];
    const out: string[] = [];
    for (const [name, one] of variants) {
      const clients = await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          return c;
        }),
      );
      let done = 0;
      const end = performance.now() + SECONDS * 1000;
      await Promise.all(
        clients.map(async (cl, w) => {
          for (let i = w; performance.now() < end; i++) {
            await one(cl, i);
            done++;
          }
        }),
      );
      await Promise.all(clients.map((c) => c.end()));
      out.push(`${name.padEnd(52)} ${String(Math.round(done / SECONDS)).padStart(5)} searches/s`);
      log(out[out.length - 1] ?? '');
    }
    console.log(`\nDatabase-side capacity, ${ROWS} rows, ${CONNECTIONS} connections, ${SECONDS} s each:`);
    for (const line of out) console.log(line);
  } finally {
    await s.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
