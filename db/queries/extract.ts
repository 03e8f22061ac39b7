import 'server-only';
// What extraction needs from the store: the registry (actors with aliases and their periods, the
// gazetteer, the conflict's main parties) and, for each proposal, a stored event it matches.
import { sql } from 'drizzle-orm';
import type { ExtractedEvent, Registry } from '@/lib/extract/types';
import { NameIndex } from '@/lib/extract/registry';
import { plusDays } from '@/lib/dates/calendar';
import { formatAtPrecision, toStoredDate } from '@/lib/dates/precision';
import type { Db } from '../types';
import { rows } from '../rows';
import { onlyUnreviewedActor, onlyUnreviewedPlace } from './unreviewed';

const REGISTRY_TTL_MS = 60_000;
const cache = new Map<number, { at: number; registry: Registry; index: NameIndex }>();

/** The registry for a conflict, kept a minute: new actors from a form or an import show within that. */
export async function loadRegistry({
  db,
  conflictId,
}: {
  db: Db;
  conflictId: number;
}): Promise<{ registry: Registry; index: NameIndex }> {
  const hit = cache.get(conflictId);
  if (hit && Date.now() - hit.at < REGISTRY_TTL_MS) return hit;
  const actors = await rows<{
    name: string;
    kind: string;
    aliases: { alias: string; validFrom: string | null; validTo: string | null }[] | string;
  }>(
    db,
    sql`
    select a.name, a.kind,
      coalesce((select json_agg(json_build_object(
          'alias', al.alias, 'validFrom', al.valid_from, 'validTo', al.valid_to))
        from actor_aliases al where al.actor_id = a.id), '[]'::json) as aliases
    from actors a where not ${onlyUnreviewedActor('a')} order by a.id`,
  );
  const places = await rows<{ name: string; altNames: string[] }>(
    db,
    sql`select name, alt_names as "altNames" from locations where not ${onlyUnreviewedPlace('locations')} order by id`,
  );
  // The parties: the states most often in the conflict's battles and remote violence.
  const parties = await rows<{ name: string }>(
    db,
    sql`
    select a.name from actors a join event_actors ea on ea.actor_id = a.id
    where a.kind = 'state' and ea.conflict_id = ${conflictId} and ea.live
      and ea.sub_type in ('armed-clash', 'government-regains-territory', 'non-state-actor-overtakes-territory',
        'shelling-artillery-missile-attack', 'air-drone-strike')
    group by a.name order by count(*) desc, a.name limit 2`,
  );
  const registry: Registry = {
    actors: actors.map((a) => ({
      name: a.name,
      kind: a.kind,
      aliases: typeof a.aliases === 'string' ? JSON.parse(a.aliases) : a.aliases,
    })),
    places,
    parties: parties.map((p) => p.name),
  };
  const entry = { at: Date.now(), registry, index: new NameIndex(registry) };
  cache.set(conflictId, entry);
  return entry;
}

/** Forget the cached registry (after actors or places change in a way that must show at once). */
export const forgetRegistry = () => cache.clear();

const SLACK_DAYS = 3;
/** The two sub-types an agreement is stored under; a proposal of either matches a stored event of either. */
const AGREEMENTS_LIST = ['agreement', 'agreement-or-ceasefire'];
const AGREEMENTS = `{${AGREEMENTS_LIST.join(',')}}`;

/**
 * For each dated proposal, the stored event it describes, if any: same event type, dates that
 * overlap (with a few days' slack), and at least one actor in common — the best by shared actors.
 */
export async function matchStoredEvents({
  db,
  conflictId,
  events,
}: {
  db: Db;
  conflictId: number;
  events: ExtractedEvent[];
}): Promise<(number | null)[]> {
  const out: (number | null)[] = [];
  for (const e of events) {
    if (!e.dateStart || !e.precision || !e.actors.length) {
      out.push(null);
      continue;
    }
    const stored = toStoredDate({ dateStart: e.dateStart, dateEnd: e.dateEnd, precision: e.precision });
    if (!stored.ok) {
      out.push(null);
      continue;
    }
    const { dateStart: first, dateLast: last } = stored.value;
    const names = `{${e.actors.map((n) => `"${n.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
    // A peace deal the text names is the agreement stored under either kind (ACLED's *Agreement*, or a ceasefire).
    const agreement = AGREEMENTS_LIST.includes(e.subType);
    // Among candidates alike ("the peace deal" of 2020: three ceasefires that year), the one whose title shares words.
    const words = [...new Set(e.title.toLowerCase().match(/[a-z]{3,}/g) ?? [])].slice(0, 16);
    const shared = words.length
      ? sql`ts_rank(to_tsvector('english', e.title), to_tsquery('english', ${words.join(' | ')}))`
      : sql`0`;
    const [best] = await rows<{ id: number }>(
      db,
      sql`
      with named as (
        select a.id from actors a where a.name = any(${names}::text[])
        union select al.actor_id from actor_aliases al where al.alias = any(${names}::text[]))
      select e.id from events e
      where e.conflict_id = ${conflictId} and e.deleted_at is null and e.review = 'published'
        and (e.event_type = ${e.eventType} or (e.sub_type = any(${AGREEMENTS}::text[]) and ${agreement}))
        and e.date_start <= ${plusDays(last, SLACK_DAYS)}::date and e.date_last >= ${plusDays(first, -SLACK_DAYS)}::date
        and exists (select 1 from event_actors ea where ea.event_id = e.id and ea.actor_id in (select id from named))
      order by
        (select count(*) from event_actors ea where ea.event_id = e.id and ea.actor_id in (select id from named)) desc,
        (e.sub_type = ${e.subType}) desc, ${shared} desc, abs(e.date_last - e.date_start) asc, e.id
      limit 1`,
    );
    out.push(best?.id ?? null);
  }
  return out;
}

export type MatchedEvent = NonNullable<ExtractedEvent['matchesEvent']>;

/** The stored events the proposals match, by title and date at their precision (the API's form), by id. */
export async function matchedEvents({
  db,
  ids,
}: {
  db: Db;
  ids: (number | null)[];
}): Promise<Map<number, MatchedEvent>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (!wanted.length) return new Map();
  const found = await rows<{
    id: number;
    title: string;
    date_start: string;
    date_end: string | null;
    precision: string;
  }>(
    db,
    sql`select id, title, date_start::text, date_end::text, "precision"::text as precision from events
        where id = any(${`{${wanted.join(',')}}`}::int[])`,
  );
  return new Map(
    found.map((e) => [
      e.id,
      {
        id: e.id,
        title: e.title,
        dateStart: formatAtPrecision(e.date_start, e.precision as MatchedEvent['precision']),
        dateEnd: e.date_end,
        precision: e.precision as MatchedEvent['precision'],
      },
    ]),
  );
}
