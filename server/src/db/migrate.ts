import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { migrationsFolder } from '../lib/paths.js';
import { syncReferenceData } from '../modules/reference/reference.loader.js';
import type { Db } from './client.js';

/** Applies pending migrations, then (re)loads the shipped reference data if it changed. */
export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
  await syncReferenceData(db);
}
