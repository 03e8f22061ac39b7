-- Merging and splitting events (db/queries/event-merge.ts, event-split.ts): a merged event points at
-- its survivor (and is soft-deleted, so lists, counts and rollups leave it out); the revision log
-- gains the two actions; pairs an analyst marked "not the same" are never offered as duplicates again.
ALTER TYPE "public"."revision_action" ADD VALUE 'merge';--> statement-breakpoint
ALTER TYPE "public"."revision_action" ADD VALUE 'split';--> statement-breakpoint
CREATE TABLE "event_distinct_pairs" (
	"low_id" integer NOT NULL,
	"high_id" integer NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	CONSTRAINT "event_distinct_pairs_low_id_high_id_pk" PRIMARY KEY("low_id","high_id"),
	CONSTRAINT "event_distinct_pairs_order" CHECK (low_id < high_id)
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "merged_into_id" integer;--> statement-breakpoint
ALTER TABLE "event_distinct_pairs" ADD CONSTRAINT "event_distinct_pairs_low_id_events_id_fk" FOREIGN KEY ("low_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_distinct_pairs" ADD CONSTRAINT "event_distinct_pairs_high_id_events_id_fk" FOREIGN KEY ("high_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_distinct_pairs_high_idx" ON "event_distinct_pairs" USING btree ("high_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_merged_into_id_events_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_merged_into_idx" ON "events" USING btree ("merged_into_id") WHERE merged_into_id is not null;