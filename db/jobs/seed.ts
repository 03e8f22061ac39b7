// Loads a curated dataset (db/seed/*.json) into an empty database, with a 'seed' revision
// for every event so the history of each event starts where its data came from.
import fs from 'node:fs';
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { datasetSchema, type Dataset } from '@/lib/validation/seed';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { diffSnapshots, snapshotEvent } from '../queries/event-history';
import { NameResolver, publisherName } from '../names';
import { actorAliases, conflicts, eventActors, eventRevisions, events, eventSources, sources } from '../schema';

export const DEFAULT_DATASET = path.join(process.cwd(), 'db', 'seed', 'armenia-azerbaijan.json');

export function readDataset(file = DEFAULT_DATASET): Dataset {
  const parsed = datasetSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The dataset ${file} is invalid:\n${first.join('\n')}`);
  }
  return parsed.data;
}

type SeedEvent = Dataset['events'][number];
type Ids = Map<string, number>;

export async function loadDataset(db: Db, data: Dataset): Promise<{ conflictId: number; events: number }> {
  return db.transaction(async (tx) => {
    // Only the columns every release has: the upgrade test loads this dataset into an older schema.
    const [conflict] = await rows<{ id: number }>(
      tx,
      sql`insert into conflicts (slug, name, description)
      values (${data.conflict.slug}, ${data.conflict.name}, ${data.conflict.description}) returning id`,
    );
    const conflictId = conflict!.id;

    // Actors and places are shared between conflicts: one the store has under this name is reused (db/names.ts).
    const names = await NameResolver.load(tx, { origin: 'seed' });
    const actorIds = await loadActors(tx, names, data.actors);
    const locationIds = await loadPlaces(tx, names, data.locations);
    const sourceIds: Ids = new Map();
    for (const e of data.events) await loadEvent(tx, { conflictId, e, actorIds, locationIds, sourceIds });
    return { conflictId, events: data.events.length };
  });
}

async function loadActors(tx: DbOrTx, names: NameResolver, actors: Dataset['actors']): Promise<Ids> {
  const actorIds: Ids = new Map();
  for (const a of actors) {
    const id = await names.actor(tx, { name: a.name, kind: a.kind, country: a.country ?? null, day: null });
    actorIds.set(a.name, id);
    if (a.aliases.length) {
      await tx
        .insert(actorAliases)
        .values(
          a.aliases.map((al) => ({
            actorId: id,
            alias: al.alias,
            validFrom: al.validFrom ?? null,
            validTo: al.validTo ?? null,
          })),
        )
        .onConflictDoNothing();
    }
  }
  return actorIds;
}

async function loadPlaces(tx: DbOrTx, names: NameResolver, locations: Dataset['locations']): Promise<Ids> {
  const locationIds: Ids = new Map();
  for (const l of locations) {
    const place = {
      ...l,
      country: l.country ?? null,
      admin1: l.admin1 ?? null,
      lat: l.lat ?? null,
      lon: l.lon ?? null,
    };
    locationIds.set(l.name, await names.place(tx, place));
  }
  return locationIds;
}

type EventStep = { conflictId: number; e: SeedEvent; actorIds: Ids; locationIds: Ids; sourceIds: Ids };

/** One event with its actor links, its citations and its 'seed' revision. */
async function loadEvent(tx: DbOrTx, { conflictId, e, actorIds, locationIds, sourceIds }: EventStep) {
  const locationId = e.location ? locationIds.get(e.location) : null;
  if (e.location && !locationId) throw new Error(`Event "${e.title}": unknown location "${e.location}"`);
  const [row] = await tx
    .insert(events)
    .values({
      conflictId,
      title: e.title,
      summary: e.summary,
      eventType: e.eventType,
      subType: e.subType,
      dateStart: e.date.dateStart,
      dateEnd: e.date.dateEnd,
      dateLast: e.date.dateLast,
      precision: e.date.precision,
      status: e.status,
      milestone: e.milestone,
      locationId: locationId ?? null,
      fatalitiesBest: e.fatalities?.best ?? null,
      fatalitiesLow: e.fatalities?.low ?? null,
      fatalitiesHigh: e.fatalities?.high ?? null,
    })
    .returning({ id: events.id });
  const eventId = row!.id;
  await linkActors(tx, { conflictId, e, eventId, actorIds });
  await citeSources(tx, { e, eventId, sourceIds });
  await tx.insert(eventRevisions).values({
    eventId,
    action: 'create',
    origin: 'seed',
    changes: diffSnapshots(null, await snapshotEvent(tx, eventId)),
  });
}

async function linkActors(
  tx: DbOrTx,
  { conflictId, e, eventId, actorIds }: { conflictId: number; e: SeedEvent; eventId: number; actorIds: Ids },
) {
  const seen = new Set<number>();
  for (const a of e.actors) {
    const actorId = actorIds.get(a.name);
    if (!actorId) throw new Error(`Event "${e.title}": unknown actor "${a.name}"`);
    if (seen.has(actorId)) continue;
    seen.add(actorId);
    // conflict/type/date columns are filled from the event by trigger.
    await tx.insert(eventActors).values({
      eventId,
      actorId,
      role: a.role,
      conflictId,
      subType: e.subType,
      status: e.status,
      milestone: e.milestone,
      dateStart: e.date.dateStart,
      dateLast: e.date.dateLast,
      live: true,
    });
  }
}

/** Sources are shared by the events that cite them: one row per URL, or per publisher and title. */
async function citeSources(tx: DbOrTx, { e, eventId, sourceIds }: { e: SeedEvent; eventId: number; sourceIds: Ids }) {
  for (const [position, s] of e.sources.entries()) {
    const publisher = publisherName(s.publisher);
    const key = s.url ?? `${publisher}|${s.title ?? ''}`;
    let sourceId = sourceIds.get(key);
    if (!sourceId) {
      const [srow] = await tx
        .insert(sources)
        .values({
          publisher,
          url: s.url ?? null,
          title: s.title ?? null,
          publishedAt: s.publishedAt ?? null,
        })
        .returning({ id: sources.id });
      sourceId = srow!.id;
      sourceIds.set(key, sourceId);
    }
    await tx.insert(eventSources).values({ eventId, sourceId, quote: s.quote, position }).onConflictDoNothing();
  }
}

/** Seeds the default dataset when no conflict exists yet. Returns whether it seeded. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(conflicts);
  if ((row?.n ?? 0) > 0) return false;
  await loadDataset(db, readDataset());
  return true;
}
