CREATE TYPE "public"."event_review" AS ENUM('published', 'pending', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('viewer', 'contributor', 'editor', 'admin');--> statement-breakpoint
ALTER TYPE "public"."revision_action" ADD VALUE 'approve';--> statement-breakpoint
ALTER TYPE "public"."revision_action" ADD VALUE 'reject';--> statement-breakpoint
CREATE TABLE "pending_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"author_id" text,
	"form" json NOT NULL,
	"base_version" integer NOT NULL,
	"review" "event_review" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"reviewer_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"user_id" text,
	"subject" text,
	"event_id" integer,
	"detail" json
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" json NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" "user_role" DEFAULT 'viewer' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "events_conflict_type_date_idx";--> statement-breakpoint
ALTER TABLE "event_revisions" ADD COLUMN "user_id" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "review" "event_review" DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "author_id" text;--> statement-breakpoint
ALTER TABLE "pending_changes" ADD CONSTRAINT "pending_changes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_changes" ADD CONSTRAINT "pending_changes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_changes" ADD CONSTRAINT "pending_changes_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_changes_open_idx" ON "pending_changes" USING btree ("review","created_at");--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("action","subject","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_review_idx" ON "events" USING btree ("review","author_id") WHERE review <> 'published';--> statement-breakpoint
CREATE INDEX "events_conflict_type_date_idx" ON "events" USING btree ("conflict_id","sub_type","date_start") WHERE deleted_at is null and review = 'published';--> statement-breakpoint
-- An event counts (rollups, event_actors.live, the covering indexes) only once it is published:
-- a contributor's pending or rejected event is in no count, chart, map or export of anyone.
DROP INDEX events_conflict_date_idx;--> statement-breakpoint
CREATE INDEX events_conflict_date_idx ON events (conflict_id, date_start, id)
  INCLUDE (date_last, sub_type, status, milestone) WHERE deleted_at IS NULL AND review = 'published';--> statement-breakpoint
DROP INDEX events_span_idx;--> statement-breakpoint
CREATE INDEX events_span_idx ON events USING gist (daterange(date_start, date_last, '[]'))
  WHERE deleted_at IS NULL AND review = 'published';--> statement-breakpoint
CREATE OR REPLACE FUNCTION fl_events_after_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_live boolean := TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL AND OLD.review = 'published';
  new_live boolean := TG_OP IN ('UPDATE', 'INSERT') AND NEW.deleted_at IS NULL AND NEW.review = 'published';
BEGIN
  IF old_live THEN
    PERFORM fl_bump_month_count(OLD.conflict_id, 0, OLD.sub_type, OLD.status, OLD.milestone, OLD.date_start, OLD.date_last, -1);
  END IF;
  IF new_live THEN
    PERFORM fl_bump_month_count(NEW.conflict_id, 0, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, 1);
  END IF;
  -- Grow-only bound; fl_rebuild_counts() recomputes it exactly.
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE conflicts SET max_span_days = NEW.date_last - NEW.date_start
    WHERE id = NEW.conflict_id AND max_span_days < NEW.date_last - NEW.date_start;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.conflict_id, OLD.sub_type, OLD.status, OLD.milestone, OLD.date_start, OLD.date_last, old_live)
      IS DISTINCT FROM (NEW.conflict_id, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, new_live) THEN
    UPDATE event_actors SET conflict_id = NEW.conflict_id, sub_type = NEW.sub_type, status = NEW.status,
      milestone = NEW.milestone, date_start = NEW.date_start, date_last = NEW.date_last, live = new_live
    WHERE event_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION fl_event_actors_before_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last,
      e.deleted_at IS NULL AND e.review = 'published'
    INTO NEW.conflict_id, NEW.sub_type, NEW.status, NEW.milestone, NEW.date_start, NEW.date_last, NEW.live
  FROM events e WHERE e.id = NEW.event_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION fl_rebuild_counts() RETURNS void
LANGUAGE plpgsql SET work_mem = '64MB' AS $$
BEGIN
  TRUNCATE event_month_counts, event_day_counts, event_year_counts;
  INSERT INTO event_month_counts (conflict_id, actor_id, sub_type, status, milestone, first_month, last_month, n)
  SELECT conflict_id, actor_id, sub_type, status, milestone, first_month, last_month, sum(n)::int FROM (
    SELECT conflict_id, 0 AS actor_id, sub_type, status, milestone,
      date_trunc('month', date_start::timestamp)::date AS first_month, date_trunc('month', date_last::timestamp)::date AS last_month, count(*) AS n
    FROM events WHERE deleted_at IS NULL AND review = 'published' GROUP BY 1, 2, 3, 4, 5, 6, 7
    UNION ALL
    SELECT conflict_id, actor_id, sub_type, status, milestone,
      date_trunc('month', date_start::timestamp)::date, date_trunc('month', date_last::timestamp)::date, count(*)
    FROM event_actors WHERE live GROUP BY 1, 2, 3, 4, 5, 6, 7) m
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7;
  UPDATE conflicts c SET max_span_days = coalesce((SELECT max(e.date_last - e.date_start) FROM events e WHERE e.conflict_id = c.id), 0);
  INSERT INTO event_day_counts (conflict_id, sub_type, status, milestone, first_day, last_day, n)
  SELECT conflict_id, sub_type, status, milestone, date_start, date_last, count(*)::int
  FROM events WHERE deleted_at IS NULL AND review = 'published' GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 5, 2, 3, 4, 6;
  INSERT INTO event_year_counts (conflict_id, actor_id, sub_type, status, milestone, first_year, last_year, n)
  SELECT conflict_id, actor_id, sub_type, status, milestone,
    date_trunc('year', first_month::timestamp)::date, date_trunc('year', last_month::timestamp)::date, sum(n)::int
  FROM event_month_counts GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7;
END
$$;
