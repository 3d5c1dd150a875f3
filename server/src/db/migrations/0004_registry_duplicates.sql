CREATE TABLE "business_duplicate_dismissal" (
	"business_a_id" uuid NOT NULL,
	"business_b_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"dismissed_by" uuid,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_duplicate_dismissal_business_a_id_business_b_id_pk" PRIMARY KEY("business_a_id","business_b_id"),
	CONSTRAINT "business_duplicate_dismissal_order" CHECK ("business_duplicate_dismissal"."business_a_id" < "business_duplicate_dismissal"."business_b_id")
);
--> statement-breakpoint
ALTER TABLE "business_duplicate_dismissal" ADD CONSTRAINT "business_duplicate_dismissal_business_a_id_business_id_fk" FOREIGN KEY ("business_a_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_duplicate_dismissal" ADD CONSTRAINT "business_duplicate_dismissal_business_b_id_business_id_fk" FOREIGN KEY ("business_b_id") REFERENCES "public"."business"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_duplicate_dismissal" ADD CONSTRAINT "business_duplicate_dismissal_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_duplicate_dismissal_centre_idx" ON "business_duplicate_dismissal" USING btree ("centre_id");