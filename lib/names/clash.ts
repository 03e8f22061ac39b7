// Whether a name an editor gives a record (a new name, alias or other name) is already another
// record's, by the registry's own rule (lib/names/registry.ts): the same key (key.ts) means the
// same name, so the resolver would take the other record for it, or this one for the other's.
// The one exception is the resolver's too: two aliases whose periods never overlap can share a
// key, as the alias valid on an event's day decides. Pure: db/queries/name-clash.ts loads the rows.
import { nameKey } from './key';

export type NameHow = 'name' | 'alias' | 'other name';
export interface KnownName {
  id: number;
  /** The record's name. */
  name: string;
  /** The name, alias or other name compared. */
  via: string;
  how: NameHow;
  validFrom?: string | null;
  validTo?: string | null;
}
export interface NewName {
  via: string;
  how: NameHow;
  validFrom?: string | null;
  validTo?: string | null;
}

const disjoint = (a: NewName | KnownName, b: NewName | KnownName) =>
  (!!a.validTo && !!b.validFrom && a.validTo < b.validFrom) ||
  (!!b.validTo && !!a.validFrom && b.validTo < a.validFrom);

/** The first known name of another record that `given` would be (those of `self` are never a clash). */
export function nameClash(given: NewName, known: KnownName[], self: number): KnownName | null {
  const key = nameKey(given.via);
  if (!key) return null;
  const clashes = known.filter(
    (k) =>
      k.id !== self && nameKey(k.via) === key && !(given.how === 'alias' && k.how === 'alias' && disjoint(given, k)),
  );
  // The record called so before one that only has it as an alias or other name.
  return clashes.sort((a, b) => Number(b.how === 'name') - Number(a.how === 'name') || a.id - b.id)[0] ?? null;
}

/** What a 409 says: which record already has the name, and as what. */
export function clashMessage(noun: 'actor' | 'place', given: string, k: KnownName): string {
  const as = k.how === 'name' ? 'is already called' : `already has the ${k.how}`;
  const same = k.via === given ? '' : ` (the same name as ${given})`;
  return `${noun === 'actor' ? 'Actor' : 'Place'} ${k.id}, ${k.name}, ${as} ${k.via}${same}: merge the two instead`;
}
