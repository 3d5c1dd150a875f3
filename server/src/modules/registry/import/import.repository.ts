import { and, eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { type AuditChanges, auditLog } from '../../audit/audit.tables.js';
import type { BusinessInsert, BusinessRow } from '../registry.repository.js';
import { businesses, businessKbli, businessPeople, people, registryImports } from '../registry.tables.js';

/*
 * Set-at-a-time twins of the registry repository's one-row functions: an import checks and writes
 * thousands of rows, and one query per row would take the 10,000-row import far past 5 s. Long
 * lists travel as one JSON parameter (no 65,535-parameter ceiling, one plan).
 */

const jsonText = (values: readonly string[]) =>
  sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** Rows per write statement: big enough to be quick, small enough to keep each JSON parameter modest. */
const CHUNK = 2000;
const chunks = <T>(items: T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

/**
 * INSERT … SELECT FROM jsonb_to_recordset: a chunk of rows is one JSON parameter that PostgreSQL
 * unpacks with the columns' own types — far cheaper than binding 40 parameters per row. Columns
 * no row gives are left to their defaults.
 */
async function insertViaJson<T extends PgTable>(db: DbOrTx, table: T, rows: Partial<T['$inferInsert']>[]) {
  if (!rows.length) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k in columns);
  const dbName = (k: string) => (columns[k] as { name: string }).name;
  const list = sql.join(
    keys.map((k) => sql.identifier(dbName(k))),
    sql`, `,
  );
  const types = sql.join(
    keys.map(
      (k) =>
        sql`${sql.identifier(dbName(k))} ${sql.raw((columns[k] as { getSQLType(): string }).getSQLType())}`,
    ),
    sql`, `,
  );
  for (const chunk of chunks(rows)) {
    const json = JSON.stringify(
      chunk.map((r) =>
        Object.fromEntries(keys.map((k) => [dbName(k), (r as Record<string, unknown>)[k] ?? null])),
      ),
    );
    await db.execute(sql`insert into ${sql.identifier(getTableName(table))} (${list})
      select ${list} from jsonb_to_recordset(${json}::jsonb) as x(${types})`);
  }
}

/** A raw row (snake_case, as pg returns it) keyed by the table's drizzle property names. */
function fromDbRow<T extends PgTable>(table: T, raw: Record<string, unknown>): T['$inferSelect'] {
  const columns = getTableColumns(table);
  return Object.fromEntries(
    Object.entries(columns).map(([k, c]) => [k, raw[(c as { name: string }).name] ?? null]),
  ) as T['$inferSelect'];
}

export async function knownKbliCodes(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const res = await db.execute<{ code: string }>(sql`select code from kbli where code in ${jsonText(codes)}`);
  return new Set(res.rows.map((r) => r.code));
}

export async function knownWilayahCodes(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const res = await db.execute<{ code: string }>(
    sql`select code from wilayah where code in ${jsonText(codes)}`,
  );
  return new Set(res.rows.map((r) => r.code));
}

export interface MatchCandidate {
  id: string;
  name: string;
  nib: string | null;
  centreId: string;
  wilayahCode: string;
  mergedIntoId: string | null;
}

const candidateColumns = {
  id: businesses.id,
  name: businesses.name,
  nib: businesses.nib,
  centreId: businesses.centreId,
  wilayahCode: businesses.wilayahCode,
  mergedIntoId: businesses.mergedIntoId,
};

/** The businesses holding any of these NIBs, in any centre (a NIB is unique nationwide). */
export async function businessesByNib(db: DbOrTx, nibs: string[]): Promise<MatchCandidate[]> {
  if (!nibs.length) return [];
  return db
    .select(candidateColumns)
    .from(businesses)
    .where(sql`${businesses.nib} in ${jsonText(nibs)}`);
}

/** How names are compared: case and runs of spaces folded, as findBusinessByNameAndKelurahan does. */
export const foldName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Active businesses of the centre with one of these (folded name, kelurahan) pairs. */
export async function businessesByNameAndKelurahan(
  db: DbOrTx,
  centreId: string,
  pairs: { name: string; wilayahCode: string }[],
): Promise<(MatchCandidate & { folded: string })[]> {
  if (!pairs.length) return [];
  const json = JSON.stringify(pairs.map((p) => ({ n: foldName(p.name), w: p.wilayahCode })));
  const folded = sql<string>`regexp_replace(lower(trim(${businesses.name})), '\\s+', ' ', 'g')`;
  return db
    .select({ ...candidateColumns, folded })
    .from(businesses)
    .where(
      and(
        eq(businesses.centreId, centreId),
        sql`${businesses.mergedIntoId} is null`,
        sql`(${businesses.wilayahCode}, ${folded}) in (select w, n from jsonb_to_recordset(${json}::jsonb) as x(n text, w text))`,
      ),
    );
}

export async function insertImport(db: DbOrTx, values: typeof registryImports.$inferInsert) {
  const rows = await db.insert(registryImports).values(values).returning({ id: registryImports.id });
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0].id;
}

export async function findImport(db: DbOrTx, id: string, forUpdate = false) {
  const q = db.select().from(registryImports).where(eq(registryImports.id, id));
  const rows = await (forUpdate ? q.for('update') : q);
  return rows[0];
}

export async function markCommitted(db: DbOrTx, id: string, summary: Record<string, unknown>) {
  await db
    .update(registryImports)
    .set({ status: 'committed', summary, committedAt: new Date() })
    .where(eq(registryImports.id, id));
}

