// Names that only unreviewed events use. A contributor's event may bring a new actor or place with it; with accounts
// on, nothing goes public unreviewed (README, Accounts and review), so such a name waits with its event: it is in no
// list, search or reconciliation answer until an editor publishes an event that uses it. Each test reads a few rows
// however many events a name has: a published event is found by the first live row of the name's index, and
// unreviewed events through the partial index that holds only them (events_review_idx).
import { sql } from 'drizzle-orm';

/** The actor (`actors`: the actors table or its alias) is named by unreviewed events and by no published one. */
export const onlyUnreviewedActor = (actors: string) => {
  const id = sql`${sql.identifier(actors)}.id`;
  return sql`(not exists (select 1 from event_actors ea where ea.actor_id = ${id} and ea.live)
    and exists (select 1 from events e where e.review <> 'published'
      and exists (select 1 from event_actors ea where ea.event_id = e.id and ea.actor_id = ${id})))`;
};

/** The place (`places`: the locations table or its alias) has unreviewed events and no published one. */
export const onlyUnreviewedPlace = (places: string) => {
  const id = sql`${sql.identifier(places)}.id`;
  return sql`(not exists (select 1 from events e where e.location_id = ${id} and e.review = 'published')
    and exists (select 1 from events e where e.review <> 'published' and e.location_id = ${id}))`;
};
