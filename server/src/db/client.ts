import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; repositories accept either so a service can group writes. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

// Return DATE columns as 'YYYY-MM-DD' strings and bigint counts as numbers: no time-zone shifts.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

export function createDb(url: string, max = 10): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // Fuzzy name search (pg_trgm `<%`): 0.5 instead of the default 0.6 still finds a one-letter
    // typo in a short word ("kencna" → "Kencana"), measured in bench/.
    options: '-c pg_trgm.word_similarity_threshold=0.5',
  });
  pool.on('error', () => {}); // an idle client's error surfaces on the next query
  const db = drizzle(pool, { schema });
  return { db, pool };
}
