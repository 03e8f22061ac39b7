// A suggested event as the event form's state: registry actors by id (new ones proposed under the
// name the text uses), the gazetteer place by id, and the stored article as the source, with the
// quote and its offsets as evidence. Pure, so the review page and its tests share it.
import type { ActorSummary } from '@/db/queries/actors';
import type { Place } from '@/db/queries/locations';
import type { ExtractedEvent } from '@/lib/extract/types';
import type { ActorRole } from '@/lib/taxonomy/taxonomy';
import { emptyForm, newKey, type EventFormState, type FormActor } from './event-form-state';

export interface ArticleMeta {
  id: number | null;
  publisher: string;
  url: string;
  title: string;
  publishedAt: string;
}

const SIDED = new Set(['battles', 'explosions-remote-violence', 'violence-against-civilians', 'riots']);

function roleOf(eventType: string, index: number): ActorRole {
  if (!SIDED.has(eventType)) return 'participant';
  return index === 0 ? 'actor-1' : index === 1 ? 'actor-2' : 'associated';
}

const figureFields = (f: NonNullable<ExtractedEvent['fatalities']>) => ({
  best: f.best?.toString() ?? '',
  low: f.low?.toString() ?? '',
  high: f.high?.toString() ?? '',
});

export function formFromProposal(
  p: ExtractedEvent,
  registry: ActorSummary[],
  places: Place[],
  article: ArticleMeta,
): EventFormState {
  const byName = new Map(registry.map((a) => [a.name.toLowerCase(), a]));
  const byId = new Map(registry.map((a) => [a.id, a]));
  const actors: FormActor[] = p.actors.map((name, i) => {
    // The server resolved the names by the one rule (db/names.ts); the registry list is the fallback.
    const id = p.actorIds?.[i];
    const known = id ? (byId.get(id) ?? { id, name }) : byName.get(name.toLowerCase());
    const role = roleOf(p.eventType, i);
    return known
      ? { key: newKey(), id: known.id, name: known.name, role }
      : { key: newKey(), newName: name, kind: '', role };
  });
  const place = p.locationId
    ? (places.find((l) => l.id === p.locationId) ?? { id: p.locationId, name: p.location ?? '' })
    : p.location
      ? places.find((l) => l.name === p.location)
      : undefined;
  return {
    ...emptyForm(),
    title: p.title,
    eventType: p.eventType,
    subType: p.subType,
    precision: p.precision ?? 'day',
    dateStart: p.dateStart ?? '',
    dateEnd: p.dateEnd ?? '',
    status: p.status,
    actors,
    location: place
      ? { id: place.id, name: place.name }
      : p.locationIsNew && p.location
        ? // A place the gazetteer lacks: the form asks the reviewer for its coordinates.
          { newName: p.location, lat: '', lon: '' }
        : null,
    ...(p.fatalities ? figureFields(p.fatalities) : {}),
    // The summary is the event's own words, never a note on how it was found (that is the card's explanation).
    summary: '',
    sources: [
      {
        key: newKey(),
        publisher: article.publisher,
        url: article.url,
        title: article.title,
        publishedAt: article.publishedAt,
        quote: p.quote,
        article: article.id ? { id: article.id, start: p.span[0], end: p.span[1] } : null,
      },
    ],
  };
}
