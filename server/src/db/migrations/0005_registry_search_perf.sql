-- Registry performance, measured with bench/ (npm run bench; figures in bench/README.md).
--
-- 1. Kecamatan + fuzzy name in one GIN index (btree_gin lets a GIN index carry the kecamatan
--    next to the name trigrams): the list's `left(wilayah_code, 8) = $k and $q <% lower(name)`
--    becomes one index scan returning only the kecamatan's candidates, instead of a BitmapAnd of
--    the whole kecamatan (~10k entries) with the centre-wide trigram candidates.
CREATE EXTENSION IF NOT EXISTS btree_gin;
--> statement-breakpoint
CREATE INDEX business_kecamatan_name_trgm_idx ON business
  USING gin (left(wilayah_code, 8), lower(name) gin_trgm_ops) WHERE merged_into_id IS NULL;
--> statement-breakpoint
-- 2. Import matching "same name in the same kelurahan" (import.repository businessesByNameAndKelurahan)
--    looks up thousands of (kelurahan, folded name) pairs at once; without this index each pair
--    re-folded every name of its kelurahan (a 10k-row file: ~17 s per lookup, twice per import).
--    The expression must stay identical to the repository's folded name.
CREATE INDEX business_kelurahan_folded_name_idx ON business
  (wilayah_code, regexp_replace(lower(trim(name)), '\s+', ' ', 'g')) WHERE merged_into_id IS NULL;
--> statement-breakpoint
-- 3. The list's default order (lower(name), id) within a centre: the first page reads 20 index
--    entries instead of sorting every business of the centre.
CREATE INDEX business_centre_lower_name_idx ON business (centre_id, lower(name), id) WHERE merged_into_id IS NULL;
