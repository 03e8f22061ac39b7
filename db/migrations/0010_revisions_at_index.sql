-- A citation's "changed since" check lists the revisions after a moment (db/queries/changes.ts), and
-- "Data as of" is the latest revision's time: both read event_revisions by time, not by event.
CREATE INDEX "event_revisions_at_idx" ON "event_revisions" USING btree ("at");
