CREATE TABLE "project_boq_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"division" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"volume" numeric(18, 4) NOT NULL,
	"unit" text NOT NULL,
	"unit_price_idr" numeric(20, 2) NOT NULL,
	"total_idr" numeric(20, 2) NOT NULL,
	"week_shares" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_addendum" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"kind" text NOT NULL,
	"extra_days" integer DEFAULT 0 NOT NULL,
	"new_value_idr" numeric(20, 2),
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"label" text NOT NULL,
	"uploaded_by_label" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_contract" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"package_name" text NOT NULL,
	"funding" text NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"allocation_idr" numeric(20, 2) NOT NULL,
	"contract_value_idr" numeric(20, 2) NOT NULL,
	"tax_pct" numeric(9, 4) DEFAULT '0' NOT NULL,
	"contractor" text NOT NULL,
	"supervisor" text,
	"ppk_name" text,
	"contract_number" text NOT NULL,
	"contract_date" date NOT NULL,
	"spmk_date" date NOT NULL,
	"end_date" date NOT NULL,
	"maintenance_days" integer DEFAULT 180 NOT NULL,
	"penalty_base" text DEFAULT 'nilai_kontrak' NOT NULL,
	"pho_date" date,
	"fho_date" date,
	"status" text DEFAULT 'berjalan' NOT NULL,
	"terminated_on" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_contract_dates" CHECK ("project_contract"."end_date" >= "project_contract"."spmk_date" and "project_contract"."spmk_date" >= "project_contract"."contract_date"),
	CONSTRAINT "project_contract_value" CHECK ("project_contract"."contract_value_idr" > 0 and "project_contract"."allocation_idr" > 0),
	CONSTRAINT "project_contract_status" CHECK ("project_contract"."status" in ('berjalan','selesai','diputus'))
);
--> statement-breakpoint
CREATE TABLE "project_dak_transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"tranche" smallint NOT NULL,
	"received_on" date NOT NULL,
	"amount_idr" numeric(20, 2) NOT NULL,
	CONSTRAINT "project_dak_tranche" CHECK ("project_dak_transfer"."tranche" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "project_payment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"term" text NOT NULL,
	"sp2d_number" text NOT NULL,
	"paid_on" date NOT NULL,
	"amount_idr" numeric(20, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_payment_sp2d" UNIQUE("contract_id","sp2d_number"),
	CONSTRAINT "project_payment_amount" CHECK ("project_payment"."amount_idr" > 0)
);
--> statement-breakpoint
CREATE TABLE "project_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"item_id" uuid,
	"file_id" uuid NOT NULL,
	"caption" text,
	"taken_at" text,
	"latitude" double precision,
	"longitude" double precision,
	"thumb_base64" text,
	"uploaded_by_label" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_scm" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"held_on" date NOT NULL,
	"week" smallint,
	"target_pct" numeric(9, 4) NOT NULL,
	"deadline" date NOT NULL,
	"minutes_number" text,
	"outcome" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_scm_stage" UNIQUE("contract_id","stage"),
	CONSTRAINT "project_scm_stage_range" CHECK ("project_scm"."stage" between 1 and 3),
	CONSTRAINT "project_scm_deadline" CHECK ("project_scm"."deadline" >= "project_scm"."held_on")
);
--> statement-breakpoint
CREATE TABLE "project_warning_letter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"notes" text,
	CONSTRAINT "project_warning_level" UNIQUE("contract_id","level"),
	CONSTRAINT "project_warning_level_range" CHECK ("project_warning_letter"."level" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "project_weekly_item_progress" (
	"report_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"item_progress_pct" numeric(9, 4) NOT NULL,
	CONSTRAINT "project_weekly_item_progress_report_id_item_id_pk" PRIMARY KEY("report_id","item_id"),
	CONSTRAINT "project_item_progress_pct" CHECK ("project_weekly_item_progress"."item_progress_pct" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "project_weekly_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"week" smallint NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"actual_cum_pct" numeric(9, 4) NOT NULL,
	"by_item" boolean DEFAULT false NOT NULL,
	"notes" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"approved_by" uuid,
	"approved_by_label" text,
	"approved_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_weekly_report_week" UNIQUE("contract_id","week"),
	CONSTRAINT "project_weekly_report_pct" CHECK ("project_weekly_report"."actual_cum_pct" between 0 and 100),
	CONSTRAINT "project_weekly_report_status" CHECK ("project_weekly_report"."status" in ('draft','approved'))
);
--> statement-breakpoint
ALTER TABLE "project_boq_item" ADD CONSTRAINT "project_boq_item_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_addendum" ADD CONSTRAINT "project_addendum_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contract" ADD CONSTRAINT "project_contract_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_dak_transfer" ADD CONSTRAINT "project_dak_transfer_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_payment" ADD CONSTRAINT "project_payment_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_photo" ADD CONSTRAINT "project_photo_report_id_project_weekly_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."project_weekly_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_photo" ADD CONSTRAINT "project_photo_item_id_project_boq_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."project_boq_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_photo" ADD CONSTRAINT "project_photo_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_scm" ADD CONSTRAINT "project_scm_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_warning_letter" ADD CONSTRAINT "project_warning_letter_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_weekly_item_progress" ADD CONSTRAINT "project_weekly_item_progress_report_id_project_weekly_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."project_weekly_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_weekly_item_progress" ADD CONSTRAINT "project_weekly_item_progress_item_id_project_boq_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."project_boq_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_weekly_report" ADD CONSTRAINT "project_weekly_report_contract_id_project_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."project_contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_boq_item_contract_idx" ON "project_boq_item" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "project_addendum_contract_idx" ON "project_addendum" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "project_document_contract_idx" ON "project_document" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "project_contract_centre_idx" ON "project_contract" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "project_photo_report_idx" ON "project_photo" USING btree ("report_id");