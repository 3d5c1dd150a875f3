import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreDatabase } from '../modules/operations/backup.js';
import { withDatabase } from './cli-database.js';

// npm run restore FILE — replaces the whole database with the backup. Stop Sentra first.
const arg = process.argv[2];
if (!arg || !existsSync(arg)) {
  console.error(
    arg
      ? `File cadangan tidak ditemukan: ${arg}`
      : 'Pakai: npm run restore -- FILE (berkas dari npm run backup)',
  );
  process.exit(2);
}
await withDatabase(async ({ db }) => {
  const header = await restoreDatabase(db, path.resolve(arg));
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Dipulihkan dari ${arg} (dibuat ${header.createdAt}): ${header.tables.length} tabel, ${rows} baris.`,
  );
});
