// A view's filters in words, for the captions of chart images and for citations:
// "events involving Ilham Aliyev, battles, in Stepanakert, matching “drone”, 2020–2021".
import { getEventType, getSubType } from '@/lib/taxonomy/taxonomy';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The filter values as the URL writes them (names or ids, slugs, YYYY[-MM[-DD]] bounds). */
export interface ViewFilters {
  actor: string[];
  actorMatch?: 'any' | 'all';
  type: string[];
  subtype: string[];
  from?: string;
  to?: string;
  q?: string;
  location: string[];
  status?: string[];
  milestone?: boolean;
}

/** "Ilham Aliyev", "Aliyev and Pashinyan", "A, B or C". */
export function listInWords(items: string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** A bound as precisely as it was written: "2020", "Sep 2020", "27 Sep 2020". */
export function boundInWords(bound: string): string {
  const [y, m, d] = bound.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? bound;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function periodInWords(from: string | undefined, to: string | undefined): string | null {
  if (from && to) {
    const a = boundInWords(from);
    const b = boundInWords(to);
    return a === b ? a : `${a}–${b}`;
  }
  if (from) return `from ${boundInWords(from)}`;
  if (to) return `until ${boundInWords(to)}`;
  return null;
}

function typesInWords(f: ViewFilters): string | null {
  const labels = f.subtype.length
    ? f.subtype.map((s) => getSubType(s)?.label ?? s)
    : f.type.map((t) => getEventType(t)?.label ?? t);
  return labels.length ? listInWords(labels, 'or').toLowerCase() : null;
}

/**
 * The filters of a view in words; `names` turns an actor's or place's id into its name. "all events"
 * when nothing is filtered.
 */
export function filtersInWords(f: ViewFilters, names: (ref: string) => string = (r) => r): string {
  const actors = f.actor.map(names);
  const parts = [
    actors.length
      ? `events involving ${actors.length > 1 && f.actorMatch === 'all' ? 'all of ' : ''}${listInWords(
          actors,
          f.actorMatch === 'all' ? 'and' : 'or',
        )}`
      : 'all events',
    typesInWords(f),
    f.location.length ? `in ${listInWords(f.location.map(names), 'or')}` : null,
    f.q ? `matching “${f.q}”` : null,
    f.status?.length ? `${listInWords(f.status, 'or')} only` : null,
    f.milestone === true ? 'milestones only' : f.milestone === false ? 'without milestones' : null,
    periodInWords(f.from, f.to),
  ];
  return parts.filter(Boolean).join(', ');
}

/** The filters of a URL, as typed (bounds keep their precision): the input of filtersInWords. */
export function viewFiltersOf(params: URLSearchParams): ViewFilters {
  const list = (key: string) =>
    params.getAll(key).flatMap((v) => (key === 'actor' || key === 'location' ? [v] : v.split(',')).filter(Boolean));
  const milestone = params.get('milestone');
  return {
    actor: list('actor'),
    actorMatch: params.get('actorMatch') === 'all' ? 'all' : 'any',
    type: list('type'),
    subtype: list('subtype'),
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    q: params.get('q')?.trim() || undefined,
    location: list('location'),
    status: list('status'),
    milestone: milestone === 'true' ? true : milestone === 'false' ? false : undefined,
  };
}
