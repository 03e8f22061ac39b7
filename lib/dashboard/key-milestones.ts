// The milestones a conflict's title names: its agreements and ceasefires (the turning points), at
// most `most` of them, keeping the first and the last and spacing the rest evenly in between.
export interface MilestoneLike {
  id: number;
  subType: string;
  dateStart: string;
}

/** A ceasefire, and an agreement of another kind (a peace treaty, a declaration: ACLED's *Agreement*). */
const TURNING_POINTS = new Set(['agreement-or-ceasefire', 'agreement']);

export function keyMilestones<T extends MilestoneLike>(milestones: T[], most = 6): T[] {
  const turning = milestones.filter((m) => TURNING_POINTS.has(m.subType));
  const pool = turning.length ? turning : milestones;
  const sorted = [...pool].sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.id - b.id);
  if (sorted.length <= most) return sorted;
  if (most <= 1) return sorted.slice(0, most);
  const picked = new Set<number>();
  for (let i = 0; i < most; i++) picked.add(Math.round((i * (sorted.length - 1)) / (most - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => sorted[i]!);
}
