-- Fuzzy search and duplicate detection on names (pg_trgm), and phone matching.
CREATE INDEX business_name_trgm_idx ON business USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX person_name_trgm_idx ON person USING gin (lower(full_name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX business_phone_idx ON business (regexp_replace(coalesce(whatsapp, phone, ''), '[^0-9]', '', 'g'));
--> statement-breakpoint
CREATE INDEX business_kbli_code_idx ON business_kbli (kbli_code);
--> statement-breakpoint
CREATE INDEX business_active_centre_idx ON business (centre_id, name) WHERE merged_into_id IS NULL;
--> statement-breakpoint
CREATE INDEX business_kecamatan_idx ON business (left(wilayah_code, 8));
