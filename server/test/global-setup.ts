import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { projectRoot } from '../src/lib/paths.js';

export const TEMPLATE_DB = 'sentra_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * Once per test run: a PostgreSQL server (the embedded one, or TEST_DATABASE_URL's server, e.g.
 * Debian's PostgreSQL 15 in CI) with a template database migrated and loaded with reference data.
 * Each test file clones it (CREATE DATABASE … TEMPLATE), which takes a fraction of a second.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    // A cluster of its own per run (a free port, a fresh folder), so parallel runs never collide.
    mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(projectRoot, '.tmp/test-pg-'));
    chmodSync(dir, 0o755); // the server runs as the "postgres" system user when we are root
    const server = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort() });
    adminUrl = server.url('postgres');
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Leftovers of an interrupted run.
  const stale = await admin.query(`select datname from pg_database where datname like 'sentra_test_%'`);
  for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
  await admin.query(`create database "${TEMPLATE_DB}"`);
  const { db, pool } = createDb(withDatabase(adminUrl, TEMPLATE_DB), 2);
  await migrateDatabase(db);
  await pool.end();
  await admin.end();
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await stop?.();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
