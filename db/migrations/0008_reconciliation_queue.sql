-- Names reconciled on every way in (db/names.ts). When a name is close to a known record but not
-- equal, the new record is created and listed here as "possibly the same as" the candidate, for an
-- analyst to merge or to mark as distinct (remembered: the pair is not proposed again).
CREATE TABLE reconciliation_queue (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('actor', 'place')),
  record_id integer NOT NULL,
  candidate_id integer NOT NULL,
  reason text NOT NULL,
  origin revision_origin NOT NULL,
  label text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'distinct')),
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  CONSTRAINT reconciliation_queue_pair_key UNIQUE (kind, record_id, candidate_id)
);
--> statement-breakpoint
CREATE INDEX reconciliation_queue_open_idx ON reconciliation_queue (kind, created_at) WHERE status = 'open';
--> statement-breakpoint
-- The curated registry now carries ACLED's names of its actors (db/seed/armenia-azerbaijan.json);
-- a database seeded earlier gets them too, and the two police forces ACLED names, where the
-- registry's actors exist. Kept in step with the seed file by db/names.test.ts.
INSERT INTO actors (name, kind, country)
SELECT v.name, 'armed-force', v.country
FROM (VALUES ('Armenian police', 'ARM'), ('Azerbaijani police', 'AZE')) AS v(name, country)
WHERE EXISTS (SELECT 1 FROM actors WHERE lower(name) = 'armenian armed forces')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO actor_aliases (actor_id, alias, valid_from, valid_to)
SELECT a.id, v.alias, v.valid_from::date, v.valid_to::date
FROM (VALUES
  ('Armenian Armed Forces', 'Military Forces of Armenia (2018-)', '2018-01-01', NULL),
  ('Armenian Armed Forces', 'Military Forces of Armenia (2008-2018)', '2008-01-01', '2018-12-31'),
  ('Armenian Armed Forces', 'Military Forces of Armenia (1998-2008)', '1998-01-01', '2008-12-31'),
  ('Armenian Armed Forces', 'Military Forces of Armenia (1991-1998)', '1991-01-01', '1998-12-31'),
  ('Azerbaijani Armed Forces', 'Military Forces of Azerbaijan (2003-)', '2003-01-01', NULL),
  ('Azerbaijani Armed Forces', 'Military Forces of Azerbaijan (1993-2003)', '1993-01-01', '2003-12-31'),
  ('Azerbaijani Armed Forces', 'Military Forces of Azerbaijan (1992-1993)', '1992-01-01', '1993-12-31'),
  ('Armenia', 'Government of Armenia (2018-)', '2018-01-01', NULL),
  ('Armenia', 'Government of Armenia (2008-2018)', '2008-01-01', '2018-12-31'),
  ('Azerbaijan', 'Government of Azerbaijan (2003-)', '2003-01-01', NULL),
  ('Armenian police', 'Police Forces of Armenia (2018-)', '2018-01-01', NULL),
  ('Armenian police', 'Police Forces of Armenia (2008-2018)', '2008-01-01', '2018-12-31'),
  ('Azerbaijani police', 'Police Forces of Azerbaijan (2003-)', '2003-01-01', NULL)
) AS v(actor, alias, valid_from, valid_to)
JOIN actors a ON lower(a.name) = lower(v.actor)
ON CONFLICT DO NOTHING;
