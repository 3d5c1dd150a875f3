CREATE TABLE "ip_record_document" (
	"ip_record_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "ip_record_document_ip_record_id_file_id_pk" PRIMARY KEY("ip_record_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "ip_record_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ip_record_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_by_label" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ip_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"motif_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"application_number" text,
	"application_date" date,
	"record_number" text,
	"record_date" date,
	"work_kind" text,
	"holder_kind" text,
	"holder_name" text,
	"holder_address" text,
	"holder_business_id" uuid,
	"first_published_on" date,
	"first_published_place" text,
	"custodian" text,
	"custodian_wilayah_code" text,
	"inventory_number" text,
	"term_state" text,
	"term_ends_on" date,
	"request_note" text,
	"requested_by" uuid,
	"handled_by" uuid,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_record_kind" CHECK ("ip_record"."kind" in ('hak_cipta','desain_industri','kik')),
	CONSTRAINT "ip_record_status" CHECK ("ip_record"."status" in ('requested','draft','filed','recorded','rejected','expired')),
	CONSTRAINT "ip_record_dates" CHECK ("ip_record"."record_date" is null or "ip_record"."application_date" is null or "ip_record"."record_date" >= "ip_record"."application_date")
);
--> statement-breakpoint
CREATE TABLE "motif_creator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"motif_id" uuid NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"address" text,
	"nationality" text DEFAULT 'Indonesia' NOT NULL,
	"deceased" boolean DEFAULT false NOT NULL,
	"died_on" date,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "motif_creator_death" CHECK ("motif_creator"."died_on" is null or "motif_creator"."deceased")
);
--> statement-breakpoint
CREATE TABLE "motif_image_variant" (
	"image_id" uuid NOT NULL,
	"size" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "motif_image_variant_image_id_size_pk" PRIMARY KEY("image_id","size")
);
--> statement-breakpoint
CREATE TABLE "motif_image" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"motif_id" uuid NOT NULL,
	"original_file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"caption" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_label" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "motif" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"business_id" uuid,
	"name" text NOT NULL,
	"alt_names" text[] DEFAULT '{}' NOT NULL,
	"description" text,
	"philosophy" text,
	"technique" text,
	"colours" text[] DEFAULT '{}' NOT NULL,
	"dye_kind" text,
	"year_created" smallint,
	"origin" text,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "motif_status" CHECK ("motif"."status" in ('draft','published')),
	CONSTRAINT "motif_technique" CHECK ("motif"."technique" in ('tulis','cap','kombinasi')),
	CONSTRAINT "motif_dye_kind" CHECK ("motif"."dye_kind" in ('alami','sintetis','campuran'))
);
--> statement-breakpoint
ALTER TABLE "ip_record_document" ADD CONSTRAINT "ip_record_document_ip_record_id_ip_record_id_fk" FOREIGN KEY ("ip_record_id") REFERENCES "public"."ip_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_record_document" ADD CONSTRAINT "ip_record_document_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_record_event" ADD CONSTRAINT "ip_record_event_ip_record_id_ip_record_id_fk" FOREIGN KEY ("ip_record_id") REFERENCES "public"."ip_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_record" ADD CONSTRAINT "ip_record_motif_id_motif_id_fk" FOREIGN KEY ("motif_id") REFERENCES "public"."motif"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_record" ADD CONSTRAINT "ip_record_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_record" ADD CONSTRAINT "ip_record_holder_business_id_business_id_fk" FOREIGN KEY ("holder_business_id") REFERENCES "public"."business"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_record" ADD CONSTRAINT "ip_record_custodian_wilayah_code_wilayah_code_fk" FOREIGN KEY ("custodian_wilayah_code") REFERENCES "public"."wilayah"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif_creator" ADD CONSTRAINT "motif_creator_motif_id_motif_id_fk" FOREIGN KEY ("motif_id") REFERENCES "public"."motif"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif_creator" ADD CONSTRAINT "motif_creator_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif_image_variant" ADD CONSTRAINT "motif_image_variant_image_id_motif_image_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."motif_image"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif_image" ADD CONSTRAINT "motif_image_motif_id_motif_id_fk" FOREIGN KEY ("motif_id") REFERENCES "public"."motif"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif_image" ADD CONSTRAINT "motif_image_original_file_id_stored_file_id_fk" FOREIGN KEY ("original_file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif" ADD CONSTRAINT "motif_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motif" ADD CONSTRAINT "motif_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ip_record_event_record_idx" ON "ip_record_event" USING btree ("ip_record_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ip_record_application_unique" ON "ip_record" USING btree ("kind","application_number") WHERE "ip_record"."application_number" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ip_record_record_number_unique" ON "ip_record" USING btree ("kind","record_number") WHERE "ip_record"."record_number" is not null;--> statement-breakpoint
CREATE INDEX "ip_record_motif_idx" ON "ip_record" USING btree ("motif_id");--> statement-breakpoint
CREATE INDEX "ip_record_centre_idx" ON "ip_record" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "ip_record_term_idx" ON "ip_record" USING btree ("term_ends_on");--> statement-breakpoint
CREATE INDEX "motif_creator_motif_idx" ON "motif_creator" USING btree ("motif_id");--> statement-breakpoint
CREATE UNIQUE INDEX "motif_image_sha256_unique" ON "motif_image" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "motif_image_one_primary" ON "motif_image" USING btree ("motif_id") WHERE "motif_image"."is_primary";--> statement-breakpoint
CREATE INDEX "motif_image_motif_idx" ON "motif_image" USING btree ("motif_id");--> statement-breakpoint
CREATE INDEX "motif_centre_idx" ON "motif" USING btree ("centre_id","name");--> statement-breakpoint
CREATE INDEX "motif_business_idx" ON "motif" USING btree ("business_id");