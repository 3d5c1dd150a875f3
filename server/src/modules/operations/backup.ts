import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Db } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { migrationsFolder } from '../../lib/paths.js';

/**
 * Logical backup of every table, independent of the server's version (the embedded server has
 * no pg_dump, and a Debian pg_dump cannot dump a newer server): gzip'd JSON lines, one header,
 * then per table a line `#table name` and one line per row (the row as PostgreSQL's jsonb text,
 * so every type keeps its exact value). Restore re-creates the schema by migrations and inserts
 * the rows in foreign-key order through jsonb_populate_recordset.
 */
const FORMAT = 'sentra-backup';
const BATCH = 500;
/** Starts the line that names the table whose rows follow (a row line is a JSON object). */
const TABLE_MARK = '#table ';

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const res = await db.execute<{ hash: string }>(
    sql`select hash from drizzle.__drizzle_migrations order by id`,
  );
  return res.rows.map((r) => r.hash);
}

/** Tables of the public schema, parents before children (so restore can insert in this order). */
async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = (
    await db.execute<{ name: string }>(
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).rows.map((r) => r.name);
  const deps = (
    await db.execute<{ child: string; parent: string }>(sql`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`)
  ).rows;
  const ordered: string[] = [];
  const visit = (t: string, seen: Set<string>) => {
    if (ordered.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent, seen);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

export async function backupDatabase(db: Db, file: string): Promise<Header> {
  const tables = await tablesInDependencyOrder(db);
  const migrations = await appliedMigrations(db);
  // One read-only snapshot for the whole dump, read table by table through a cursor.
  return db.transaction(
    async (tx) => {
      const counts: Header['tables'] = [];
      for (const name of tables) {
        const res = await tx.execute<{ n: number }>(
          sql`select count(*)::int as n from ${sql.identifier(name)}`,
        );
        counts.push({ name, rows: res.rows[0]?.n ?? 0 });
      }
      const header: Header = {
        format: FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migrations,
        tables: counts,
      };
      async function* lines() {
        yield `${JSON.stringify(header)}\n`;
        for (const name of tables) {
          yield `${TABLE_MARK}${name}\n`;
          // Rows travel as PostgreSQL's own JSON text, never parsed by JavaScript: numerics keep
          // their scale and big integers their digits.
          await tx.execute(
            sql`declare dump cursor for select to_jsonb(t)::text as r from ${sql.identifier(name)} t`,
          );
          for (;;) {
            const res = await tx.execute<{ r: string }>(sql.raw(`fetch ${BATCH} from dump`));
            for (const row of res.rows) yield `${row.r}\n`;
            if (res.rows.length < BATCH) break;
          }
          await tx.execute(sql`close dump`);
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
      return header;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export class RestoreError extends Error {}

/** Replaces the whole database with the backup's contents. Stop the server first. */
export async function restoreDatabase(db: Db, file: string): Promise<Header> {
  const input = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const it = input[Symbol.asyncIterator]();
  const first = await it.next().catch(() => ({ done: true, value: '' }));
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new RestoreError(`${file} is not a Sentra backup (unreadable header)`);
  }
  if (header.format !== FORMAT) throw new RestoreError(`${file} is not a Sentra backup`);
  const ours = readMigrationFiles({ migrationsFolder }).map((m) => m.hash);
  if (header.migrations.length > ours.length || header.migrations.some((h, i) => h !== ours[i])) {
    throw new RestoreError(
      'This backup was made by another version of Sentra; restore it with that version.',
    );
  }
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema public cascade`);
  await db.execute(sql`create schema public`);
  await migrateDatabase(db);
  await db.transaction(async (tx) => {
    // Tables the migrations filled (reference data) are replaced by the backup's rows.
    for (const t of [...header.tables].reverse()) {
      if (t.name === 'audit_log') continue; // empty after migrate, and refuses TRUNCATE
      await tx.execute(sql`delete from ${sql.identifier(t.name)}`);
    }
    let table = '';
    let batch: string[] = [];
    const flush = async () => {
      if (!batch.length) return;
      await tx.execute(sql`insert into ${sql.identifier(table)}
        select * from jsonb_populate_recordset(null::${sql.identifier(table)}, ${`[${batch.join(',')}]`}::jsonb)`);
      batch = [];
    };
    for await (const line of { [Symbol.asyncIterator]: () => it }) {
      if (!line) continue;
      if (line.startsWith(TABLE_MARK)) {
        await flush();
        table = line.slice(TABLE_MARK.length);
        if (!header.tables.some((t) => t.name === table))
          throw new RestoreError(`unknown table ${table} in backup`);
      } else {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    // Serial columns continue after the restored ids.
    await tx.execute(sql`
      do $$ declare s record; begin
        for s in select seq.relname as seq, t.relname as tbl, a.attname as col
          from pg_class seq join pg_depend d on d.objid = seq.oid
          join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
          where seq.relkind = 'S' and seq.relnamespace = 'public'::regnamespace loop
          execute format('select setval(%L, coalesce((select max(%I) from %I), 0) + 1, false)', s.seq, s.col, s.tbl);
        end loop;
      end $$`);
  });
  return header;
}
