-- Merging one actor into another (or one place into another) is undoable: each merge keeps the
-- merged-away record as it was, the exact links that moved and the names the survivor gained
-- (db/queries/merge-actors.ts, merge-places.ts). A merge not undone redirects the old record's pages.
CREATE TABLE "identity_merges" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL CHECK ("kind" IN ('actor', 'place')),
	"merged_id" integer NOT NULL,
	"into_id" integer NOT NULL,
	"merged_name" text NOT NULL,
	"into_name" text NOT NULL,
	"snapshot" json NOT NULL,
	"moved" json NOT NULL,
	"added" json NOT NULL,
	"queue_ids" integer[] NOT NULL,
	"origin" "revision_origin" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "identity_merges_merged_idx" ON "identity_merges" USING btree ("kind","merged_id") WHERE undone_at is null;
--> statement-breakpoint
CREATE INDEX "identity_merges_into_idx" ON "identity_merges" USING btree ("kind","into_id");