/** The current rows of these businesses, locked until the import's transaction ends. */
export async function lockBusinesses(db: DbOrTx, ids: string[]): Promise<BusinessRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(businesses)
    .where(sql`${businesses.id} in (select v::uuid from ${jsonText(ids)} as t(v))`)
    .for('update');
}

export async function insertBusinesses(db: DbOrTx, rows: BusinessInsert[]): Promise<void> {
  await insertViaJson(db, businesses, rows);
}

const COLUMNS = getTableColumns(businesses);
type BusinessKey = keyof typeof COLUMNS;

/**
 * Updates many businesses in one statement per chunk: each row's values arrive as JSON and a
 * column is overwritten only where that row gives a value (coalesce), so a blank cell in the
 * spreadsheet never erases what the registry already holds. Rows whose values are all the same
 * are not touched (re-importing an unchanged file writes nothing); only changed rows return.
 */
export async function updateBusinesses(
  db: DbOrTx,
  rows: { id: string; values: Partial<BusinessInsert> }[],
): Promise<BusinessRow[]> {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.values)))].filter(
    (k): k is BusinessKey => k in COLUMNS && k !== 'id' && k !== 'centreId',
  );
  if (!rows.length || !keys.length) return [];
  const col = (k: BusinessKey) => sql.identifier(COLUMNS[k].name);
  const recordType = sql.join(
    [sql`id uuid`, ...keys.map((k) => sql`${col(k)} ${sql.raw(COLUMNS[k].getSQLType())}`)],
    sql`, `,
  );
  const sets = sql.join(
    [...keys.map((k) => sql`${col(k)} = coalesce(v.${col(k)}, b.${col(k)})`), sql`updated_at = now()`],
    sql`, `,
  );
  const changed = sql`(${sql.join(
    keys.map((k) => sql`b.${col(k)}`),
    sql`, `,
  )}) is distinct from (${sql.join(
    keys.map((k) => sql`coalesce(v.${col(k)}, b.${col(k)})`),
    sql`, `,
  )})`;
  const updated: BusinessRow[] = [];
  for (const chunk of chunks(rows)) {
    const json = chunk.map((r) => ({
      id: r.id,
      ...Object.fromEntries(keys.map((k) => [COLUMNS[k].name, r.values[k] ?? null])),
    }));
    const res = await db.execute(sql`
      update business b set ${sets}
      from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as v(${recordType})
      where b.id = v.id and ${changed} returning b.*`);
    // Keyed like drizzle's rows, so the audit trail reads the same as after a form edit.
    updated.push(...res.rows.map((raw) => fromDbRow(businesses, raw)));
  }
  return updated;
}

export async function kbliOf(db: DbOrTx, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!ids.length) return map;
  const rows = await db
    .select()
    .from(businessKbli)
    .where(sql`${businessKbli.businessId} in (select v::uuid from ${jsonText(ids)} as t(v))`)
    .orderBy(businessKbli.kbliCode);
  for (const r of rows) map.set(r.businessId, [...(map.get(r.businessId) ?? []), r.kbliCode]);
  return map;
}

/** Replaces the KBLI links of these businesses with the given codes, set-wise. */
export async function replaceKbliMany(db: DbOrTx, links: Map<string, string[]>) {
  const ids = [...links.keys()];
  if (!ids.length) return;
  await db
    .delete(businessKbli)
    .where(sql`${businessKbli.businessId} in (select v::uuid from ${jsonText(ids)} as t(v))`);
  const rows = [...links].flatMap(([businessId, codes]) =>
    [...new Set(codes)].map((kbliCode) => ({ businessId, kbliCode })),
  );
  await insertViaJson(db, businessKbli, rows);
}

export interface OwnerRow {
  businessId: string;
  personId: string;
  fullName: string;
  gender: 'L' | 'P' | null;
  phone: string | null;
}

/** The people linked as pemilik to these businesses. */
export async function ownersOf(db: DbOrTx, ids: string[]): Promise<OwnerRow[]> {
  if (!ids.length) return [];
  return db
    .select({
      businessId: businessPeople.businessId,
      personId: people.id,
      fullName: people.fullName,
      gender: people.gender,
      phone: people.phone,
    })
    .from(businessPeople)
    .innerJoin(people, eq(people.id, businessPeople.personId))
    .where(
      and(
        eq(businessPeople.role, 'pemilik'),
        sql`${businessPeople.businessId} in (select v::uuid from ${jsonText(ids)} as t(v))`,
      ),
    );
}

export async function insertOwners(
  db: DbOrTx,
  rows: { person: typeof people.$inferInsert & { id: string }; businessId: string }[],
) {
  await insertViaJson(
    db,
    people,
    rows.map((r) => r.person),
  );
  await insertViaJson(
    db,
    businessPeople,
    rows.map((r) => ({ businessId: r.businessId, personId: r.person.id, role: 'pemilik' as const })),
  );
}

/** Fills in an existing owner's gender and phone where the file gives them. */
export async function updateOwners(
  db: DbOrTx,
  rows: { id: string; gender: string | null; phone: string | null }[],
) {
  for (const chunk of chunks(rows)) {
    await db.execute(sql`
      update person p set gender = coalesce(v.gender, p.gender), phone = coalesce(v.phone, p.phone), updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(id uuid, gender text, phone text)
      where p.id = v.id`);
  }
}

/** Audit entries written set-wise; the same rows recordAudit writes one at a time. */
export async function insertAuditEntries(
  db: DbOrTx,
  entries: {
    actorId: string | null;
    actorLabel: string;
    centreId: string;
    entity: string;
    entityId: string;
    action: 'create' | 'update';
    changes: AuditChanges;
    requestId: string;
  }[],
) {
  await insertViaJson(db, auditLog, entries);
}
