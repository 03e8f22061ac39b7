import 'server-only';
// Creating, editing, deleting and restoring events — each in one transaction that also records a
// revision (what changed, field by field, by what, and why). Edits name the version they started
// from; a form's submission id makes a repeated submit return the first event instead of a second.
import { sql } from 'drizzle-orm';
import type { ParsedEventForm } from '@/lib/validation/event';
import type { Db } from '../types';
import { QueryError } from './errors';
import { diffSnapshots, snapshotEvent, type Changes } from './event-history';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { NameResolver, publisherName } from '../names';

export type Origin = 'form' | 'article' | 'import' | 'api' | 'seed';
type Source = ParsedEventForm['sources'][number];

async function resolveActors(
  tx: DbOrTx,
  names: NameResolver,
  input: ParsedEventForm,
): Promise<{ id: number; role: string }[]> {
  const out: { id: number; role: string }[] = [];
  for (const [i, a] of input.actors.entries()) {
    let id: number;
    if ('id' in a) {
      const [found] = await rows<{ id: number }>(tx as Db, sql`select id from actors where id = ${a.id}`);
      if (!found) throw new QueryError('bad_request', `There is no actor with id ${a.id}`, `actors.${i}`);
      id = found.id;
    } else {
      // A "new" actor the registry already knows (by name, or an alias valid on the event's day) is that actor.
      id = await names.actor(tx, { name: a.newName, kind: a.kind, day: input.date.dateStart });
    }
    // Two entries that name one actor ("Pashinyan" beside Nikol Pashinyan) are one link; in two roles, a mistake.
    const twice = out.find((o) => o.id === id);
    if (twice && twice.role !== a.role) {
      const [{ name } = { name: String(id) }] = await rows<{ name: string }>(
        tx as Db,
        sql`select name from actors where id = ${id}`,
      );
      throw new QueryError(
        'bad_request',
        `${'newName' in a ? `“${a.newName}” is ${name}` : name}, listed already as ${twice.role}: ` +
          'list each actor once, in one role',
        `actors.${i}`,
      );
    }
    if (!twice) out.push({ id, role: a.role });
  }
  return out;
}

async function resolveLocation(
  tx: DbOrTx,
  names: NameResolver,
  location: ParsedEventForm['location'],
): Promise<number | null> {
  if (!location) return null;
  if ('id' in location) {
    const [found] = await rows<{ id: number }>(tx as Db, sql`select id from locations where id = ${location.id}`);
    if (!found) throw new QueryError('bad_request', `There is no place with id ${location.id}`, 'location');
    return found.id;
  }
  const place = { name: location.newName, lat: location.lat, lon: location.lon, country: location.country ?? null };
  return names.place(tx, { ...place, admin1: null, geoPrecision: 1 }, { refuseFar: true });
}

/** Actor and place ids for a form's names, resolved by the one rule of db/names.ts. */
async function resolveNames(tx: DbOrTx, input: ParsedEventForm, origin: Origin) {
  const needs = input.actors.some((a) => !('id' in a)) || (input.location && !('id' in input.location));
  const names = needs ? await NameResolver.load(tx, { origin }) : null;
  const actorRows = await resolveActors(tx, names!, input);
  const locationId = await resolveLocation(tx, names!, input.location);
  return { actorRows, locationId };
}

/** A stored article's source, with the quote's offsets when they lie within its text. */
async function articleSource(tx: DbOrTx, s: Source, i: number): Promise<{ id: number; span: [number, number] | null }> {
  const a = s.article!;
  const [found] = await rows<{ source_id: number; text: string }>(
    tx as Db,
    sql`select source_id, text from articles where id = ${a.id}`,
  );
  if (!found) throw new QueryError('bad_request', `There is no stored article with id ${a.id}`, `sources.${i}.article`);
  // Offsets are JavaScript string indices, so they are checked here rather than in SQL (which counts code points).
  if (a.end > found.text.length)
    throw new QueryError(
      'bad_request',
      `The quote's offsets (${a.start}–${a.end}) lie outside the article (${found.text.length} characters)`,
      `sources.${i}.article`,
    );
  // An analyst may have shortened the quote: keep offsets only where they point at its words.
  if (found.text.slice(a.start, a.end) === s.quote) return { id: found.source_id, span: [a.start, a.end] };
  const at = s.quote ? found.text.indexOf(s.quote) : -1;
  return { id: found.source_id, span: at >= 0 ? [at, at + s.quote.length] : null };
}

