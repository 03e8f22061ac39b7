// Tables and relations of the event store. Dates are calendar days kept as strings
// (`mode: 'string'`) so no driver ever turns them into a local-midnight instant.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  json,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ACTOR_KINDS, ACTOR_ROLES, EVENT_STATUSES } from '@/lib/taxonomy/taxonomy';
import { PRECISIONS } from '@/lib/dates/precision';
import { REVIEW_STATES } from '@/lib/auth/roles';
import { REVISION_ACTIONS, REVISION_ORIGINS } from '@/lib/history';
import { importBatches, users } from './schema-accounts';

export * from './schema-accounts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const precisionEnum = pgEnum('date_precision', PRECISIONS);
export const statusEnum = pgEnum('event_status', EVENT_STATUSES);
export const actorKindEnum = pgEnum('actor_kind', ACTOR_KINDS);
export const actorRoleEnum = pgEnum('actor_role', ACTOR_ROLES);
export const revisionActionEnum = pgEnum('revision_action', REVISION_ACTIONS);
export const originEnum = pgEnum('revision_origin', REVISION_ORIGINS);
/** Whether an event is public: a contributor's event waits for an editor. */
export const reviewEnum = pgEnum('event_review', REVIEW_STATES);

export const conflicts = pgTable('conflicts', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** Where it is fought, in words ("South Caucasus"). */
  region: text('region').notNull().default(''),
  /** ISO 3166-1 alpha-3 codes of the countries it involves. */
  countries: text('countries')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Its span as its sources give it: YYYY, YYYY-MM or YYYY-MM-DD (never made more precise); null: unknown/ongoing. */
  spanStart: text('span_start'),
  spanEnd: text('span_end'),
  /**
   * The longest span (last day − first day) of any of its events, kept by trigger. No query reads it
   * since migration 0007 (long events have their own indexes: db/queries/conditions.ts); kept so
   * that older releases reading the same server keep working.
   */
  maxSpanDays: integer('max_span_days').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const actors = pgTable(
  'actors',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: actorKindEnum('kind').notNull(),
    /** ISO 3166-1 alpha-3 where the actor belongs to one country. */
    country: text('country'),
    description: text('description').notNull().default(''),
  },
  (t) => [uniqueIndex('actors_name_lower_idx').on(sql`lower(${t.name})`)],
);

/** Other names of an actor; a title ("President of Azerbaijan") names different people over time. */
export const actorAliases = pgTable(
  'actor_aliases',
  {
    id: serial('id').primaryKey(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('actor_aliases_alias_lower_idx').on(sql`lower(${t.alias})`),
    uniqueIndex('actor_aliases_unique_idx').on(t.actorId, sql`lower(${t.alias})`),
  ],
);

export const locations = pgTable(
  'locations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** Other names, including the other side's name for a contested place (Stepanakert/Khankendi). */
    altNames: text('alt_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    country: text('country'),
    admin1: text('admin1'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** ACLED's geo_precision: 1 the place itself, 2 near it, 3 the region. */
    geoPrecision: smallint('geo_precision').notNull().default(1),
  },
  (t) => [uniqueIndex('locations_name_lower_idx').on(sql`lower(${t.name})`)],
);

export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    publisher: text('publisher').notNull(),
    url: text('url'),
    title: text('title'),
    publishedAt: date('published_at', { mode: 'string' }),
  },
  (t) => [uniqueIndex('sources_url_idx').on(t.url)],
);

export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    conflictId: integer('conflict_id')
      .notNull()
      .references(() => conflicts.id),
    /** An identifier from another dataset (ACLED's event_id_cnty) so re-imports update, not duplicate. */
    externalId: text('external_id'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    eventType: text('event_type').notNull(),
    subType: text('sub_type').notNull(),
    dateStart: date('date_start', { mode: 'string' }).notNull(),
    dateEnd: date('date_end', { mode: 'string' }),
    /** Last day of the event's period at its precision; maintained from start/end/precision. */
    dateLast: date('date_last', { mode: 'string' }).notNull(),
    precision: precisionEnum('precision').notNull(),
    time: time('time'),
    timeZone: text('time_zone'),
    status: statusEnum('status').notNull().default('occurred'),
    milestone: boolean('milestone').notNull().default(false),
    locationId: integer('location_id').references(() => locations.id),
    fatalitiesBest: integer('fatalities_best'),
    fatalitiesLow: integer('fatalities_low'),
    fatalitiesHigh: integer('fatalities_high'),
    /** Optimistic concurrency: an edit names the version it started from. */
    version: integer('version').notNull().default(1),
    /**
     * The form submission that created the event, under its author (`<author id>:<submissionId>`, see
     * createEvent): the same author's repeated submit returns this event; another author's makes its own.
     */
    submissionId: text('submission_id'),
    /** Hash of the imported record it came from: a re-import of an unchanged row leaves it alone. */
    importHash: text('import_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Only published events are on the timeline, in counts, charts, the map and exports. */
    review: reviewEnum('review').notNull().default('published'),
    /** The account that proposed it (null: written without accounts). */
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Set when the event was merged into another (db/queries/event-merge.ts). A merged event is also
     * deleted (so no list, count or chart shows it) and its page redirects to this survivor.
     */
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => events.id),
    /** The contributor's import it came in with (null: not imported by a contributor). */
    importBatchId: integer('import_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, ''))`,
    ),
  },
  (t) => [
    index('events_conflict_type_date_idx')
      .on(t.conflictId, t.subType, t.dateStart)
      .where(sql`deleted_at is null and review = 'published'`),
    index('events_review_idx')
      .on(t.review, t.authorId)
      .where(sql`review <> 'published'`),
    index('events_location_idx').on(t.locationId),
    index('events_search_idx').using('gin', t.search),
    uniqueIndex('events_external_id_idx').on(t.conflictId, t.externalId),
    uniqueIndex('events_submission_id_idx')
      .on(t.submissionId)
      .where(sql`submission_id is not null`),
    index('events_merged_into_idx')
      .on(t.mergedIntoId)
      .where(sql`merged_into_id is not null`),
    index('events_import_batch_idx')
      .on(t.importBatchId)
      .where(sql`import_batch_id is not null`),
  ],
);

