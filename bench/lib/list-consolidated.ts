import type { SizeThresholds } from '../../server/src/modules/registry/registry.repository.js';

/**
 * The proposed shape of the business list for a kecamatan + name search, as ONE statement: the
 * filter runs once (materialised), the page is sorted and limited before the wilayah names, KBLI
 * codes and certifications are looked up for its 20 rows, and the total and the two facet counts
 * are aggregates over the same materialised set. Today the repository sends four statements that
 * each redo the filter, and joins wilayah before the limit. Parameters: $1 kecamatan, $2 term
 * (lower case), $3 centre id, $4 LIKE pattern, $5…$10 the size thresholds, $11 limit, $12 offset.
 */
export const CONSOLIDATED_LIST_SQL = `
with m as materialized (
  select b.id, b.centre_id, b.name, b.legal_form, b.nib, b.wilayah_code, b.techniques,
    b.workers_male, b.workers_female, b.member_since, b.is_tenant, b.updated_at,
    case when b.investment_idr is not null then case
        when b.investment_idr <= $5 then 'mikro' when b.investment_idr <= $6 then 'kecil'
        when b.investment_idr <= $7 then 'menengah' else 'besar' end
      when b.production_value_idr is not null then case
        when b.production_value_idr <= $8 then 'mikro' when b.production_value_idr <= $9 then 'kecil'
        when b.production_value_idr <= $10 then 'menengah' else 'besar' end
    end as size_class,
    word_similarity($2, lower(b.name)) as score
  from business b
  where b.merged_into_id is null and b.centre_id = $3
    and (lower(b.name) like $4 or $2 <% lower(b.name)) and left(b.wilayah_code, 8) = $1
), page as (
  select p.*,
    (select w.name from wilayah w where w.code = p.wilayah_code) as kelurahan,
    (select w.name from wilayah w where w.code = left(p.wilayah_code, 8)) as kecamatan,
    coalesce((select array_agg(k.kbli_code order by k.kbli_code) from business_kbli k where k.business_id = p.id), '{}') as kbli_codes,
    coalesce((select array_agg(distinct c.kind) from certification c where c.business_id = p.id
      and (c.valid_until is null or c.valid_until >= current_date)), '{}') as cert_kinds
  from (select * from m order by score desc, lower(name), id limit $11 offset $12) p
)
select (select count(*) from m)::int as total,
  (select json_object_agg(coalesce(k, 'tidak_diketahui'), n) from (select size_class as k, count(*)::int as n from m group by 1) s) as by_size,
  (select json_object_agg(k, n) from (select unnest(techniques) as k, count(*)::int as n from m group by 1) t) as by_technique,
  (select json_agg(page order by page.score desc, lower(page.name), page.id) from page) as rows`;

export function consolidatedParams(
  c: { kecamatan: string; q: string },
  centreId: string,
  t: SizeThresholds,
  pageSize = 20,
): unknown[] {
  const term = c.q.toLowerCase();
  const like = `%${term.replace(/[%_\\]/g, '\\$&')}%`;
  return [
    c.kecamatan,
    term,
    centreId,
    like,
    t.mikroCapital,
    t.kecilCapital,
    t.menengahCapital,
    t.mikroSales,
    t.kecilSales,
    t.menengahSales,
    pageSize,
    0,
  ];
}
