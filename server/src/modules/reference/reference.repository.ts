import { and, asc, desc, eq, ilike, like, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { kbli, regulationParameter, wilayah } from './reference.tables.js';

// "Gununggedangan, Magersari, Kota Mojokerto, Jawa Timur"
const wilayahPath = sql<string>`(
  select string_agg(a.name, ', ' order by length(a.code) desc)
  from ${wilayah} a where "wilayah"."code" || '.' like a.code || '.%'
)`; // (qualified by hand: drizzle renders a column unqualified, which would bind to the alias a)

export async function searchWilayah(
  db: DbOrTx,
  f: { q?: string; parent?: string; code?: string; limit: number },
) {
  const where: SQL[] = [];
  if (f.q) where.push(ilike(wilayah.name, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.parent) where.push(eq(wilayah.parentCode, f.parent));
  if (f.code) where.push(like(wilayah.code, `${f.code.replace(/[%_\\]/g, '\\$&')}%`));
  if (!where.length) where.push(eq(wilayah.level, 1));
  return db
    .select({ code: wilayah.code, name: wilayah.name, level: wilayah.level, path: wilayahPath })
    .from(wilayah)
    .where(and(...where))
    .orderBy(desc(wilayah.level), asc(wilayah.code))
    .limit(f.limit);
}

export async function listKbli(db: DbOrTx) {
  return db.select().from(kbli).orderBy(kbli.code);
}

/** The parameters in force on a date (the newest valid_from not after it), one per key. */
export async function parametersInForce(db: DbOrTx, onDate: string) {
  return db
    .selectDistinctOn([regulationParameter.key])
    .from(regulationParameter)
    .where(lte(regulationParameter.validFrom, onDate))
    .orderBy(regulationParameter.key, desc(regulationParameter.validFrom));
}
