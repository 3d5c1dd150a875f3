import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { createDb, type Db } from '../../server/src/db/client.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded.js';
import { migrateDatabase } from '../../server/src/db/migrate.js';
import { projectRoot } from '../../server/src/lib/paths.js';
import { hashPassword } from '../../server/src/modules/accounts/password.js';
import { insertUser } from '../../server/src/modules/accounts/users.repository.js';
import { insertCentre } from '../../server/src/modules/centres/centres.repository.js';
import { type GeneratedBusiness, generateBusinesses } from './generate-businesses.js';

export const BENCH_PG_DIR = path.join(projectRoot, '.tmp/bench-pg');
export const BENCH_PG_PORT = 54377;
export const BENCH_DATABASE = 'sentra_bench';
export const BENCH_USERNAME = 'petugas-bench';
const BENCH_PASSWORD = 'kata-sandi-bench-2024';

export interface BenchServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** `sentra_session=…` for a Cookie header. */
  cookie: string;
  csrf: string;
  centreId: string;
  /** The bench database on the embedded server. */
  databaseUrl: string;
  db: Db;
  /** The app's pool (10 connections, as in production). */
  pool: pg.Pool;
  /** Timings of the set-up, in milliseconds. */
  timings: { startPg: number; migrate: number; load: number; vacuumAnalyze: number };
  rows: number;
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

/** One column of the bulk insert: its name, the element type of its unnest array, a getter. */
type Col = [name: string, arrayType: string, get: (b: GeneratedBusiness) => unknown, cast?: string];

const arrayLiteral = (xs: string[]) => `{${xs.join(',')}}`;

const COLUMNS: Col[] = [
  ['id', 'uuid', (b) => b.id],
  ['name', 'text', (b) => b.name],
  ['legal_form', 'text', (b) => b.legalForm],
  ['nib', 'text', (b) => b.nib],
  ['address', 'text', (b) => b.address],
  ['wilayah_code', 'text', (b) => b.wilayahCode],
  ['latitude', 'numeric', (b) => b.latitude],
  ['longitude', 'numeric', (b) => b.longitude],
  ['phone', 'text', (b) => b.phone],
  ['whatsapp', 'text', (b) => b.whatsapp],
  ['email', 'text', (b) => b.email],
  ['year_founded', 'smallint', (b) => b.yearFounded],
  ['techniques', 'text', (b) => arrayLiteral(b.techniques), 'text[]'],
  ['market_reach', 'text', (b) => arrayLiteral(b.marketReach), 'text[]'],
  ['member_since', 'date', (b) => b.memberSince],
  ['is_tenant', 'boolean', (b) => b.isTenant],
  ['workers_male', 'integer', (b) => b.workersMale],
  ['workers_female', 'integer', (b) => b.workersFemale],
  ['investment_idr', 'numeric', (b) => b.investmentIdr],
  ['investment_land_building_idr', 'numeric', (b) => b.investmentLandBuildingIdr],
  ['capacity_installed', 'numeric', (b) => b.capacityInstalled],
  ['capacity_used', 'numeric', (b) => b.capacityUsed],
  ['capacity_unit', 'text', (b) => b.capacityUnit],
  ['production_volume', 'numeric', (b) => b.productionVolume],
  ['production_value_idr', 'numeric', (b) => b.productionValueIdr],
  ['raw_material_value_idr', 'numeric', (b) => b.rawMaterialValueIdr],
  ['raw_material_note', 'text', (b) => b.rawMaterialNote],
  ['water_m3', 'numeric', (b) => b.waterM3],
  ['fuel_litre', 'numeric', (b) => b.fuelLitre],
  ['electricity_kwh', 'numeric', (b) => b.electricityKwh],
  ['machines_count', 'integer', (b) => b.machinesCount],
];

const INSERT_BUSINESSES = `
  insert into business (centre_id, ${COLUMNS.map(([n]) => n).join(', ')})
  select $1::uuid, ${COLUMNS.map(([n, , , cast]) => (cast ? `u.${n}::${cast}` : `u.${n}`)).join(', ')}
  from unnest(${COLUMNS.map(([, t], i) => `$${i + 2}::${t}[]`).join(', ')}) as u(${COLUMNS.map(([n]) => n).join(', ')})`;

const INSERT_KBLI = `
  insert into business_kbli (business_id, kbli_code)
  select * from unnest($1::uuid[], $2::text[])`;

const INSERT_CERTS = `
  insert into certification (business_id, kind, category, number, issued_on, valid_until)
  select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[])`;

