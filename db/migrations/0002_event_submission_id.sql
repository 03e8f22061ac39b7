ALTER TABLE "events" ADD COLUMN "submission_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "events_submission_id_idx" ON "events" USING btree ("submission_id");