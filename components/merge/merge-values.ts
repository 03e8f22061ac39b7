// Each field of an event as the merge page shows it, and the event a merge would make: pure, so
// the preview is derived during render from the two events and the choices.
import type { EventView } from '@/db/queries/event-shape';
import { describeDate } from '@/lib/dates/precision';
import { mergedSources } from '@/lib/merge/sources';
import { getSubType } from '@/lib/taxonomy/taxonomy';
import type { MergeField } from '@/lib/validation/merge';

export type Choices = Record<MergeField, number | 'both'>;

const PRECISION: Record<EventView['precision'], string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  year: 'to the year',
  range: 'a range',
};

export function fieldText(e: EventView, field: MergeField): string {
  switch (field) {
    case 'title':
      return e.title;
    case 'date':
      return `${describeDate(e)} (${PRECISION[e.precision]})`;
    case 'type':
      return getSubType(e.subType)?.label ?? e.subType;
    case 'actors':
      return e.actors.length ? e.actors.map((a) => `${a.name} (${a.role.replace('-', ' ')})`).join(', ') : 'None';
    case 'location':
      return e.location?.name ?? 'Not recorded';
    case 'fatalities': {
      const f = e.fatalities;
      if (!f) return 'Not recorded';
      const range = f.low !== null || f.high !== null ? ` (range ${f.low ?? '?'}–${f.high ?? '?'})` : '';
      return `${f.best ?? 'best estimate unknown'}${range}`;
    }
    case 'summary':
      return e.summary || 'None';
    case 'status':
      return `${e.status}${e.milestone ? ', milestone' : ''}`;
  }
}

/** The survivor as the merge would leave it. */
export function preview(a: EventView, b: EventView, survivor: number, choices: Choices) {
  const pick = (field: MergeField) => (choices[field] === b.id ? b : a);
  const kept = survivor === a.id ? a : b;
  const other = survivor === a.id ? b : a;
  const actors =
    choices.actors === 'both'
      ? [...kept.actors, ...other.actors.filter((x) => !kept.actors.some((k) => k.id === x.id))]
      : pick('actors').actors;
  return {
    id: survivor,
    fields: Object.fromEntries(
      (['title', 'date', 'type', 'location', 'fatalities', 'summary', 'status'] as const).map((f) => [
        f,
        fieldText(pick(f), f),
      ]),
    ) as Record<Exclude<MergeField, 'actors'>, string>,
    actors: fieldText({ ...kept, actors }, 'actors'),
    sources: mergedSources(kept.sources, other.sources),
  };
}
