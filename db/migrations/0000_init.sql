CREATE TYPE "public"."actor_kind" AS ENUM('person', 'state', 'armed-force', 'organisation', 'group');--> statement-breakpoint
CREATE TYPE "public"."actor_role" AS ENUM('actor-1', 'actor-2', 'associated', 'mediator', 'participant');--> statement-breakpoint
CREATE TYPE "public"."revision_origin" AS ENUM('seed', 'form', 'article', 'import', 'api');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'week', 'month', 'year', 'range');--> statement-breakpoint
CREATE TYPE "public"."revision_action" AS ENUM('create', 'update', 'delete', 'restore', 'import');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('occurred', 'planned', 'claimed', 'disputed');--> statement-breakpoint
CREATE TABLE "actor_aliases" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor_id" integer NOT NULL,
	"alias" text NOT NULL,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "actor_kind" NOT NULL,
	"country" text,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"max_span_days" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflicts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "event_actors" (
	"event_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"role" "actor_role" NOT NULL,
	"conflict_id" integer NOT NULL,
	"sub_type" text NOT NULL,
	"status" "event_status" NOT NULL,
	"milestone" boolean NOT NULL,
	"date_start" date NOT NULL,
	"date_last" date NOT NULL,
	"live" boolean NOT NULL,
	CONSTRAINT "event_actors_event_id_actor_id_pk" PRIMARY KEY("event_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "event_day_counts" (
	"conflict_id" integer NOT NULL,
	"sub_type" text NOT NULL,
	"status" "event_status" NOT NULL,
	"milestone" boolean NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "event_day_counts_conflict_id_first_day_sub_type_status_milestone_last_day_pk" PRIMARY KEY("conflict_id","first_day","sub_type","status","milestone","last_day")
);
--> statement-breakpoint
CREATE TABLE "event_month_counts" (
	"conflict_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"sub_type" text NOT NULL,
	"status" "event_status" NOT NULL,
	"milestone" boolean NOT NULL,
	"first_month" date NOT NULL,
	"last_month" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "event_month_counts_conflict_id_actor_id_sub_type_status_milestone_first_month_last_month_pk" PRIMARY KEY("conflict_id","actor_id","sub_type","status","milestone","first_month","last_month")
);
--> statement-breakpoint
CREATE TABLE "event_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" "revision_action" NOT NULL,
	"origin" "revision_origin" NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "event_sources" (
	"event_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"quote" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "event_sources_event_id_source_id_pk" PRIMARY KEY("event_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "event_year_counts" (
	"conflict_id" integer NOT NULL,
	"actor_id" integer NOT NULL,
	"sub_type" text NOT NULL,
	"status" "event_status" NOT NULL,
	"milestone" boolean NOT NULL,
	"first_year" date NOT NULL,
	"last_year" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "event_year_counts_conflict_id_actor_id_sub_type_status_milestone_first_year_last_year_pk" PRIMARY KEY("conflict_id","actor_id","sub_type","status","milestone","first_year","last_year")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"conflict_id" integer NOT NULL,
	"external_id" text,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"event_type" text NOT NULL,
	"sub_type" text NOT NULL,
	"date_start" date NOT NULL,
	"date_end" date,
	"date_last" date NOT NULL,
	"precision" date_precision NOT NULL,
	"time" time,
	"time_zone" text,
	"status" "event_status" DEFAULT 'occurred' NOT NULL,
	"milestone" boolean DEFAULT false NOT NULL,
	"location_id" integer,
	"fatalities_best" integer,
	"fatalities_low" integer,
	"fatalities_high" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"alt_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"country" text,
	"admin1" text,
	"lat" double precision,
	"lon" double precision,
	"geo_precision" smallint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"publisher" text NOT NULL,
	"url" text,
	"title" text,
	"published_at" date
);
--> statement-breakpoint
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_revisions" ADD CONSTRAINT "event_revisions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actor_aliases_alias_lower_idx" ON "actor_aliases" USING btree (lower("alias"));--> statement-breakpoint
CREATE UNIQUE INDEX "actor_aliases_unique_idx" ON "actor_aliases" USING btree ("actor_id",lower("alias"));--> statement-breakpoint
CREATE UNIQUE INDEX "actors_name_lower_idx" ON "actors" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "event_revisions_event_idx" ON "event_revisions" USING btree ("event_id","at");--> statement-breakpoint
CREATE INDEX "events_conflict_type_date_idx" ON "events" USING btree ("conflict_id","sub_type","date_start") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "events_location_idx" ON "events" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "events_external_id_idx" ON "events" USING btree ("conflict_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_name_lower_idx" ON "locations" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "sources_url_idx" ON "sources" USING btree ("url");