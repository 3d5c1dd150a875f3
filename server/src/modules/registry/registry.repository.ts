import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { kbli } from '../reference/reference.tables.js';
import type { TBusinessListQuery } from './registry.schemas.js';
import {
  businessAccounts,
  businesses,
  businessKbli,
  businessPeople,
  certifications,
  consents,
  people,
  periodicReports,
  products,
  storedFiles,
} from './registry.tables.js';
import type { BusinessScope } from './registry-access.js';

export type BusinessRow = typeof businesses.$inferSelect;
export type BusinessInsert = typeof businesses.$inferInsert;

/** Thresholds of the size-class rule in force, in rupiah (from regulation_parameter). */
export interface SizeThresholds {
  mikroCapital: number;
  kecilCapital: number;
  menengahCapital: number;
  mikroSales: number;
  kecilSales: number;
  menengahSales: number;
}

/** The size class in SQL, the same rule as size-class.ts: modal usaha first, else annual sales. */
export function sizeClassSql(t: SizeThresholds) {
  return sql<string | null>`case
    when b.investment_idr is not null then case
      when b.investment_idr <= ${t.mikroCapital} then 'mikro'
      when b.investment_idr <= ${t.kecilCapital} then 'kecil'
      when b.investment_idr <= ${t.menengahCapital} then 'menengah' else 'besar' end
    when b.production_value_idr is not null then case
      when b.production_value_idr <= ${t.mikroSales} then 'mikro'
      when b.production_value_idr <= ${t.kecilSales} then 'kecil'
      when b.production_value_idr <= ${t.menengahSales} then 'menengah' else 'besar' end
  end`;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** Filters of the business list as one SQL condition over alias b (active, in scope). */
export function listWhere(
  scope: BusinessScope,
  q: TBusinessListQuery,
  size: ReturnType<typeof sizeClassSql>,
) {
  const parts = [sql`b.merged_into_id is null`];
  if (!scope.centre.all) parts.push(sql`b.centre_id = ${scope.centre.centreId}`);
  if (scope.onlyIds) parts.push(scope.onlyIds.length ? sql`b.id in ${scope.onlyIds}` : sql`false`);
  if (q.q) {
    const term = q.q.toLowerCase();
    if (/^\d{13}$/.test(term)) parts.push(sql`b.nib = ${term}`);
    // Word similarity (pg_trgm <%, threshold 0.6) finds "majapaht" in "Batik Majapahit Sooko";
    // both operators use the trigram index on lower(name).
    else parts.push(sql`(lower(b.name) like ${`%${escapeLike(term)}%`} or ${term} <% lower(b.name))`);
  }
  if (q.kecamatan) parts.push(sql`left(b.wilayah_code, 8) = ${q.kecamatan}`);
  if (q.kelurahan) parts.push(sql`b.wilayah_code = ${q.kelurahan}`);
  if (q.kbli)
    parts.push(
      sql`exists (select 1 from business_kbli k where k.business_id = b.id and k.kbli_code = ${q.kbli})`,
    );
  if (q.technique) parts.push(sql`${q.technique} = any(b.techniques)`);
  if (q.certification)
    parts.push(sql`exists (select 1 from certification c where c.business_id = b.id and c.kind = ${q.certification}
      and (c.valid_until is null or c.valid_until >= current_date))`);
  if (q.sizeClass) parts.push(sql`${size} = ${q.sizeClass}`);
  if (q.member)
    parts.push(q.member === 'true' ? sql`b.member_since is not null` : sql`b.member_since is null`);
  if (q.tenant) parts.push(sql`b.is_tenant = ${q.tenant === 'true'}`);
  return sql.join(parts, sql` and `);
}

export const ORDER: Record<TBusinessListQuery['sort'], ReturnType<typeof sql>> = {
  name: sql`lower(b.name), b.id`,
  '-name': sql`lower(b.name) desc, b.id`,
  updatedAt: sql`b.updated_at, b.id`,
  '-updatedAt': sql`b.updated_at desc, b.id`,
  workers: sql`(coalesce(b.workers_male, 0) + coalesce(b.workers_female, 0)), b.id`,
  '-workers': sql`(coalesce(b.workers_male, 0) + coalesce(b.workers_female, 0)) desc, b.id`,
};

export type BusinessListRow = {
  id: string;
  centre_id: string;
  name: string;
  legal_form: string;
  nib: string | null;
  wilayah_code: string;
  kelurahan: string | null;
  kecamatan: string | null;
  techniques: string[];
  kbli_codes: string[];
  workers_total: number | null;
  size_class: string | null;
  is_member: boolean;
  is_tenant: boolean;
  cert_kinds: string[];
  updated_at: Date;
};

/**
 * One page of the list with its total and facet counts, in two statements run side by side: the
 * page (sorted and cut by the index before the kelurahan names, KBLI codes and certifications are
 * looked up for its rows) and the counts (the filter once, materialised, aggregated three ways).
 * Four statements that each re-ran the filter cost ~4× the database time; one statement that
 * materialised every row before sorting lost the index on the unfiltered list (bench/README.md).
 */
export async function listBusinesses(
  db: DbOrTx,
  scope: BusinessScope,
  q: TBusinessListQuery,
  t: SizeThresholds,
) {
  const size = sizeClassSql(t);
  const where = listWhere(scope, q, size);
  const nameSearch = q.q && !/^\d{13}$/.test(q.q) ? q.q.toLowerCase() : null;
  // A name search ranks the closest names first, whatever the chosen sort.
  const order = nameSearch
    ? sql`word_similarity(${nameSearch}, lower(b.name)) desc, ${ORDER[q.sort]}`
    : ORDER[q.sort];
  const [page, counts] = await Promise.all([
    // The lookups are scalar subqueries, which PostgreSQL evaluates after the sort and limit:
    // only for the rows of the page.
    db.execute<BusinessListRow>(sql`
      select b.id, b.centre_id, b.name, b.legal_form, b.nib, b.wilayah_code, b.techniques, ${size} as size_class,
        b.is_tenant, b.updated_at, b.member_since is not null as is_member,
        case when b.workers_male is null and b.workers_female is null then null
             else coalesce(b.workers_male, 0) + coalesce(b.workers_female, 0) end as workers_total,
        (select w.name from wilayah w where w.code = b.wilayah_code) as kelurahan,
        (select w.name from wilayah w where w.code = left(b.wilayah_code, 8)) as kecamatan,
        coalesce((select array_agg(k.kbli_code order by k.kbli_code) from business_kbli k where k.business_id = b.id), '{}') as kbli_codes,
        coalesce((select array_agg(distinct c.kind) from certification c where c.business_id = b.id
          and (c.valid_until is null or c.valid_until >= current_date)), '{}') as cert_kinds
      from business b where ${where}
      order by ${order} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`),
    db.execute<{
      total: number;
      by_size: Record<string, number> | null;
      by_technique: Record<string, number> | null;
    }>(sql`
      with m as materialized (select ${size} as size_class, b.techniques from business b where ${where})
      select (select count(*) from m)::int as total,
        (select json_object_agg(coalesce(k, 'tidak_diketahui'), n) from
          (select size_class as k, count(*)::int as n from m group by 1) s) as by_size,
        (select json_object_agg(k, n) from (select unnest(techniques) as k, count(*)::int as n from m group by 1) x) as by_technique`),
  ]);
  const c = counts.rows[0];
  return {
    rows: page.rows,
    total: c?.total ?? 0,
    bySizeClass: c?.by_size ?? {},
    byTechnique: c?.by_technique ?? {},
  };
}

export async function findBusiness(db: DbOrTx, id: string) {
  const rows = await db.select().from(businesses).where(eq(businesses.id, id));
  return rows[0];
}

export async function findBusinessByNib(db: DbOrTx, nib: string) {
  const rows = await db.select().from(businesses).where(eq(businesses.nib, nib));
  return rows[0];
}

/** Same name (case and spacing folded) in the same kelurahan: how a re-import without NIB matches. */
export async function findBusinessByNameAndKelurahan(
  db: DbOrTx,
  centreId: string,
  name: string,
  wilayahCode: string,
) {
  const rows = await db
    .select()
    .from(businesses)
    .where(
      and(
        eq(businesses.centreId, centreId),
        eq(businesses.wilayahCode, wilayahCode),
        sql`regexp_replace(lower(${businesses.name}), '\\s+', ' ', 'g') = regexp_replace(lower(${name}), '\\s+', ' ', 'g')`,
        sql`${businesses.mergedIntoId} is null`,
      ),
    );
  return rows[0];
}

export async function insertBusiness(db: DbOrTx, values: BusinessInsert): Promise<BusinessRow> {
  const rows = await db.insert(businesses).values(values).returning();
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
}

export async function updateBusinessRow(
  db: DbOrTx,
  id: string,
  values: Partial<BusinessInsert>,
): Promise<BusinessRow> {
  const rows = await db
    .update(businesses)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(businesses.id, id))
    .returning();
  if (!rows[0]) throw new Error(`business ${id} vanished`);
  return rows[0];
}

