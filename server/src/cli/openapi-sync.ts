import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createDb } from '../db/client.js';
import { projectRoot } from '../lib/paths.js';

// Writes openapi/openapi.json from the route schemas. No database is contacted: the app is only
// built, never listens. CI regenerates it (and the web client) and fails on any difference.
const config = loadConfig({
  DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
  SESSION_SECRET: 'x'.repeat(32),
  LOG_LEVEL: 'silent',
} as NodeJS.ProcessEnv);
const { db, pool } = createDb(config.databaseUrl ?? '');
const app = await buildApp({ db, config, logger: false, serveWeb: false });
await app.ready();
const file = path.join(projectRoot, 'openapi/openapi.json');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await pool.end();
console.log(`OpenAPI ditulis: ${path.relative(projectRoot, file)}`);
