import 'server-only';
// "Did the Sochi summit calm the border?": matching events in the N days before and after a milestone.
import { plusDays } from '@/lib/dates/calendar';
import type { Db } from '../types';
import { QueryError } from './errors';
import { countMatching, getEvent } from './events';
import type { Scope } from './scope';

export interface AroundMilestone {
  milestone: { id: number; title: string; dateStart: string };
  days: number;
  before: { from: string; to: string; events: number };
  after: { from: string; to: string; events: number };
}

export async function countAroundMilestone({
  db,
  scope,
  milestoneId,
  days,
}: {
  db: Db;
  scope: Scope;
  milestoneId: number;
  days: number;
}): Promise<AroundMilestone> {
  const m = await getEvent({ db, id: milestoneId });
  if (m.precision !== 'day') {
    throw new QueryError(
      'bad_request',
      `"${m.title}" is dated only to the ${m.precision}: a before/after comparison needs a day`,
      'milestone',
    );
  }
  const before = { from: plusDays(m.dateStart, -days), to: plusDays(m.dateStart, -1) };
  const after = { from: plusDays(m.dateStart, 1), to: plusDays(m.dateStart, days) };
  const count = (w: { from: string; to: string }) => countMatching(db, { ...scope, from: w.from, to: w.to });
  return {
    milestone: { id: m.id, title: m.title, dateStart: m.dateStart },
    days,
    before: { ...before, events: await count(before) },
    after: { ...after, events: await count(after) },
  };
}