export async function kbliCodesOf(
  db: DbOrTx,
  businessId: string,
): Promise<{ code: string; title: string }[]> {
  return db
    .select({ code: kbli.code, title: kbli.title })
    .from(businessKbli)
    .innerJoin(kbli, eq(kbli.code, businessKbli.kbliCode))
    .where(eq(businessKbli.businessId, businessId))
    .orderBy(kbli.code);
}

export async function replaceKbli(db: DbOrTx, businessId: string, codes: string[]) {
  await db.delete(businessKbli).where(eq(businessKbli.businessId, businessId));
  if (codes.length)
    await db.insert(businessKbli).values([...new Set(codes)].map((kbliCode) => ({ businessId, kbliCode })));
}

export async function unknownKbliCodes(db: DbOrTx, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const found = await db.select({ code: kbli.code }).from(kbli).where(inArray(kbli.code, codes));
  const known = new Set(found.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

export async function wilayahExists(db: DbOrTx, code: string): Promise<boolean> {
  const res = await db.execute(sql`select 1 from wilayah where code = ${code}`);
  return (res.rowCount ?? 0) > 0;
}

export async function wilayahName(db: DbOrTx, code: string): Promise<string | null> {
  const res = await db.execute<{ name: string | null }>(sql`
    select string_agg(w.name, ', ' order by length(w.code) desc) as name
    from wilayah w where ${code} || '.' like w.code || '.%' and length(w.code) >= 5`);
  return res.rows[0]?.name ?? null;
}

export async function peopleOf(db: DbOrTx, businessId: string) {
  return db
    .select({ person: people, role: businessPeople.role })
    .from(businessPeople)
    .innerJoin(people, eq(people.id, businessPeople.personId))
    .where(eq(businessPeople.businessId, businessId))
    .orderBy(businessPeople.role, people.fullName);
}

export async function productsOf(db: DbOrTx, businessId: string) {
  return db.select().from(products).where(eq(products.businessId, businessId)).orderBy(products.name);
}

export async function certificationsOf(db: DbOrTx, businessId: string) {
  return db
    .select({
      cert: certifications,
      file: {
        id: storedFiles.id,
        fileName: storedFiles.fileName,
        sizeBytes: storedFiles.sizeBytes,
        sha256: storedFiles.sha256,
      },
    })
    .from(certifications)
    .leftJoin(storedFiles, eq(storedFiles.id, certifications.documentId))
    .where(eq(certifications.businessId, businessId))
    .orderBy(certifications.kind, desc(certifications.issuedOn));
}

export async function reportsOf(db: DbOrTx, businessId: string) {
  return db
    .select()
    .from(periodicReports)
    .where(eq(periodicReports.businessId, businessId))
    .orderBy(desc(periodicReports.year), desc(periodicReports.semester));
}

/** The consent in force per field group: the latest recorded row of each. */
export async function currentConsents(db: DbOrTx, businessId: string) {
  return db
    .selectDistinctOn([consents.fieldGroup])
    .from(consents)
    .where(eq(consents.businessId, businessId))
    .orderBy(consents.fieldGroup, desc(consents.recordedAt), desc(consents.id));
}

export async function linkAccount(db: DbOrTx, userId: string, businessId: string) {
  await db.insert(businessAccounts).values({ userId, businessId }).onConflictDoNothing();
}

export async function unlinkAccount(db: DbOrTx, userId: string, businessId: string) {
  const rows = await db
    .delete(businessAccounts)
    .where(and(eq(businessAccounts.userId, userId), eq(businessAccounts.businessId, businessId)))
    .returning();
  return rows.length > 0;
}

export async function accountIdsOf(db: DbOrTx, businessId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: businessAccounts.userId })
    .from(businessAccounts)
    .where(eq(businessAccounts.businessId, businessId));
  return rows.map((r) => r.userId);
}
