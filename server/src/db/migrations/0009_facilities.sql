CREATE TABLE "facility_block_booking" (
	"block_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"original_period" "tstzrange" NOT NULL,
	"resolution" text,
	"resolved_by_label" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "facility_block_booking_block_id_booking_id_pk" PRIMARY KEY("block_id","booking_id"),
	CONSTRAINT "facility_block_booking_resolution" CHECK ("facility_block_booking"."resolution" in ('moved','cancelled','released'))
);
--> statement-breakpoint
CREATE TABLE "facility_block" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"period" "tstzrange" NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_by_label" text,
	"lifted_at" timestamp with time zone,
	CONSTRAINT "facility_block_status" CHECK ("facility_block"."status" in ('active','lifted')),
	CONSTRAINT "facility_block_period" CHECK (not isempty("facility_block"."period") and not lower_inf("facility_block"."period") and not upper_inf("facility_block"."period"))
);
--> statement-breakpoint
CREATE TABLE "facility_booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"person_id" uuid,
	"period" "tstzrange" NOT NULL,
	"units" integer DEFAULT 1 NOT NULL,
	"exclusive" boolean DEFAULT true NOT NULL,
	"status" text NOT NULL,
	"approval" text,
	"status_reason" text,
	"purpose" text,
	"booked_by" uuid,
	"booked_by_label" text NOT NULL,
	"decided_by_label" text,
	"decided_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone,
	"output_quantity" numeric(12, 2),
	"output_unit" text,
	"output_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_booking_status" CHECK ("facility_booking"."status" in ('pending','approved','checked_in','completed','cancelled','no_show','rejected')),
	CONSTRAINT "facility_booking_period" CHECK (not isempty("facility_booking"."period") and lower_inc("facility_booking"."period") and not upper_inc("facility_booking"."period") and not lower_inf("facility_booking"."period") and not upper_inf("facility_booking"."period")),
	CONSTRAINT "facility_booking_units" CHECK ("facility_booking"."units" >= 1),
	CONSTRAINT "facility_booking_checked_in" CHECK ("facility_booking"."status" not in ('checked_in','completed') or "facility_booking"."checked_in_at" is not null),
	CONSTRAINT "facility_booking_checked_out" CHECK ("facility_booking"."checked_out_at" is null or ("facility_booking"."checked_in_at" is not null and "facility_booking"."checked_out_at" > "facility_booking"."checked_in_at")),
	CONSTRAINT "facility_booking_output" CHECK (("facility_booking"."output_quantity" is null) = ("facility_booking"."output_unit" is null) and coalesce("facility_booking"."output_quantity", 0) >= 0 and coalesce("facility_booking"."output_unit", 'lembar') in ('lembar','meter'))
);
--> statement-breakpoint
CREATE TABLE "facility_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"booking_id" uuid,
	"block_id" uuid,
	"kind" text NOT NULL,
	"message_id" text NOT NULL,
	"message_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"read_by_label" text
);
--> statement-breakpoint
CREATE TABLE "facility_resource" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"description" text,
	"parent_space_id" uuid,
	"capacity" integer DEFAULT 1 NOT NULL,
	"capacity_unit" text DEFAULT 'unit' NOT NULL,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"multi_day" boolean DEFAULT false NOT NULL,
	"tariff_per_hour_idr" numeric(20, 2),
	"tariff_per_day_idr" numeric(20, 2),
	"tariff_basis" text,
	"status" text DEFAULT 'available' NOT NULL,
	"requires_training" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_resource_code" UNIQUE("centre_id","code"),
	CONSTRAINT "facility_resource_kind" CHECK ("facility_resource"."kind" in ('space','equipment')),
	CONSTRAINT "facility_resource_status" CHECK ("facility_resource"."status" in ('available','maintenance','retired')),
	CONSTRAINT "facility_resource_capacity" CHECK ("facility_resource"."capacity" >= 1),
	CONSTRAINT "facility_resource_tariffs" CHECK (coalesce("facility_resource"."tariff_per_hour_idr", 0) >= 0 and coalesce("facility_resource"."tariff_per_day_idr", 0) >= 0),
	CONSTRAINT "facility_resource_parent" CHECK ("facility_resource"."parent_space_id" is null or "facility_resource"."kind" = 'equipment')
);
--> statement-breakpoint
CREATE TABLE "facility_training" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"resource_id" uuid,
	"category" text,
	"trained_on" date NOT NULL,
	"valid_until" date,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_ref" text,
	"notes" text,
	"recorded_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_training_target" CHECK (num_nonnulls("facility_training"."resource_id", "facility_training"."category") = 1),
	CONSTRAINT "facility_training_validity" CHECK ("facility_training"."valid_until" is null or "facility_training"."valid_until" >= "facility_training"."trained_on"),
	CONSTRAINT "facility_training_source" CHECK ("facility_training"."source" in ('manual','service'))
);
--> statement-breakpoint
ALTER TABLE "facility_block_booking" ADD CONSTRAINT "facility_block_booking_block_id_facility_block_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."facility_block"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_block_booking" ADD CONSTRAINT "facility_block_booking_booking_id_facility_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."facility_booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_block" ADD CONSTRAINT "facility_block_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_block" ADD CONSTRAINT "facility_block_resource_id_facility_resource_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."facility_resource"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_booking" ADD CONSTRAINT "facility_booking_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_booking" ADD CONSTRAINT "facility_booking_resource_id_facility_resource_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."facility_resource"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_booking" ADD CONSTRAINT "facility_booking_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_booking" ADD CONSTRAINT "facility_booking_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_notice" ADD CONSTRAINT "facility_notice_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_notice" ADD CONSTRAINT "facility_notice_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_notice" ADD CONSTRAINT "facility_notice_booking_id_facility_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."facility_booking"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_notice" ADD CONSTRAINT "facility_notice_block_id_facility_block_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."facility_block"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_resource" ADD CONSTRAINT "facility_resource_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_resource" ADD CONSTRAINT "facility_resource_parent_fk" FOREIGN KEY ("parent_space_id") REFERENCES "public"."facility_resource"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_training" ADD CONSTRAINT "facility_training_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_training" ADD CONSTRAINT "facility_training_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_training" ADD CONSTRAINT "facility_training_resource_id_facility_resource_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."facility_resource"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facility_block_booking_booking_idx" ON "facility_block_booking" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "facility_block_resource_idx" ON "facility_block" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "facility_booking_centre_idx" ON "facility_booking" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "facility_booking_business_idx" ON "facility_booking" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "facility_booking_person_idx" ON "facility_booking" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "facility_notice_business_idx" ON "facility_notice" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE INDEX "facility_resource_centre_idx" ON "facility_resource" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "facility_training_person_idx" ON "facility_training" USING btree ("person_id");--> statement-breakpoint
-- Hand-written: what drizzle-kit cannot express. btree_gist (migration 0001 already creates it)
-- lets a gist index compare the uuid resource_id with = beside the range's &&.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- `exclusive` mirrors "the resource has capacity 1", so the exclusion constraint below can say
-- "capacity-1 resources" with the row's own columns. Set here, not by the server, so no writer
-- can get it wrong.
CREATE OR REPLACE FUNCTION facility_booking_set_exclusive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT r.capacity = 1 INTO NEW.exclusive FROM facility_resource r WHERE r.id = NEW.resource_id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER facility_booking_exclusive BEFORE INSERT OR UPDATE OF resource_id, exclusive ON facility_booking
  FOR EACH ROW EXECUTE FUNCTION facility_booking_set_exclusive();
