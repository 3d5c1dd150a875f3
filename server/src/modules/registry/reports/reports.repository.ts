import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type SizeThresholds, sizeClassSql } from '../registry.repository.js';

const centreFilter = (centreId: string | null) => (centreId ? sql`and b.centre_id = ${centreId}` : sql``);

export interface SiinasSourceRow extends Record<string, unknown> {
  business_id: string;
  name: string;
  nib: string | null;
  wilayah_code: string;
  kelurahan: string | null;
  kecamatan: string | null;
  kbli_codes: string[];
  report_id: string | null;
  status: 'draft' | 'submitted' | 'verified' | null;
  submitted_at: Date | null;
  verified_at: Date | null;
}

/**
 * Each active business (of a centre, or of all) with its report for one semester, if any. The
 * report's SIINas figures come as camelCase columns so figuresOf() reads them as for a row.
 */
export async function businessesWithReport(
  db: DbOrTx,
  centreId: string | null,
  year: number,
  semester: number,
  businessId?: string,
): Promise<SiinasSourceRow[]> {
  const res = await db.execute<SiinasSourceRow>(sql`
    select b.id as business_id, b.name, b.nib, b.wilayah_code, kel.name as kelurahan, kec.name as kecamatan,
      coalesce((select array_agg(k.kbli_code order by k.kbli_code) from business_kbli k where k.business_id = b.id), '{}')
        as kbli_codes,
      r.id as report_id, r.status, r.submitted_at, r.verified_at,
      r.workers_male as "workersMale", r.workers_female as "workersFemale", r.investment_idr as "investmentIdr",
      r.investment_land_building_idr as "investmentLandBuildingIdr", r.capacity_installed as "capacityInstalled",
      r.capacity_used as "capacityUsed", r.capacity_unit as "capacityUnit", r.production_volume as "productionVolume",
      r.production_value_idr as "productionValueIdr", r.raw_material_value_idr as "rawMaterialValueIdr",
      r.raw_material_note as "rawMaterialNote", r.water_m3 as "waterM3", r.fuel_litre as "fuelLitre",
      r.electricity_kwh as "electricityKwh", r.machines_count as "machinesCount", r.machines_note as "machinesNote"
    from business b
    left join periodic_report r on r.business_id = b.id and r.year = ${year} and r.semester = ${semester}
    left join wilayah kel on kel.code = b.wilayah_code
    left join wilayah kec on kec.code = left(b.wilayah_code, 8)
    where ${businessId ? sql`b.id = ${businessId}` : sql`b.merged_into_id is null ${centreFilter(centreId)}`}
    order by lower(b.name), b.id`);
  return res.rows;
}

export type SummarySourceRow = {
  id: string;
  name: string;
  nib: string | null;
  kecamatan_code: string;
  kecamatan: string | null;
  size_class: string | null;
  techniques: string[];
  workers_male: number | null;
  workers_female: number | null;
  production_value_idr: string | null;
  is_member: boolean;
  is_tenant: boolean;
  /** Valid certifications on the given day, as "kind" or "batikmark:category". */
  certs: string[];
};

/**
 * The active businesses of a centre with what the summary counts. The size class is the same SQL
 * as the business list (sizeClassSql), so the two never disagree.
 */
export async function summarySource(
  db: DbOrTx,
  centreId: string | null,
  thresholds: SizeThresholds,
  today: string,
): Promise<SummarySourceRow[]> {
  const res = await db.execute<SummarySourceRow>(sql`
    select b.id, b.name, b.nib, left(b.wilayah_code, 8) as kecamatan_code, kec.name as kecamatan,
      ${sizeClassSql(thresholds)} as size_class, b.techniques, b.workers_male, b.workers_female,
      b.production_value_idr, b.member_since is not null as is_member, b.is_tenant,
      coalesce((select array_agg(distinct case when c.kind = 'batikmark' and c.category is not null
                  then 'batikmark:' || c.category else c.kind end)
                from certification c where c.business_id = b.id
                  and (c.valid_until is null or c.valid_until >= ${today}::date)), '{}') as certs
    from business b
    left join wilayah kec on kec.code = left(b.wilayah_code, 8)
    where b.merged_into_id is null ${centreFilter(centreId)}
    order by lower(b.name), b.id`);
  return res.rows;
}

export async function centreName(db: DbOrTx, centreId: string): Promise<string | null> {
  const res = await db.execute<{ name: string }>(sql`select name from centre where id = ${centreId}`);
  return res.rows[0]?.name ?? null;
}
