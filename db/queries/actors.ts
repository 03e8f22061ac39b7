import 'server-only';
// The actor registry with event counts (from the rollup) and search over names and aliases.
import { sql } from 'drizzle-orm';
import type { ActorKind } from '@/lib/taxonomy/taxonomy';
import type { Db } from '../types';
import { rows } from '../rows';
import { onlyUnreviewedActor } from './unreviewed';

export interface ActorAlias {
  alias: string;
  validFrom: string | null;
  validTo: string | null;
}
export interface ActorSummary {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: ActorAlias[];
  events: number;
}

export async function listActors({
  db,
  conflictId,
  q,
  limit,
}: {
  db: Db;
  conflictId: number;
  q?: string;
  limit: number;
}): Promise<ActorSummary[]> {
  const pattern = q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : null;
  const found = await rows<Omit<ActorSummary, 'aliases'> & { aliases: ActorAlias[] | string }>(
    db,
    sql`
    select a.id, a.name, a.kind, a.country,
      coalesce((select json_agg(
          json_build_object('alias', al.alias, 'validFrom', al.valid_from, 'validTo', al.valid_to) order by al.alias)
        from actor_aliases al where al.actor_id = a.id), '[]'::json) as aliases,
      coalesce((select sum(m.n) from event_month_counts m
        where m.conflict_id = ${conflictId} and m.actor_id = a.id), 0)::int as events
    from actors a
    where not ${onlyUnreviewedActor('a')} and ${
      pattern === null
        ? sql`true`
        : sql`(a.name ilike ${pattern} or exists (
      select 1 from actor_aliases al where al.actor_id = a.id and al.alias ilike ${pattern}))`
    }
    order by events desc, a.name
    limit ${limit}`,
  );
  return found.map((a) => ({
    ...a,
    aliases: typeof a.aliases === 'string' ? (JSON.parse(a.aliases) as ActorAlias[]) : a.aliases,
  }));
}