/** A source without a URL that the event already cites word for word (publisher, title, day and quote). */
async function citedAlready(tx: DbOrTx, eventId: number, s: Source): Promise<boolean> {
  const found = await rows<{ id: number }>(
    tx as Db,
    sql`select s.id from sources s join event_sources es on es.source_id = s.id
      where es.event_id = ${eventId} and s.url is null and s.publisher = ${publisherName(s.publisher)}
        and s.title is not distinct from ${s.title ?? null}
        and s.published_at is not distinct from ${s.publishedAt ?? null}::date and es.quote = ${s.quote}
      limit 1`,
  );
  return found.length > 0;
}

/** Links the sources to the event; returns how many it linked (a source the event cites already is not). */
async function linkSources(tx: DbOrTx, eventId: number, list: Source[], startAt = 0): Promise<number> {
  let linked = 0;
  for (const [i, s] of list.entries()) {
    let sourceId: number;
    let span: [number, number] | null = null;
    if (s.article) ({ id: sourceId, span } = await articleSource(tx, s, i));
    else if (!s.url && (await citedAlready(tx, eventId, s))) continue;
    else {
      const [existing] = s.url
        ? await rows<{ id: number }>(tx as Db, sql`select id from sources where url = ${s.url}`)
        : [];
      const [row] = existing
        ? [existing]
        : await rows<{ id: number }>(
            tx as Db,
            sql`
              insert into sources (publisher, url, title, published_at)
              values (${publisherName(s.publisher)}, ${s.url ?? null}, ${s.title ?? null}, ${s.publishedAt ?? null})
              returning id`,
          );
      sourceId = row!.id;
    }
    await tx.execute(sql`
      insert into event_sources (event_id, source_id, quote, position, span_start, span_end)
      values (${eventId}, ${sourceId}, ${s.quote}, ${startAt + i}, ${span?.[0] ?? null}, ${span?.[1] ?? null})
      on conflict (event_id, source_id) do update set quote = excluded.quote,
        span_start = coalesce(excluded.span_start, event_sources.span_start),
        span_end = coalesce(excluded.span_end, event_sources.span_end)`);
    linked++;
  }
  return linked;
}

/** event_actors carries a copy of the event's filter columns (see schema.ts). */
async function linkActors(tx: DbOrTx, eventId: number, actorRows: { id: number; role: string }[]): Promise<void> {
  for (const a of actorRows) {
    await tx.execute(sql`
      insert into event_actors
        (event_id, actor_id, role, conflict_id, sub_type, status, milestone, date_start, date_last, live)
      select e.id, ${a.id}, ${a.role}, e.conflict_id, e.sub_type, e.status, e.milestone, e.date_start, e.date_last,
        e.deleted_at is null and e.review = 'published'
      from events e where e.id = ${eventId}`);
  }
}

export async function record(
  tx: DbOrTx,
  eventId: number,
  action: string,
  origin: Origin,
  changes: Changes,
  reason: string | null,
  userId: string | null = null,
): Promise<void> {
  await tx.execute(sql`
    insert into event_revisions (event_id, action, origin, changes, reason, user_id)
    values (${eventId}, ${action}, ${origin}, ${JSON.stringify(changes)}::json, ${reason}, ${userId})`);
}

function eventValues(input: ParsedEventForm, locationId: number | null) {
  const f = input.fatalities;
  return sql`title = ${input.title}, summary = ${input.summary}, event_type = ${input.eventType},
    sub_type = ${input.subType}, date_start = ${input.date.dateStart}::date, date_end = ${input.date.dateEnd}::date,
    date_last = ${input.date.dateLast}::date, precision = ${input.date.precision}, status = ${input.status},
    milestone = ${input.milestone}, location_id = ${locationId},
    fatalities_best = ${f?.best ?? null}, fatalities_low = ${f?.low ?? null}, fatalities_high = ${f?.high ?? null}`;
}

/**
 * The stored idempotency key: the client's submissionId under its author, so that another account
 * sending the same id makes an event of its own and never learns of the first. Rows stored before
 * (the bare id) are still found, for their author only.
 */