/**
 * Who took part, with a role. Carries a copy of the event's conflict, type, status, milestone,
 * dates and liveness (kept by trigger) so "events of actor X between two dates" is one index range.
 */
export const eventActors = pgTable(
  'event_actors',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
    role: actorRoleEnum('role').notNull(),
    conflictId: integer('conflict_id').notNull(),
    subType: text('sub_type').notNull(),
    status: statusEnum('status').notNull(),
    milestone: boolean('milestone').notNull(),
    dateStart: date('date_start', { mode: 'string' }).notNull(),
    dateLast: date('date_last', { mode: 'string' }).notNull(),
    live: boolean('live').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.actorId] })],
);
// The covering index event_actors_actor_date_idx (and events_conflict_date_idx) are created in
// migration 0001 because they need INCLUDE columns.

export const eventSources = pgTable(
  'event_sources',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** The words of the source that support the event. */
    quote: text('quote').notNull().default(''),
    position: smallint('position').notNull().default(0),
    /** Where the quote stands in the stored article's text (JavaScript string offsets, end exclusive). */
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sourceId] })],
);

/** An article an analyst pasted or uploaded, kept whole: the source its accepted events quote. */
export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    conflictId: integer('conflict_id')
      .notNull()
      .references(() => conflicts.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    text: text('text').notNull(),
    /** sha256 of the text: pasting the same article twice finds the first. */
    textHash: text('text_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('articles_conflict_hash_idx').on(t.conflictId, t.textHash),
    index('articles_source_idx').on(t.sourceId),
  ],
);

/** Every create, edit, delete, restore and import, field by field: nothing an event said is lost. */
export const eventRevisions = pgTable(
  'event_revisions',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: revisionActionEnum('action').notNull(),
    origin: originEnum('origin').notNull(),
    /** Stored as written (json, not jsonb): only ever read whole, and cheaper to write in bulk. */
    changes: json('changes').notNull(),
    reason: text('reason'),
    /** Who made it; null for revisions written before accounts (or without one). */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('event_revisions_event_idx').on(t.eventId, t.at),
    index('event_revisions_at_idx').on(t.at),
    // One person's activity page (db/queries/activity.ts).
    index('event_revisions_user_idx')
      .on(t.userId, t.at)
      .where(sql`user_id is not null`),
  ],
);

/**
 * Incident counts per (actor or 0 for all, sub-type, status, milestone, first month, last month),
 * kept by triggers and rebuilt after bulk loads. Month and year charts read this instead of events.
 */
export const eventMonthCounts = pgTable(
  'event_month_counts',
  {
    conflictId: integer('conflict_id').notNull(),
    actorId: integer('actor_id').notNull(),
    subType: text('sub_type').notNull(),
    status: statusEnum('status').notNull(),
    milestone: boolean('milestone').notNull(),
    firstMonth: date('first_month', { mode: 'string' }).notNull(),
    lastMonth: date('last_month', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conflictId, t.actorId, t.subType, t.status, t.milestone, t.firstMonth, t.lastMonth] }),
  ],
);

/** The same counts by year: the whole-history chart and unfiltered totals read a few thousand rows. */
export const eventYearCounts = pgTable(
  'event_year_counts',
  {
    conflictId: integer('conflict_id').notNull(),
    actorId: integer('actor_id').notNull(),
    subType: text('sub_type').notNull(),
    status: statusEnum('status').notNull(),
    milestone: boolean('milestone').notNull(),
    firstYear: date('first_year', { mode: 'string' }).notNull(),
    lastYear: date('last_year', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conflictId, t.actorId, t.subType, t.status, t.milestone, t.firstYear, t.lastYear] }),
  ],
);

