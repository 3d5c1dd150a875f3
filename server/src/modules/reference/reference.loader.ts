import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { sha256 } from '../../lib/crypto.js';
import { parseCsvObjects } from '../../lib/csv.js';
import { referenceDataFolder } from '../../lib/paths.js';
import { referenceDataset } from './reference.tables.js';

interface Dataset {
  name: string;
  file: string;
  source: string;
  load: (tx: Tx, rows: Record<string, string>[]) => Promise<void>;
}

const CHUNK = 5000;

/** Upserts rows through unnest() arrays: one statement per few thousand rows. */
async function upsertChunks(tx: Tx, rows: unknown[][], statement: (cols: SQLWrapper[]) => SQLWrapper) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    // Each column goes as one array parameter (drizzle would otherwise spread an array into a list).
    const cols = chunk[0]?.map((_, c) => sql.param(chunk.map((r) => r[c]))) ?? [];
    await tx.execute(statement(cols));
  }
}

const wilayahLevel = (code: string) => code.split('.').length;
const wilayahParent = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

const DATASETS: Dataset[] = [
  {
    name: 'wilayah',
    file: 'wilayah.csv',
    source: 'Kepmendagri No. 300.2.2-2138 Tahun 2025, via cahyadsn/wilayah (MIT) b7ad440',
    load: (tx, rows) =>
      upsertChunks(
        tx,
        rows.map((r) => [r.kode, r.nama, wilayahLevel(r.kode ?? ''), wilayahParent(r.kode ?? '')]),
        ([code, name, level, parent]) => sql`
          insert into wilayah (code, name, level, parent_code)
          select * from unnest(${code}::text[], ${name}::text[], ${level}::int2[], ${parent}::text[])
          on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code`,
      ),
  },
  {
    name: 'kbli-2020',
    file: 'kbli-2020.csv',
    source: 'KBLI 2020, Peraturan BPS No. 2 Tahun 2020 (subset for small industry)',
    load: (tx, rows) =>
      upsertChunks(
        tx,
        rows.map((r) => [r.code, r.title, r.level, r.parent_code || null]),
        ([code, title, level, parent]) => sql`
          insert into kbli (code, title, level, parent_code)
          select * from unnest(${code}::text[], ${title}::text[], ${level}::text[], ${parent}::text[])
          on conflict (code) do update set title = excluded.title, level = excluded.level, parent_code = excluded.parent_code`,
      ),
  },
  {
    name: 'regulation-parameters',
    file: 'regulation-parameters.csv',
    source: 'Compiled from the regulations named in each row (see SOURCES.md)',
    load: (tx, rows) =>
      upsertChunks(
        tx,
        rows.map((r) => [r.key, r.value, r.unit, r.description, r.legal_source, r.valid_from]),
        ([key, value, unit, description, legalSource, validFrom]) => sql`
          insert into regulation_parameter (key, value, unit, description, legal_source, valid_from)
          select * from unnest(${key}::text[], ${value}::numeric[], ${unit}::text[], ${description}::text[],
                               ${legalSource}::text[], ${validFrom}::date[])
          on conflict (key, valid_from) do update set value = excluded.value, unit = excluded.unit,
            description = excluded.description, legal_source = excluded.legal_source`,
      ),
  },
];

/**
 * Loads each shipped reference file whose checksum differs from the one loaded last, in its own
 * transaction. Rows are upserted, never deleted: records may already point at a code.
 */
export async function syncReferenceData(db: Db): Promise<void> {
  for (const ds of DATASETS) {
    const text = readFileSync(path.join(referenceDataFolder, ds.file), 'utf8');
    const checksum = sha256(text);
    const loaded = await db.select().from(referenceDataset).where(eq(referenceDataset.name, ds.name));
    if (loaded[0]?.checksum === checksum) continue;
    const rows = parseCsvObjects(text);
    await db.transaction(async (tx) => {
      await ds.load(tx, rows);
      await tx
        .insert(referenceDataset)
        .values({ name: ds.name, checksum, rows: rows.length, source: ds.source })
        .onConflictDoUpdate({
          target: referenceDataset.name,
          set: { checksum, rows: rows.length, source: ds.source, loadedAt: new Date() },
        });
    });
  }
}
