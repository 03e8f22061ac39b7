-- Covering indexes for the two hot paths (drizzle-kit cannot express INCLUDE): "events of actor X
-- between two dates" and "events between two dates", both answerable by index-only scans.
CREATE INDEX event_actors_actor_date_idx ON event_actors (actor_id, conflict_id, date_start, event_id)
  INCLUDE (date_last, sub_type, status, milestone) WHERE live;
--> statement-breakpoint
CREATE INDEX events_conflict_date_idx ON events (conflict_id, date_start, id)
  INCLUDE (date_last, sub_type, status, milestone) WHERE deleted_at IS NULL;
--> statement-breakpoint
-- Keeps the derived columns and the rollups (day, month, year) consistent whatever writes the rows.
-- Bulk loads disable these triggers and call fl_rebuild_counts() once at the end.
-- Dates are cast to timestamp (without time zone) before date_trunc so the session's
-- TimeZone can never move a day.
CREATE FUNCTION fl_date_last(p_start date, p_end date, p_precision date_precision) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_precision
    WHEN 'day' THEN p_start
    WHEN 'week' THEN p_start + 6
    WHEN 'month' THEN (date_trunc('month', p_start::timestamp) + interval '1 month - 1 day')::date
    WHEN 'year' THEN (date_trunc('year', p_start::timestamp) + interval '1 year - 1 day')::date
    ELSE coalesce(p_end, p_start)
  END
$$;
--> statement-breakpoint
CREATE FUNCTION fl_bump_month_count(p_conflict int, p_actor int, p_sub text, p_status event_status, p_milestone boolean,
  p_start date, p_last date, p_n int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_month_counts AS c (conflict_id, actor_id, sub_type, status, milestone, first_month, last_month, n)
  VALUES (p_conflict, p_actor, p_sub, p_status, p_milestone,
    date_trunc('month', p_start::timestamp)::date, date_trunc('month', p_last::timestamp)::date, p_n)
  ON CONFLICT (conflict_id, actor_id, sub_type, status, milestone, first_month, last_month)
  DO UPDATE SET n = c.n + EXCLUDED.n;
  INSERT INTO event_year_counts AS y (conflict_id, actor_id, sub_type, status, milestone, first_year, last_year, n)
  VALUES (p_conflict, p_actor, p_sub, p_status, p_milestone,
    date_trunc('year', p_start::timestamp)::date, date_trunc('year', p_last::timestamp)::date, p_n)
  ON CONFLICT (conflict_id, actor_id, sub_type, status, milestone, first_year, last_year)
  DO UPDATE SET n = y.n + EXCLUDED.n;
  IF p_actor = 0 THEN
    INSERT INTO event_day_counts AS d (conflict_id, sub_type, status, milestone, first_day, last_day, n)
    VALUES (p_conflict, p_sub, p_status, p_milestone, p_start, p_last, p_n)
    ON CONFLICT (conflict_id, first_day, sub_type, status, milestone, last_day)
    DO UPDATE SET n = d.n + EXCLUDED.n;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION fl_events_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.date_last := fl_date_last(NEW.date_start, NEW.date_end, NEW.precision);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_before_write BEFORE INSERT OR UPDATE ON events
FOR EACH ROW EXECUTE FUNCTION fl_events_before_write();
--> statement-breakpoint
CREATE FUNCTION fl_events_after_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
    PERFORM fl_bump_month_count(OLD.conflict_id, 0, OLD.sub_type, OLD.status, OLD.milestone, OLD.date_start, OLD.date_last, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.deleted_at IS NULL THEN
    PERFORM fl_bump_month_count(NEW.conflict_id, 0, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, 1);
  END IF;
  -- Grow-only bound; fl_rebuild_counts() recomputes it exactly.
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE conflicts SET max_span_days = NEW.date_last - NEW.date_start
    WHERE id = NEW.conflict_id AND max_span_days < NEW.date_last - NEW.date_start;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.conflict_id, OLD.sub_type, OLD.status, OLD.milestone, OLD.date_start, OLD.date_last, OLD.deleted_at IS NULL)
      IS DISTINCT FROM (NEW.conflict_id, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, NEW.deleted_at IS NULL) THEN
    UPDATE event_actors SET conflict_id = NEW.conflict_id, sub_type = NEW.sub_type, status = NEW.status,
      milestone = NEW.milestone, date_start = NEW.date_start, date_last = NEW.date_last, live = NEW.deleted_at IS NULL
    WHERE event_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_after_write AFTER INSERT OR UPDATE OR DELETE ON events
FOR EACH ROW EXECUTE FUNCTION fl_events_after_write();
--> statement-breakpoint
CREATE FUNCTION fl_event_actors_before_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last, e.deleted_at IS NULL
    INTO NEW.conflict_id, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, NEW.live
  FROM events e WHERE e.id = NEW.event_id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER event_actors_before_insert BEFORE INSERT ON event_actors
FOR EACH ROW EXECUTE FUNCTION fl_event_actors_before_insert();
--> statement-breakpoint
CREATE FUNCTION fl_event_actors_after_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.live THEN
    PERFORM fl_bump_month_count(OLD.conflict_id, OLD.actor_id, OLD.sub_type, OLD.status, OLD.milestone, OLD.date_start, OLD.date_last, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.live THEN
    PERFORM fl_bump_month_count(NEW.conflict_id, NEW.actor_id, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER event_actors_after_write AFTER INSERT OR UPDATE OR DELETE ON event_actors
FOR EACH ROW EXECUTE FUNCTION fl_event_actors_after_write();
--> statement-breakpoint
CREATE FUNCTION fl_rebuild_counts() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_month_counts;
  INSERT INTO event_month_counts (conflict_id, actor_id, sub_type, status, milestone, first_month, last_month, n)
  SELECT conflict_id, 0, sub_type, status, milestone,
    date_trunc('month', date_start::timestamp)::date, date_trunc('month', date_last::timestamp)::date, count(*)::int
  FROM events WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7;
  INSERT INTO event_month_counts (conflict_id, actor_id, sub_type, status, milestone, first_month, last_month, n)
  SELECT conflict_id, actor_id, sub_type, status, milestone,
    date_trunc('month', date_start::timestamp)::date, date_trunc('month', date_last::timestamp)::date, count(*)::int
  FROM event_actors WHERE live GROUP BY 1, 2, 3, 4, 5, 6, 7;
  UPDATE conflicts c SET max_span_days = coalesce((SELECT max(e.date_last - e.date_start) FROM events e WHERE e.conflict_id = c.id), 0);
  DELETE FROM event_day_counts;
  INSERT INTO event_day_counts (conflict_id, sub_type, status, milestone, first_day, last_day, n)
  SELECT conflict_id, sub_type, status, milestone, date_start, date_last, count(*)::int
  FROM events WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6;
  DELETE FROM event_year_counts;
  INSERT INTO event_year_counts (conflict_id, actor_id, sub_type, status, milestone, first_year, last_year, n)
  SELECT conflict_id, actor_id, sub_type, status, milestone,
    date_trunc('year', first_month::timestamp)::date, date_trunc('year', last_month::timestamp)::date, sum(n)::int
  FROM event_month_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
END
$$;