/** All-events counts by exact first and last day (no per-actor rows): day and week charts of any window. */
export const eventDayCounts = pgTable(
  'event_day_counts',
  {
    conflictId: integer('conflict_id').notNull(),
    subType: text('sub_type').notNull(),
    status: statusEnum('status').notNull(),
    milestone: boolean('milestone').notNull(),
    firstDay: date('first_day', { mode: 'string' }).notNull(),
    lastDay: date('last_day', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conflictId, t.firstDay, t.subType, t.status, t.milestone, t.lastDay] })],
);

/**
 * A bulk import in progress: the secondary indexes it dropped (their definitions, to rebuild) and
 * the rollups it left for one rebuild at its end. A row left behind by a crash is finished when
 * the database is next opened (db/jobs/maintenance.ts).
 */
export const bulkImports = pgTable('bulk_imports', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  /** Bumped after every batch: a row not touched for a while on a server belongs to a dead process. */
  aliveAt: timestamp('alive_at', { withTimezone: true }).notNull().defaultNow(),
  /** CREATE INDEX statements of the indexes dropped for the import. */
  indexes: text('indexes').array().notNull(),
});

/**
 * A record created beside a known one whose name was close but not equal (db/names.ts): "possibly
 * the same as" its candidate, until an analyst merges the two or marks them distinct.
 */
export const reconciliationQueue = pgTable(
  'reconciliation_queue',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['actor', 'place'] }).notNull(),
    recordId: integer('record_id').notNull(),
    candidateId: integer('candidate_id').notNull(),
    reason: text('reason').notNull(),
    origin: originEnum('origin').notNull(),
    /** The file or form it came from ("acled.csv, line 3"). */
    label: text('label'),
    status: text('status', { enum: ['open', 'merged', 'distinct'] })
      .notNull()
      .default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('reconciliation_queue_pair_key').on(t.kind, t.recordId, t.candidateId),
    index('reconciliation_queue_open_idx')
      .on(t.kind, t.createdAt)
      .where(sql`status = 'open'`),
  ],
);

/**
 * Each merge of one actor into another (or place into place): the merged-away record as it was,
 * the exact links that moved and the names the survivor gained, so that undoing it restores the
 * previous state. A merge not undone also redirects the merged-away record's pages to the survivor.
 */
export const identityMerges = pgTable(
  'identity_merges',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['actor', 'place'] }).notNull(),
    mergedId: integer('merged_id').notNull(),
    intoId: integer('into_id').notNull(),
    mergedName: text('merged_name').notNull(),
    intoName: text('into_name').notNull(),
    /** The merged-away record's row (and, for an actor, its aliases with their ids). */
    snapshot: json('snapshot').notNull(),
    /** Actor: [{ eventId, role, survivorRole }] (survivorRole when the event named both); place: event ids. */
    moved: json('moved').notNull(),
    /** What the survivor gained: alias ids (actor) or other names (place). */
    added: json('added').notNull(),
    /** Reconciliation-queue entries this merge decided (reopened by undo). */
    queueIds: integer('queue_ids').array().notNull(),
    origin: originEnum('origin').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    /** Who merged (null: before accounts, or without one); its undo's revisions name who undid it. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('identity_merges_merged_idx')
      .on(t.kind, t.mergedId)
      .where(sql`undone_at is null`),
    index('identity_merges_into_idx').on(t.kind, t.intoId),
  ],
);

/**
 * Two events an analyst judged *not the same*: the Possible duplicates list never offers the pair
 * again. Stored once per pair, the lower id first.
 */
export const eventDistinctPairs = pgTable(
  'event_distinct_pairs',
  {
    lowId: integer('low_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    highId: integer('high_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.lowId, t.highId] }),
    index('event_distinct_pairs_high_idx').on(t.highId),
    check('event_distinct_pairs_order', sql`low_id < high_id`),
  ],
);

export type Conflict = typeof conflicts.$inferSelect;
export type Actor = typeof actors.$inferSelect;
export type Location = typeof locations.$inferSelect;
export type EventRow = typeof events.$inferSelect;

/**
 * A contributor's edit of a published event, held until an editor approves it: the published
 * event stays as it is meanwhile. `form` is the proposed event form as the API takes it.
 */
export const pendingChanges = pgTable(
  'pending_changes',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * What is proposed: an edit (`form` is the event form), or a merge, a split or new sources
     * (`form` is the body POST /api/events/{id}/merge|split|sources takes), or, under four-eyes
     * review, an editor's deletion or restoration (`form`: `{ reason }`).
     */
    kind: text('kind', { enum: ['edit', 'merge', 'split', 'sources', 'delete', 'restore'] })
      .notNull()
      .default('edit'),
    form: json('form').notNull(),
    /** The event's version the edit started from. */
    baseVersion: integer('base_version').notNull(),
    review: reviewEnum('review').notNull().default('pending'),
    reason: text('reason'),
    reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [index('pending_changes_open_idx').on(t.review, t.createdAt)],
);