/** Bulk-loads businesses (with their KBLI codes and certifications) in chunks of INSERT … unnest. */
export async function loadBusinesses(
  client: pg.ClientBase,
  centreId: string,
  businesses: Iterable<GeneratedBusiness>,
  chunk = 5_000,
): Promise<number> {
  let n = 0;
  let batch: GeneratedBusiness[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const b = batch;
    batch = [];
    await client.query(INSERT_BUSINESSES, [centreId, ...COLUMNS.map(([, , get]) => b.map(get))]);
    const kbli = b.flatMap((x) => x.kbliCodes.map((k) => [x.id, k] as const));
    await client.query(INSERT_KBLI, [kbli.map((k) => k[0]), kbli.map((k) => k[1])]);
    const certs = b.flatMap((x) => x.certifications.map((c) => ({ id: x.id, ...c })));
    if (certs.length)
      await client.query(INSERT_CERTS, [
        certs.map((c) => c.id),
        certs.map((c) => c.kind),
        certs.map((c) => c.category),
        certs.map((c) => c.number),
        certs.map((c) => c.issuedOn),
        certs.map((c) => c.validUntil),
      ]);
    n += b.length;
  };
  for (const b of businesses) {
    batch.push(b);
    if (batch.length >= chunk) await flush();
  }
  await flush();
  return n;
}

const ms = (since: number) => performance.now() - since;

/**
 * The whole benchmark fixture: its own embedded PostgreSQL in .tmp/bench-pg (port 54377), a
 * fresh migrated database with `rows` generated businesses of one centre, an officer signed in,
 * and the app listening on 127.0.0.1 (a free port) in this process.
 */
export async function startBenchServer(opts: {
  rows: number;
  seed?: number;
  /** Indexes to drop after migrating, to measure without them (an A/B of a migration). */
  dropIndexes?: string[];
  log?: (line: string) => void;
}): Promise<BenchServer> {
  const log = opts.log ?? (() => {});
  let t = performance.now();
  const server = await startEmbeddedPostgres({
    dir: BENCH_PG_DIR,
    port: BENCH_PG_PORT,
    log: (line) => {
      if (/FATAL|PANIC/.test(line)) log(`[postgres] ${line}`);
    },
  });
  const startPg = ms(t);
  let pool: pg.Pool | undefined;
  try {
    const admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query(`drop database if exists "${BENCH_DATABASE}" with (force)`);
    await admin.query(`create database "${BENCH_DATABASE}"`);
    await admin.end();

    const created = createDb(server.url(BENCH_DATABASE));
    pool = created.pool;
    const db = created.db;
    t = performance.now();
    await migrateDatabase(db);
    const migrate = ms(t);
    for (const name of opts.dropIndexes ?? []) {
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not an index name: ${name}`);
      await pool.query(`drop index ${name}`);
      log(`dropped index ${name}`);
    }

    const centre = await insertCentre(db, {
      slug: 'sentra-ikm-batik-bench',
      name: 'Sentra IKM Batik Kota Mojokerto (bench)',
      industry: 'Batik',
      address: 'Jl. Kedungsari, Kel. Gununggedangan, Kec. Magersari, Kota Mojokerto',
      wilayahCode: '35.76.02.1001',
    });
    await insertUser(db, {
      username: BENCH_USERNAME,
      fullName: 'Petugas Bench',
      role: 'officer',
      centreId: centre.id,
      passwordHash: await hashPassword(BENCH_PASSWORD),
    });

    log(`loading ${opts.rows} businesses…`);
    t = performance.now();
    const client = await pool.connect();
    let load: number;
    let vacuumAnalyze: number;
    try {
      await client.query('set synchronous_commit = off');
      await loadBusinesses(client, centre.id, generateBusinesses(opts.rows, { seed: opts.seed }));
      load = ms(t);
      t = performance.now();
      // Steady state of a live database (autovacuum gets there within minutes): statistics and
      // visibility map for every table, the reference data loaded by the migration included.
      await client.query('vacuum (analyze)');
      vacuumAnalyze = ms(t);
    } finally {
      client.release();
    }

    const config = loadConfig({
      DATABASE_URL: server.url(BENCH_DATABASE),
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-42',
      LOG_LEVEL: 'silent',
      DATA_DIR: '.tmp/bench-data',
      SEED_DEMO: 'never',
    } as NodeJS.ProcessEnv);
    const app = await buildApp({ db, config, logger: false, serveWeb: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;

    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: BENCH_USERNAME, password: BENCH_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const { csrfToken } = (await res.json()) as { csrfToken: string };

    const openPool = pool;
    return {
      url,
      cookie,
      csrf: csrfToken,
      centreId: centre.id,
      databaseUrl: server.url(BENCH_DATABASE),
      db,
      pool: openPool,
      timings: { startPg, migrate, load, vacuumAnalyze },
      rows: opts.rows,
      async stop({ keepData = false } = {}) {
        await app.close();
        await openPool.end();
        await server.stop();
        if (!keepData) rmSync(BENCH_PG_DIR, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await pool?.end().catch(() => {});
    await server.stop().catch(() => {});
    throw err;
  }
}