const submissionKey = (submissionId: string | undefined, userId: string | null) =>
  submissionId ? `${userId ?? ''}:${submissionId}` : null;

export async function createEvent({
  db,
  conflictId,
  input,
  origin = 'form',
  userId = null,
  review = 'published',
}: {
  db: Db;
  conflictId: number;
  input: ParsedEventForm;
  origin?: Origin;
  /** The account that writes it (null: no accounts, or a script without one). */
  userId?: string | null;
  /** 'pending' for a contributor's event: it waits for an editor. */
  review?: 'published' | 'pending';
}): Promise<{ id: number; created: boolean; review: 'published' | 'pending' }> {
  const key = submissionKey(input.submissionId, userId);
  const already = async () =>
    input.submissionId
      ? (
          await rows<{ id: number }>(
            db,
            sql`select id from events where submission_id in (${key}, ${input.submissionId})
            and author_id is not distinct from ${userId}`,
          )
        )[0]
      : undefined;
  const first = await already();
  if (first) return { id: first.id, created: false, review };
  try {
    return await db.transaction(async (tx) => {
      const { actorRows, locationId } = await resolveNames(tx, input, origin);
      const f = input.fatalities;
      const [row] = await rows<{ id: number }>(
        tx,
        sql`
        insert into events (conflict_id, title, summary, event_type, sub_type, date_start, date_end, date_last,
          precision, status, milestone, location_id, fatalities_best, fatalities_low, fatalities_high, submission_id,
          review, author_id)
        values (${conflictId}, ${input.title}, ${input.summary}, ${input.eventType}, ${input.subType},
          ${input.date.dateStart}::date, ${input.date.dateEnd}::date, ${input.date.dateLast}::date,
          ${input.date.precision}, ${input.status}, ${input.milestone},
          ${locationId}, ${f?.best ?? null}, ${f?.low ?? null}, ${f?.high ?? null}, ${key},
          ${review}, ${userId})
        returning id`,
      );
      const id = row!.id;
      await linkActors(tx, id, actorRows);
      await linkSources(tx, id, input.sources);
      const changes = diffSnapshots(null, await snapshotEvent(tx, id));
      await record(tx, id, 'create', origin, changes, input.reason, userId);
      return { id, created: true, review };
    });
  } catch (err) {
    // Two submits of one form racing: the unique submission id lets only one insert win.
    const again = isUniqueViolation(err) ? await already() : undefined;
    if (again) return { id: again.id, created: false, review };
    throw err;
  }
}

/** PostgreSQL's unique_violation, whether the driver's error comes bare or wrapped by Drizzle. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Locks an event for a change; one merged into another is refused, naming where it went. */
export async function lockForChange(tx: DbOrTx, id: number): Promise<{ version: number; deleted: boolean }> {
  const [row] = await rows<{ version: number; deleted: boolean; merged_into_id: number | null }>(
    tx as Db,
    sql`
    select version, deleted_at is not null as deleted, merged_into_id from events where id = ${id} for update`,
  );
  if (!row) throw new QueryError('not_found', `No event ${id}`);
  if (row.merged_into_id !== null) throw mergedAway(id, row.merged_into_id);
  return { version: row.version, deleted: row.deleted };
}

/** The 409 for any change to an event that was merged into another. */
export const mergedAway = (id: number, survivor: number) =>
  new QueryError('conflict', `Event #${id} was merged into event #${survivor}: change #${survivor} instead`, 'id', {
    mergedInto: survivor,
  });

