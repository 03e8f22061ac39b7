import 'server-only';
// The refusal of a name another record already has (lib/names/clash.ts) for the record edits: the
// registry's names are compared by key, which SQL cannot compute, so every name of the kind is read
// (an edit is rare; the registry is at most tens of thousands of names).
import { sql } from 'drizzle-orm';
import { clashMessage, nameClash, type KnownName, type NewName } from '@/lib/names/clash';
import type { DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';

async function knownNames(tx: DbOrTx, kind: 'actor' | 'place'): Promise<KnownName[]> {
  if (kind === 'actor')
    return rows<KnownName>(
      tx,
      sql`select a.id, a.name, a.name as via, 'name' as how, null as "validFrom", null as "validTo" from actors a
      union all
      select a.id, a.name, al.alias, 'alias', al.valid_from::text, al.valid_to::text
      from actor_aliases al join actors a on a.id = al.actor_id`,
    );
  return rows<KnownName>(
    tx,
    sql`select l.id, l.name, l.name as via, 'name' as how from locations l
    union all
    select l.id, l.name, n, 'other name' from locations l, unnest(l.alt_names) n`,
  );
}

/** Throws a 409 naming the other record when one of `names` (each with the parameter it came in) is its. */
export async function refuseNameClash(
  tx: DbOrTx,
  { kind, id, names }: { kind: 'actor' | 'place'; id: number; names: (NewName & { param: string })[] },
): Promise<void> {
  if (!names.length) return;
  const known = await knownNames(tx, kind);
  for (const given of names) {
    const clash = nameClash(given, known, id);
    if (clash)
      throw new QueryError('conflict', clashMessage(kind, given.via, clash), given.param, {
        existing: { id: clash.id, name: clash.name },
      });
  }
}
