ALTER TABLE "conflicts" ADD COLUMN "region" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "countries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "span_start" text;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "span_end" text;