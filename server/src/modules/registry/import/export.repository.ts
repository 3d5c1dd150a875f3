import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { listWhere, ORDER, type SizeThresholds, sizeClassSql } from '../registry.repository.js';
import type { TBusinessListQuery } from '../registry.schemas.js';
import type { BusinessScope } from '../registry-access.js';

/** One business as exported: the template's columns plus names and derived values. No NIK. */
export type ExportRow = {
  name: string;
  legal_form: string;
  nib: string | null;
  kbli: string | null;
  address: string;
  wilayah_code: string;
  phone: string | null;
  whatsapp: string | null;
  email: string | null;
  year_founded: number | null;
  techniques: string[];
  market_reach: string[];
  member_since: string | null;
  is_tenant: boolean;
  workers_male: number | null;
  workers_female: number | null;
  investment_idr: string | null;
  investment_land_building_idr: string | null;
  capacity_installed: string | null;
  capacity_used: string | null;
  capacity_unit: string | null;
  production_volume: string | null;
  production_value_idr: string | null;
  raw_material_value_idr: string | null;
  owner_name: string | null;
  owner_gender: string | null;
  owner_phone: string | null;
  size_class: string | null;
  kecamatan: string | null;
  kelurahan: string | null;
  certifications: string[];
};

const CURSOR = sql.identifier('registry_export');

/**
 * Opens a server-side cursor over the filtered list (the list's own filters and sort), so the
 * rows come in batches and 100,000 businesses never sit in memory at once. Needs a transaction.
 */
export async function openExportCursor(
  tx: Tx,
  scope: BusinessScope,
  q: TBusinessListQuery,
  t: SizeThresholds,
) {
  const size = sizeClassSql(t);
  await tx.execute(sql`declare ${CURSOR} no scroll cursor for
    select b.name, b.legal_form, b.nib,
      (select string_agg(k.kbli_code, ', ' order by k.kbli_code) from business_kbli k where k.business_id = b.id) as kbli,
      b.address, b.wilayah_code, b.phone, b.whatsapp, b.email, b.year_founded, b.techniques, b.market_reach,
      b.member_since, b.is_tenant, b.workers_male, b.workers_female, b.investment_idr,
      b.investment_land_building_idr, b.capacity_installed, b.capacity_used, b.capacity_unit,
      b.production_volume, b.production_value_idr, b.raw_material_value_idr,
      o.full_name as owner_name, o.gender as owner_gender, o.phone as owner_phone,
      ${size} as size_class, kec.name as kecamatan, kel.name as kelurahan,
      coalesce((select array_agg(distinct c.kind) from certification c where c.business_id = b.id
        and (c.valid_until is null or c.valid_until >= current_date)), '{}') as certifications
    from business b
    left join wilayah kel on kel.code = b.wilayah_code
    left join wilayah kec on kec.code = left(b.wilayah_code, 8)
    left join lateral (
      select p.full_name, p.gender, p.phone from business_person bp join person p on p.id = bp.person_id
      where bp.business_id = b.id and bp.role = 'pemilik' order by p.created_at, p.id limit 1
    ) o on true
    where ${listWhere(scope, q, size)}
    order by ${ORDER[q.sort]}`);
  return {
    next: async (n: number) =>
      (await tx.execute<ExportRow>(sql`fetch forward ${sql.raw(String(n))} from ${CURSOR}`)).rows,
  };
}
