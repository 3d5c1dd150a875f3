CREATE TABLE "business_account" (
	"user_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_account_user_id_business_id_pk" PRIMARY KEY("user_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "business_kbli" (
	"business_id" uuid NOT NULL,
	"kbli_code" text NOT NULL,
	CONSTRAINT "business_kbli_business_id_kbli_code_pk" PRIMARY KEY("business_id","kbli_code")
);
--> statement-breakpoint
CREATE TABLE "business_merge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"kept_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"reasons" jsonb NOT NULL,
	"merged_snapshot" jsonb NOT NULL,
	"moved" jsonb NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_person" (
	"business_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "business_person_business_id_person_id_pk" PRIMARY KEY("business_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "business" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"legal_form" text NOT NULL,
	"nib" text,
	"address" text NOT NULL,
	"wilayah_code" text NOT NULL,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"phone" text,
	"whatsapp" text,
	"email" text,
	"year_founded" smallint,
	"techniques" text[] DEFAULT '{}' NOT NULL,
	"market_reach" text[] DEFAULT '{}' NOT NULL,
	"member_since" date,
	"is_tenant" boolean DEFAULT false NOT NULL,
	"workers_male" integer,
	"workers_female" integer,
	"investment_idr" numeric(20, 2),
	"investment_land_building_idr" numeric(20, 2),
	"capacity_installed" numeric(20, 2),
	"capacity_used" numeric(20, 2),
	"capacity_unit" text,
	"production_volume" numeric(20, 2),
	"production_value_idr" numeric(20, 2),
	"raw_material_value_idr" numeric(20, 2),
	"raw_material_note" text,
	"water_m3" numeric(20, 2),
	"fuel_litre" numeric(20, 2),
	"electricity_kwh" numeric(20, 2),
	"machines_count" integer,
	"machines_note" text,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_nib_unique" UNIQUE("nib"),
	CONSTRAINT "business_nib_format" CHECK ("business"."nib" ~ '^[0-9]{13}$'),
	CONSTRAINT "business_workers_nonnegative" CHECK (coalesce("business"."workers_male", 0) >= 0 and coalesce("business"."workers_female", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "certification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"number" text,
	"issuer" text,
	"issued_on" date,
	"valid_until" date,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"field_group" text NOT NULL,
	"granted" boolean NOT NULL,
	"given_by" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"gender" text,
	"birth_year" smallint,
	"phone" text,
	"nik_hash" text,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"certificates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_nik_hash_unique" UNIQUE("centre_id","nik_hash"),
	CONSTRAINT "person_gender" CHECK ("person"."gender" in ('L','P'))
);
--> statement-breakpoint
CREATE TABLE "periodic_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"semester" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"workers_male" integer,
	"workers_female" integer,
	"investment_idr" numeric(20, 2),
	"investment_land_building_idr" numeric(20, 2),
	"capacity_installed" numeric(20, 2),
	"capacity_used" numeric(20, 2),
	"capacity_unit" text,
	"production_volume" numeric(20, 2),
	"production_value_idr" numeric(20, 2),
	"raw_material_value_idr" numeric(20, 2),
	"raw_material_note" text,
	"water_m3" numeric(20, 2),
	"fuel_litre" numeric(20, 2),
	"electricity_kwh" numeric(20, 2),
	"machines_count" integer,
	"machines_note" text,
	"note" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periodic_report_period_unique" UNIQUE("business_id","year","semester"),
	CONSTRAINT "periodic_report_semester" CHECK ("periodic_report"."semester" in (1, 2)),
	CONSTRAINT "periodic_report_workers_nonnegative" CHECK (coalesce("periodic_report"."workers_male", 0) >= 0 and coalesce("periodic_report"."workers_female", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "product" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"price_min_idr" numeric(20, 2),
	"price_max_idr" numeric(20, 2),
	"unit" text DEFAULT 'lembar' NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"rows" jsonb NOT NULL,
	"problems" jsonb NOT NULL,
	"status" text DEFAULT 'previewed' NOT NULL,
	"summary" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_account" ADD CONSTRAINT "business_account_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_account" ADD CONSTRAINT "business_account_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_kbli" ADD CONSTRAINT "business_kbli_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_kbli" ADD CONSTRAINT "business_kbli_kbli_code_kbli_code_fk" FOREIGN KEY ("kbli_code") REFERENCES "public"."kbli"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_merge" ADD CONSTRAINT "business_merge_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_merge" ADD CONSTRAINT "business_merge_kept_id_business_id_fk" FOREIGN KEY ("kept_id") REFERENCES "public"."business"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_merge" ADD CONSTRAINT "business_merge_merged_id_business_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."business"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_person" ADD CONSTRAINT "business_person_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_person" ADD CONSTRAINT "business_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business" ADD CONSTRAINT "business_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business" ADD CONSTRAINT "business_wilayah_code_wilayah_code_fk" FOREIGN KEY ("wilayah_code") REFERENCES "public"."wilayah"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_document_id_stored_file_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_consent" ADD CONSTRAINT "business_consent_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_report" ADD CONSTRAINT "periodic_report_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product" ADD CONSTRAINT "product_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_import" ADD CONSTRAINT "registry_import_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_centre_idx" ON "business" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "business_wilayah_idx" ON "business" USING btree ("wilayah_code");--> statement-breakpoint
CREATE INDEX "certification_business_idx" ON "certification" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "business_consent_idx" ON "business_consent" USING btree ("business_id","field_group","recorded_at");--> statement-breakpoint
CREATE INDEX "person_centre_idx" ON "person" USING btree ("centre_id");