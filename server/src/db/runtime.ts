import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { createDb, type Db } from './client.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded.js';
import { migrateDatabase } from './migrate.js';

export interface Database {
  db: Db;
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'sentra';

/** The database a process works on: DATABASE_URL, or the embedded server under DATA_DIR/pg. */
export async function openDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database> {
  let server: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  if (!url) {
    server = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      log,
    });
    await ensureDatabase(server.url('postgres'), EMBEDDED_DATABASE);
    url = server.url(EMBEDDED_DATABASE);
  }
  const { db, pool } = createDb(url);
  return {
    db,
    pool,
    url,
    embedded: !!server,
    async close() {
      await pool.end();
      await server?.stop();
    },
  };
}

export async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export { migrateDatabase };
