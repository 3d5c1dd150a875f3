ALTER TABLE "periodic_report" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "periodic_report" ADD COLUMN "returned_at" timestamp with time zone;