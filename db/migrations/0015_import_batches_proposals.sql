CREATE TABLE "import_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"author_id" text,
	"label" text NOT NULL,
	"conflict_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "import_batch_id" integer;--> statement-breakpoint
ALTER TABLE "pending_changes" ADD COLUMN "kind" text DEFAULT 'edit' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batches_author_idx" ON "import_batches" USING btree ("author_id","created_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_revisions_user_idx" ON "event_revisions" USING btree ("user_id","at") WHERE user_id is not null;--> statement-breakpoint
CREATE INDEX "events_import_batch_idx" ON "events" USING btree ("import_batch_id") WHERE import_batch_id is not null;