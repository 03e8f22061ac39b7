-- A date-filtered view reads its window as two disjoint parts (db/queries/conditions.ts): the events
-- that start inside it (a range of the date index) and those that started before it and are still
-- going on its first day. The second part, whatever its events span (a blockade over years, a
-- dispute since 1991), is found through these range indexes. This replaces the grow-only
-- conflicts.max_span_days bound, which one decades-long event made useless for every view and which
-- never shrank when that event was deleted.
CREATE INDEX events_span_idx ON events USING gist (daterange(date_start, date_last, '[]'))
  WHERE deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX event_actors_span_idx ON event_actors USING gist (daterange(date_start, date_last, '[]'))
  WHERE live;
