import 'server-only';
// "Did the Sochi summit calm the border?": matching events in the N days before and after a milestone,
// each window cut to the From/To filter when one is set (clipped says so).
import { plusDays } from '@/lib/dates/calendar';
import type { Db } from '../types';
import { QueryError } from './errors';
import { countMatching, getEvent } from './events';
import type { Scope } from './scope';

export interface AroundMilestone {
  milestone: { id: number; title: string; dateStart: string };
  days: number;
  before: { from: string; to: string; events: number; clipped: boolean };
  after: { from: string; to: string; events: number; clipped: boolean };
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
  const clip = (from: string, to: string) => {
    const f = scope.from && scope.from > from ? scope.from : from;
    const t = scope.to && scope.to < to ? scope.to : to;
    return { from: f, to: t, clipped: f !== from || t !== to };
  };
  const before = clip(plusDays(m.dateStart, -days), plusDays(m.dateStart, -1));
  const after = clip(plusDays(m.dateStart, 1), plusDays(m.dateStart, days));
  // A window the filter leaves nothing of (the milestone lies outside From/To on that side) holds no events.
  const count = async (w: { from: string; to: string }) =>
    w.from > w.to ? 0 : countMatching(db, { ...scope, from: w.from, to: w.to });
  return {
    milestone: { id: m.id, title: m.title, dateStart: m.dateStart },
    days,
    before: { ...before, events: await count(before) },
    after: { ...after, events: await count(after) },
  };
}
