import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type BusinessInsert, updateBusinessRow } from '../registry.repository.js';
import {
  businessAccounts,
  businesses,
  businessKbli,
  businessMerges,
  businessPeople,
  certifications,
  consents,
  people,
  periodicReports,
  products,
} from '../registry.tables.js';
import { duplicateDismissals } from './duplicates.tables.js';

/** The similarity (pg_trgm, 0–1) from which two names in one kelurahan are candidates. */
export const NAME_SIMILARITY_THRESHOLD = 0.5;
/** Shorter numbers (after normalising) are too likely to be placeholders like "0" or "-". */
const MIN_PHONE_DIGITS = 8;

/** A phone or WhatsApp number folded to its national digits: 0812-…, 62812…, +62 812… → 812…. */
const normPhone = (col: ReturnType<typeof sql>) =>
  sql`regexp_replace(regexp_replace(${col}, '[^0-9]', '', 'g'), '^(62|0)', '')`;

export type RawCandidate = {
  a_id: string;
  b_id: string;
  reasons: {
    kind: 'same_nib' | 'similar_name' | 'same_phone' | 'same_owner_nik';
    sim: number | null;
    value: string | null;
  }[];
};

/**
 * Every candidate pair among the active businesses of a centre (or of all centres, pairs never
 * crossing one), each pair once with a.id < b.id, with all its signals, minus dismissed pairs.
 * Each rule is a join on an indexed or hashable key, never a cross join: names through the GIN
 * trigram index (`%` with the threshold set for this transaction), phones, NIBs and owners by
 * equality.
 */
