import { migrateDatabase } from '../db/migrate.js';
import { withDatabase } from './cli-database.js';

await withDatabase(async ({ db }) => {
  await migrateDatabase(db);
  console.log('Migrasi basis data selesai.');
});
