// Names that only unreviewed events use. A contributor's event may bring a new actor or place with it; with accounts
// on, nothing goes public unreviewed (README, Accounts and review), so such a name waits with its event: it is in no
// list, search, record page or reconciliation answer until an editor publishes an event that uses it.
// Cost: the names unreviewed events use are gathered once per statement (one pass over the unreviewed events, which
// the partial index events_review_idx holds), and only those are checked for a published, live event.
import { sql } from 'drizzle-orm';

/** The actor (`actors`: the actors table or its alias) is named by unreviewed events and by no live one. */
export const onlyUnreviewedActor = (actors: string) => {
  const id = sql`${sql.identifier(actors)}.id`;
  return sql`(${id} in (select ea.actor_id from events e join event_actors ea on ea.event_id = e.id
      where e.review <> 'published')
    and not exists (select 1 from event_actors ea where ea.actor_id = ${id} and ea.live))`;
};

/** The place (`places`: the locations table or its alias) has unreviewed events and no live one. */
export const onlyUnreviewedPlace = (places: string) => {
  const id = sql`${sql.identifier(places)}.id`;
  return sql`(${id} in (select e.location_id from events e where e.review <> 'published' and e.location_id is not null)
    and not exists (select 1 from events e
      where e.location_id = ${id} and e.review = 'published' and e.deleted_at is null))`;
};