export async function findCandidates(tx: DbOrTx, centreId: string | null): Promise<RawCandidate[]> {
  const inScope = (alias: string) =>
    centreId
      ? sql`${sql.raw(alias)}.merged_into_id is null and ${sql.raw(alias)}.centre_id = ${centreId}`
      : sql`${sql.raw(alias)}.merged_into_id is null`;
  // `set local` lasts until the end of the transaction, so other queries keep the default 0.3.
  await tx.execute(
    sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true)`,
  );
  const res = await tx.execute<RawCandidate>(sql`
    with nib_pairs as (
      select a.id as a_id, b.id as b_id, a.nib as value
      from business a
      join business b on b.nib = a.nib and b.id > a.id and b.centre_id = a.centre_id and ${inScope('b')}
      where a.nib is not null and ${inScope('a')}
    ),
    name_pairs as (
      select a.id as a_id, b.id as b_id, similarity(lower(a.name), lower(b.name))::float8 as sim
      from business a
      join business b on lower(b.name) % lower(a.name)
        and b.id > a.id and b.wilayah_code = a.wilayah_code and b.centre_id = a.centre_id and ${inScope('b')}
      where ${inScope('a')}
        and similarity(lower(a.name), lower(b.name)) >= ${NAME_SIMILARITY_THRESHOLD}
    ),
    phones as (
      select distinct b.id, b.centre_id, n.norm
      from business b
      cross join lateral (
        select ${normPhone(sql`p.v`)} as norm from unnest(array[b.phone, b.whatsapp]) as p(v) where p.v is not null
      ) n
      where ${inScope('b')} and length(n.norm) >= ${MIN_PHONE_DIGITS}
    ),
    phone_pairs as (
      select x.id as a_id, y.id as b_id, min(x.norm) as value
      from phones x join phones y on y.norm = x.norm and y.centre_id = x.centre_id and y.id > x.id
      group by x.id, y.id
    ),
    owner_pairs as (
      select ba.id as a_id, bb.id as b_id, min(p1.full_name) as value
      from person p1
      join person p2 on p2.nik_hash = p1.nik_hash and p2.centre_id = p1.centre_id
      join business_person bp1 on bp1.person_id = p1.id and bp1.role = 'pemilik'
      join business_person bp2 on bp2.person_id = p2.id and bp2.role = 'pemilik'
      join business ba on ba.id = bp1.business_id and ${inScope('ba')}
      join business bb on bb.id = bp2.business_id and bb.id > ba.id and bb.centre_id = ba.centre_id and ${inScope('bb')}
      where p1.nik_hash is not null
      group by ba.id, bb.id
    ),
    signals as (
      select a_id, b_id, 'same_nib' as kind, null::float8 as sim, value from nib_pairs
      union all select a_id, b_id, 'similar_name', sim, null from name_pairs
      union all select a_id, b_id, 'same_phone', null, value from phone_pairs
      union all select a_id, b_id, 'same_owner_nik', null, value from owner_pairs
    )
    select s.a_id, s.b_id, json_agg(json_build_object('kind', s.kind, 'sim', s.sim, 'value', s.value)) as reasons
    from signals s
    where not exists (
      select 1 from business_duplicate_dismissal d where d.business_a_id = s.a_id and d.business_b_id = s.b_id)
    group by s.a_id, s.b_id`);
  return res.rows;
}

export type SideRow = {
  id: string;
  centre_id: string;
  name: string;
  nib: string | null;
  address: string;
  wilayah_code: string;
  kelurahan: string | null;
  kecamatan: string | null;
  phone: string | null;
  whatsapp: string | null;
  workers_total: number | null;
  people: number;
  products: number;
  certifications: number;
  reports: number;
  updated_at: Date;
};

/** What a reviewer needs to see of each side of a pair. */
export async function sideSummaries(db: DbOrTx, ids: string[]): Promise<SideRow[]> {
  if (!ids.length) return [];
  const res = await db.execute<SideRow>(sql`
    select b.id, b.centre_id, b.name, b.nib, b.address, b.wilayah_code, kel.name as kelurahan, kec.name as kecamatan,
      b.phone, b.whatsapp,
      case when b.workers_male is null and b.workers_female is null then null
           else coalesce(b.workers_male, 0) + coalesce(b.workers_female, 0) end as workers_total,
      (select count(*) from business_person x where x.business_id = b.id)::int as people,
      (select count(*) from product x where x.business_id = b.id)::int as products,
      (select count(*) from certification x where x.business_id = b.id)::int as certifications,
      (select count(*) from periodic_report x where x.business_id = b.id)::int as reports,
      b.updated_at
    from business b
    left join wilayah kel on kel.code = b.wilayah_code
    left join wilayah kec on kec.code = left(b.wilayah_code, 8)
    where b.id in ${ids}`);
  return res.rows;
}

export async function insertDismissal(db: DbOrTx, values: typeof duplicateDismissals.$inferInsert) {
  const rows = await db
    .insert(duplicateDismissals)
    .values(values)
    .onConflictDoUpdate({
      target: [duplicateDismissals.businessAId, duplicateDismissals.businessBId],
      set: {
        note: values.note ?? null,
        reasons: values.reasons ?? [],
        dismissedBy: values.dismissedBy ?? null,
      },
    })
    .returning();
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
}

/** Locks both rows for the rest of the transaction (in id order, so two merges cannot deadlock). */
export async function lockBusinesses(tx: DbOrTx, ids: [string, string]) {
  const sorted = [...ids].sort();
  return tx
    .select()
    .from(businesses)
    .where(sql`${businesses.id} in ${sorted}`)
    .orderBy(businesses.id)
    .for('update');
}

/** The merged record lets go of its NIB (unique) when the kept record takes it; the snapshot keeps it. */
export async function releaseNib(tx: DbOrTx, id: string) {
  await tx.update(businesses).set({ nib: null }).where(eq(businesses.id, id));
}

/** Sets the given columns and updated_at; returns the row as it now stands. */
export const updateBusiness = (tx: DbOrTx, id: string, values: Partial<BusinessInsert>) =>
  updateBusinessRow(tx, id, values);

/** Everything attached to a business, as it stands, for the merge snapshot. */
export async function attachmentsOf(tx: DbOrTx, businessId: string) {
  // One after another: a transaction is one connection, and pg queues rather than runs in parallel.
  const kbli = await tx
    .select({ code: businessKbli.kbliCode })
    .from(businessKbli)
    .where(eq(businessKbli.businessId, businessId));
  const persons = await tx
    .select({ personId: businessPeople.personId, role: businessPeople.role, fullName: people.fullName })
    .from(businessPeople)
    .innerJoin(people, eq(people.id, businessPeople.personId))
    .where(eq(businessPeople.businessId, businessId));
  const prods = await tx.select().from(products).where(eq(products.businessId, businessId));
  const certs = await tx.select().from(certifications).where(eq(certifications.businessId, businessId));
  const reports = await tx.select().from(periodicReports).where(eq(periodicReports.businessId, businessId));
  const consentRows = await tx.select().from(consents).where(eq(consents.businessId, businessId));
  const accounts = await tx
    .select({ userId: businessAccounts.userId })
    .from(businessAccounts)
    .where(eq(businessAccounts.businessId, businessId));
  return {
    kbliCodes: kbli.map((k) => k.code),
    people: persons,
    products: prods,
    certifications: certs,
    reports,
    consents: consentRows,
    accountUserIds: accounts.map((a) => a.userId),
  };
}

/** Links of the merged business's people move unless the person is already linked to the kept one. */
export async function movePeopleLinks(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx.execute(sql`
    update business_person bp set business_id = ${toId}
    where bp.business_id = ${fromId}
      and not exists (select 1 from business_person k where k.business_id = ${toId} and k.person_id = bp.person_id)`);
  return res.rowCount ?? 0;
}

export async function moveProducts(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx
    .update(products)
    .set({ businessId: toId, updatedAt: new Date() })
    .where(eq(products.businessId, fromId));
  return res.rowCount ?? 0;
}

export async function moveCertifications(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx
    .update(certifications)
    .set({ businessId: toId, updatedAt: new Date() })
    .where(eq(certifications.businessId, fromId));
  return res.rowCount ?? 0;
}

export async function moveReport(tx: DbOrTx, reportId: string, toId: string) {
  await tx
    .update(periodicReports)
    .set({ businessId: toId, updatedAt: new Date() })
    .where(eq(periodicReports.id, reportId));
}

/**
 * Swaps the businesses of two reports of the same period (the merged one's verified report goes to
 * the kept record, the kept one's draft stays readable on the merged record). The unique
 * (business, year, semester) key forbids a direct swap, so one report steps aside to a negative
 * year for the moment; no row is deleted, so nothing that refers to a report is lost.
 */
export async function swapReports(
  tx: DbOrTx,
  keptReport: { id: string; year: number },
  mergedReport: { id: string },
  keptId: string,
  mergedId: string,
) {
  await tx
    .update(periodicReports)
    .set({ year: -keptReport.year })
    .where(eq(periodicReports.id, keptReport.id));
  await moveReport(tx, mergedReport.id, keptId);
  await tx
    .update(periodicReports)
    .set({ year: keptReport.year, businessId: mergedId, updatedAt: new Date() })
    .where(eq(periodicReports.id, keptReport.id));
}

export async function moveConsents(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx.update(consents).set({ businessId: toId }).where(eq(consents.businessId, fromId));
  return res.rowCount ?? 0;
}

/** KBLI codes are copied (the merged record keeps its own for history); returns the new ones. */
export async function copyKbli(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx.execute(sql`
    insert into business_kbli (business_id, kbli_code)
    select ${toId}, kbli_code from business_kbli where business_id = ${fromId}
    on conflict do nothing`);
  return res.rowCount ?? 0;
}

/** Artisan accounts of the merged record now act for the kept one (and no longer see the old one). */
export async function moveAccounts(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx.execute(sql`
    insert into business_account (user_id, business_id, created_at)
    select user_id, ${toId}, created_at from business_account where business_id = ${fromId}
    on conflict do nothing`);
  await tx.delete(businessAccounts).where(eq(businessAccounts.businessId, fromId));
  return res.rowCount ?? 0;
}

/** Records merged earlier into the merged one now point at the kept record (no chains). */
export async function repointEarlierMerges(tx: DbOrTx, fromId: string, toId: string): Promise<number> {
  const res = await tx
    .update(businesses)
    .set({ mergedIntoId: toId })
    .where(eq(businesses.mergedIntoId, fromId));
  return res.rowCount ?? 0;
}

export async function insertMerge(tx: DbOrTx, values: typeof businessMerges.$inferInsert) {
  const rows = await tx.insert(businessMerges).values(values).returning();
  if (!rows[0]) throw new Error('insert returned no row');
  return rows[0];
}

export type MergeRow = {
  id: string;
  centre_id: string;
  kept_id: string;
  merged_id: string;
  reasons: unknown[];
  merged_snapshot: Record<string, unknown>;
  moved: Record<string, number>;
  merged_by: string | null;
  merged_by_name: string | null;
  merged_at: Date;
  kept_name: string;
  kept_nib: string | null;
  kept_merged_into_id: string | null;
  merged_name: string;
  merged_nib: string | null;
  merged_merged_into_id: string | null;
};

export async function findMerge(db: DbOrTx, id: string): Promise<MergeRow | undefined> {
  const res = await db.execute<MergeRow>(sql`
    select m.id, m.centre_id, m.kept_id, m.merged_id, m.reasons, m.merged_snapshot, m.moved, m.merged_by,
      u.full_name as merged_by_name, m.merged_at,
      k.name as kept_name, k.nib as kept_nib, k.merged_into_id as kept_merged_into_id,
      g.name as merged_name, g.nib as merged_nib, g.merged_into_id as merged_merged_into_id
    from business_merge m
    join business k on k.id = m.kept_id
    join business g on g.id = m.merged_id
    left join app_user u on u.id = m.merged_by
    where m.id = ${id}`);
  return res.rows[0];
}

export async function mergesOf(db: DbOrTx, businessId: string) {
  const res = await db.execute<{
    id: string;
    centre_id: string;
    kept_id: string;
    kept_name: string;
    merged_id: string;
    merged_name: string;
    merged_at: Date;
  }>(sql`
    select m.id, m.centre_id, m.kept_id, k.name as kept_name, m.merged_id, g.name as merged_name, m.merged_at
    from business_merge m
    join business k on k.id = m.kept_id
    join business g on g.id = m.merged_id
    where m.kept_id = ${businessId} or m.merged_id = ${businessId}
    order by m.merged_at desc`);
  return res.rows;
}

export async function businessCentre(db: DbOrTx, id: string) {
  const rows = await db
    .select({ id: businesses.id, centreId: businesses.centreId, name: businesses.name })
    .from(businesses)
    .where(and(eq(businesses.id, id)));
  return rows[0];
}
