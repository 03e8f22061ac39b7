// The two registries as their pages name them: one descriptor per kind, so the list, the record
// page, the forms and the merge say "actor" or "place" from one table instead of two copies.
import type { IdentityKind } from '@/db/queries/identity-merge';

export interface KindLabels {
  kind: IdentityKind;
  noun: string;
  plural: string;
  /** The list's title: Actors, Places. */
  title: string;
  /** The pages (/actors) and the API (/api/actors) of the registry. */
  page: string;
  api: string;
  /** What a record's other names are called: Aliases, Other names. */
  names: string;
}

export const KINDS: Record<IdentityKind, KindLabels> = {
  actor: {
    kind: 'actor',
    noun: 'actor',
    plural: 'actors',
    title: 'Actors',
    page: '/actors',
    api: '/api/actors',
    names: 'Aliases',
  },
  place: {
    kind: 'place',
    noun: 'place',
    plural: 'places',
    title: 'Places',
    page: '/places',
    api: '/api/locations',
    names: 'Other names',
  },
};