export async function updateEvent({
  db,
  id,
  input,
  origin = 'form',
  userId = null,
}: {
  db: DbOrTx;
  id: number;
  input: ParsedEventForm;
  origin?: Origin;
  userId?: string | null;
}): Promise<{ id: number; version: number; changes: Changes }> {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, id);
    if (current.deleted) throw new QueryError('conflict', 'This event was deleted: restore it before editing');
    if (input.version === undefined)
      throw new QueryError('bad_request', 'An edit must say which version of the event it started from', 'version');
    // A version the event never had is a mistake of the sender, not someone else's edit: said so, with the 409 the
    // API documents for any version but the current one.
    if (input.version > current.version)
      throw new QueryError(
        'conflict',
        `The event has no version ${input.version} yet (it is at version ${current.version}): send the version you ` +
          'opened',
        'version',
      );
    if (input.version !== current.version) {
      throw new QueryError(
        'conflict',
        `This event was changed by someone else since you opened it (you edited version ${input.version}; ` +
          `it is now version ${current.version}). ` +
          'Your changes were not saved: reload the event, then apply them again.',
        'version',
      );
    }
    const before = await snapshotEvent(tx, id);
    const { actorRows, locationId } = await resolveNames(tx, input, origin);
    await tx.execute(sql`update events set ${eventValues(input, locationId)}, updated_at = now() where id = ${id}`);
    await tx.execute(sql`delete from event_actors where event_id = ${id}`);
    await linkActors(tx, id, actorRows);
    await tx.execute(sql`delete from event_sources where event_id = ${id}`);
    await linkSources(tx, id, input.sources);
    const changes = diffSnapshots(before, await snapshotEvent(tx, id));
    if (!Object.keys(changes).length) return { id, version: current.version, changes };
    await tx.execute(sql`update events set version = version + 1 where id = ${id}`);
    await record(tx, id, 'update', origin, changes, input.reason, userId);
    return { id, version: current.version + 1, changes };
  });
}

async function setDeleted({
  db,
  id,
  deleted,
  reason,
  origin,
  userId,
}: {
  db: Db;
  id: number;
  deleted: boolean;
  reason: string | null;
  origin: Origin;
  userId: string | null;
}) {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, id);
    if (current.deleted === deleted)
      throw new QueryError('conflict', deleted ? 'This event is already deleted' : 'This event is not deleted');
    const before = await snapshotEvent(tx, id);
    await tx.execute(
      sql`update events set deleted_at = ${deleted ? sql`now()` : sql`null`}, version = version + 1, updated_at = now()
        where id = ${id}`,
    );
    await record(
      tx,
      id,
      deleted ? 'delete' : 'restore',
      origin,
      diffSnapshots(before, await snapshotEvent(tx, id)),
      reason,
      userId,
    );
    return { id, version: current.version + 1 };
  });
}

export const deleteEvent = ({
  db,
  id,
  reason,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  reason: string;
  origin?: Origin;
  userId?: string | null;
}) => setDeleted({ db, id, deleted: true, reason, origin, userId });
export const restoreEvent = ({
  db,
  id,
  reason,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  reason: string | null;
  origin?: Origin;
  userId?: string | null;
}) => setDeleted({ db, id, deleted: false, reason, origin, userId });

/** Locks the event and checks it can be deleted, or restored (an editor's proposal under four-eyes review). */
export async function checkDeletable(tx: DbOrTx, id: number, restore = false): Promise<void> {
  const { deleted } = await lockForChange(tx, id);
  if (deleted !== restore)
    throw new QueryError('conflict', restore ? 'This event is not deleted' : 'This event is already deleted');
}

/** Locks the event and checks sources can be added to it (an editor's request and a contributor's proposal). */
export async function checkAddSources(tx: DbOrTx, id: number): Promise<{ version: number }> {
  const current = await lockForChange(tx, id);
  if (current.deleted) throw new QueryError('conflict', 'This event was deleted: restore it before adding sources');
  return current;
}

/** Adds sources to an existing event (instead of creating its duplicate). */
export async function addSources({
  db,
  id,
  sources,
  reason,
  origin = 'form',
  userId = null,
}: {
  db: Db;
  id: number;
  sources: Source[];
  reason: string | null;
  origin?: Origin;
  userId?: string | null;
}) {
  return db.transaction(async (tx) => {
    const current = await checkAddSources(tx, id);
    const before = await snapshotEvent(tx, id);
    const [{ n } = { n: 0 }] = await rows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from event_sources where event_id = ${id}`,
    );
    // Every source cited already, word for word: nothing changed, so no new version and no revision.
    if (!(await linkSources(tx, id, sources, n))) return { id, version: current.version };
    const changes = diffSnapshots(before, await snapshotEvent(tx, id));
    await tx.execute(sql`update events set version = version + 1, updated_at = now() where id = ${id}`);
    await record(tx, id, 'update', origin, changes, reason ?? 'Source added', userId);
    return { id, version: current.version + 1 };
  });
}
