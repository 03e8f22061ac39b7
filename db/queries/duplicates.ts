import 'server-only';
// Likely duplicates of an event about to be saved: stored events whose dates overlap (a few days'
// slack for day precision), scored by shared actors and by how alike the titles are.
import { sql } from 'drizzle-orm';
import { plusDays } from '@/lib/dates/calendar';
import { formatAtPrecision, type Precision, type StoredDate } from '@/lib/dates/precision';
import type { Db } from '../types';
import { rows } from '../rows';

export interface DuplicateCandidate {
  id: number;
  title: string;
  dateStart: string;
  precision: Precision;
  sharedActors: number;
  titleSimilarity: number;
  reasons: string[];
}

/** Days of slack around a date: reports of one event often differ by a day or two. */
export const SLACK_DAYS = 3;
/** How alike two titles must be (Jaccard of their words) to be called similar. */
export const SIMILAR_TITLE = 0.3;
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/** Jaccard similarity of the titles' words (0–1). */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

export async function findDuplicates({
  db,
  conflictId,
  title,
  date,
  actorIds,
  excludeId,
}: {
  db: Db;
  conflictId: number;
  title: string;
  date: StoredDate;
  actorIds: number[];
  excludeId?: number;
}): Promise<DuplicateCandidate[]> {
  const from = plusDays(date.dateStart, -SLACK_DAYS);
  const to = plusDays(date.dateLast, SLACK_DAYS);
  const found = await rows<{ id: number; title: string; date_start: string; precision: Precision; shared: number }>(
    db,
    sql`
    select e.id, e.title, e.date_start, e.precision,
      (select count(*)::int from event_actors ea
        where ea.event_id = e.id and ea.actor_id = any(${`{${actorIds.join(',')}}`}::int[])) as shared
    from events e
    where e.conflict_id = ${conflictId} and e.deleted_at is null and e.review = 'published'
      and e.date_start <= ${to}::date and e.date_last >= ${from}::date
      ${excludeId ? sql`and e.id <> ${excludeId}` : sql``}
    order by e.date_start limit 500`,
  );
  return found
    .map((r) => {
      const similarity = titleSimilarity(title, r.title);
      const reasons = ['dates overlap'];
      if (r.shared) reasons.push(`${r.shared} shared ${r.shared === 1 ? 'actor' : 'actors'}`);
      if (similarity >= SIMILAR_TITLE) reasons.push('similar title');
      return {
        id: r.id,
        title: r.title,
        dateStart: formatAtPrecision(r.date_start, r.precision),
        precision: r.precision,
        sharedActors: r.shared,
        titleSimilarity: Math.round(similarity * 100) / 100,
        reasons,
      };
    })
    .filter((c) => c.sharedActors > 0 || c.titleSimilarity >= SIMILAR_TITLE)
    .sort((a, b) => b.sharedActors + b.titleSimilarity * 2 - (a.sharedActors + a.titleSimilarity * 2))
    .slice(0, 5);
}
