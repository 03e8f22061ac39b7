// An export's file name says what view it holds: the dataset, the actors, types, place, search and years
// of the filters, then the day it was made (faultline-armenia-azerbaijan-ilham-aliyev-2020-2021-2026-12-01.csv).
import type { EventFilters } from '@/lib/validation/filters';

const MAX_LENGTH = 120;

/** Lower-case ASCII words joined by dashes; letters outside ASCII lose their marks or go. */
export function slugPart(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Dotless i and the like have no decomposition: spell them as their Latin base letter.
      .replace(/ı/g, 'i')
      .replace(/ə/gi, 'e')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

export function exportFileName({
  filters,
  conflict,
  day,
  extension,
  view,
}: {
  filters: Pick<EventFilters, 'actor' | 'actorMatch' | 'type' | 'subtype' | 'location' | 'q' | 'from' | 'to'>;
  conflict: string;
  day: string;
  extension: string;
  /** What of the view the file holds, when not its events: "frequency", "actors" (a chart's image). */
  view?: string;
}): string {
  const years = [filters.from?.slice(0, 4), filters.to?.slice(0, 4)].filter(Boolean);
  const parts = [
    conflict,
    ...filters.actor,
    ...(filters.actor.length > 1 && filters.actorMatch === 'all' ? ['all'] : []),
    ...(filters.subtype.length ? filters.subtype : filters.type),
    ...filters.location,
    ...(filters.q ? [filters.q] : []),
    ...(years.length === 2 && years[0] === years[1] ? [years[0]!] : years),
  ]
    .map((p) => slugPart(String(p)))
    .filter(Boolean);
  let stem = ['faultline', ...parts].join('-');
  if (stem.length > MAX_LENGTH) stem = stem.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '');
  const what = view ? slugPart(view) : '';
  return `${stem}${what ? `-${what}` : ''}-${day}.${extension}`;
}
