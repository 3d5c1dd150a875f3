import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../modules/operations/backup.js';
import { withDatabase } from './cli-database.js';

// npm run backup [FILE]  (default: backups/sentra-YYYYMMDD-HHMMSS.jsonl.gz)
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const file = path.resolve(process.argv[2] ?? `backups/sentra-${stamp}.jsonl.gz`);
mkdirSync(path.dirname(file), { recursive: true });

await withDatabase(async ({ db }) => {
  const header = await backupDatabase(db, file);
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`Cadangan ditulis: ${file} (${header.tables.length} tabel, ${rows} baris).`);
});
