import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { CentreScope } from '../accounts/actor.js';
import { wilayah } from '../reference/reference.tables.js';
import { centres } from './centres.tables.js';

export type CentreRow = typeof centres.$inferSelect;

// "Gununggedangan, Magersari, Kota Mojokerto": the kelurahan with its kecamatan and kota.
const wilayahName = sql<string | null>`(
  select string_agg(w.name, ', ' order by length(w.code) desc)
  from ${wilayah} w
  where "centre"."wilayah_code" || '.' like w.code || '.%' and length(w.code) >= 5
)`;

const columns = { centre: centres, wilayahName };

export async function listCentres(db: DbOrTx, scope: CentreScope) {
  const rows = await db
    .select(columns)
    .from(centres)
    .where(scope.all ? undefined : eq(centres.id, scope.centreId))
    .orderBy(centres.name);
  return rows.map((r) => ({ ...r.centre, wilayahName: r.wilayahName }));
}

export async function findCentre(db: DbOrTx, id: string) {
  const rows = await db.select(columns).from(centres).where(eq(centres.id, id));
  return rows[0] && { ...rows[0].centre, wilayahName: rows[0].wilayahName };
}

export async function findCentreBySlug(db: DbOrTx, slug: string) {
  const rows = await db.select().from(centres).where(eq(centres.slug, slug));
  return rows[0];
}

export async function insertCentre(db: DbOrTx, values: typeof centres.$inferInsert): Promise<CentreRow> {
  const rows = await db.insert(centres).values(values).returning();
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
}

export async function updateCentre(db: DbOrTx, id: string, values: Partial<typeof centres.$inferInsert>) {
  const rows = await db
    .update(centres)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(centres.id, id))
    .returning();
  return rows[0];
}

export async function wilayahExists(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db.select({ code: wilayah.code }).from(wilayah).where(eq(wilayah.code, code));
  return rows.length > 0;
}