--> statement-breakpoint
-- A change of capacity rewrites the flag on the resource's bookings; going down to 1 while
-- active bookings overlap then fails on the exclusion constraint (23P01), as it should.
CREATE OR REPLACE FUNCTION facility_resource_capacity_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_booking SET exclusive = (NEW.capacity = 1)
   WHERE resource_id = NEW.id AND exclusive IS DISTINCT FROM (NEW.capacity = 1);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER facility_resource_capacity AFTER UPDATE OF capacity ON facility_resource
  FOR EACH ROW WHEN (OLD.capacity IS DISTINCT FROM NEW.capacity)
  EXECUTE FUNCTION facility_resource_capacity_changed();
--> statement-breakpoint
-- Double booking of a capacity-1 resource is impossible in the database itself: two active
-- bookings of the same resource never overlap, whoever writes them and however concurrently.
ALTER TABLE facility_booking ADD CONSTRAINT facility_booking_no_overlap
  EXCLUDE USING gist (resource_id WITH =, period WITH &&)
  WHERE (exclusive AND status IN ('pending', 'approved', 'checked_in'));
--> statement-breakpoint
-- Active maintenance blocks of one resource never overlap either.
ALTER TABLE facility_block ADD CONSTRAINT facility_block_no_overlap
  EXCLUDE USING gist (resource_id WITH =, period WITH &&)
  WHERE (status = 'active');
--> statement-breakpoint
-- The capacity count and the availability search read the active bookings of a resource in a
-- window: gist on (resource_id, period) for every capacity, not only the capacity-1 ones.
CREATE INDEX facility_booking_active_idx ON facility_booking USING gist (resource_id, period)
  WHERE status IN ('pending', 'approved', 'checked_in');
