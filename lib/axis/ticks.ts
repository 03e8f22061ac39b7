// Tick marks of the time axis at any zoom: years (by 1, 2, 5 … 100), months (by 1, 3, 6) or days
// (every day, every other day, the 1st/8th/15th/22nd, the 1st/15th), spaced so that labels never
// touch; and a second row naming the month or year the small labels belong to.
import { dayNumber, dayOfNumber, type View } from './scale';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type TickUnit = 'day' | 'month' | 'year';
export interface Tick {
  day: number;
  label: string;
}
export interface Ticks {
  unit: TickUnit;
  step: number;
  minor: Tick[];
  /** Month (under days) or year (under months) boundaries, labelled with the period they begin. */
  major: Tick[];
  /** The period the view's left edge lies in, for a label pinned to the left. */
  context: string;
}

const STEPS: { unit: TickUnit; step: number; days: number }[] = [
  { unit: 'day', step: 1, days: 1 },
  { unit: 'day', step: 2, days: 2 },
  { unit: 'day', step: 7, days: 7 },
  { unit: 'day', step: 14, days: 14 },
  { unit: 'month', step: 1, days: 30.4 },
  { unit: 'month', step: 3, days: 91.3 },
  { unit: 'month', step: 6, days: 182.6 },
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({ unit: 'year' as const, step, days: 365.25 * step })),
];

/** Smallest label spacing in px for each unit's widest label ("30 Sep", "Sep", "2020"). */
const MIN_GAP: Record<TickUnit, number> = { day: 44, month: 40, year: 44 };

const parts = (day: number) => {
  const iso = dayOfNumber(day);
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
};
const dayOf = (y: number, m: number, d = 1) =>
  dayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Days of the month a step of days keeps: every day, odd days, the 1st/8th/15th/22nd, or the 1st/15th. */
function keepsDay(d: number, step: number): boolean {
  if (step === 1) return true;
  if (step === 2) return d % 2 === 1 && d < 31;
  if (step === 7) return d === 1 || d === 8 || d === 15 || d === 22;
  return d === 1 || d === 15;
}

function minorTicks(view: View, unit: TickUnit, step: number): Tick[] {
  const out: Tick[] = [];
  const first = parts(view.start);
  const last = Math.ceil(view.end);
  if (unit === 'year') {
    for (let y = Math.floor(first.y / step) * step; dayOf(y, 1) < last; y += step)
      out.push({ day: dayOf(y, 1), label: String(y) });
  } else if (unit === 'month') {
    for (let i = first.y * 12 + first.m - 1; ; i++) {
      const [y, m] = [Math.floor(i / 12), (i % 12) + 1];
      if (dayOf(y, m) >= last) break;
      if ((m - 1) % step === 0) out.push({ day: dayOf(y, m), label: MONTHS[m - 1]! });
    }
  } else {
    for (let day = Math.floor(view.start); day < last; day++) {
      const { d } = parts(day);
      if (keepsDay(d, step)) out.push({ day, label: String(d) });
    }
  }
  return out.filter((t) => t.day + 1 > view.start);
}

function majorTicks(view: View, unit: TickUnit): Tick[] {
  if (unit === 'year') return [];
  const out: Tick[] = [];
  const first = parts(view.start);
  if (unit === 'month') {
    for (let y = first.y; dayOf(y, 1) < view.end; y++)
      if (dayOf(y, 1) >= view.start) out.push({ day: dayOf(y, 1), label: String(y) });
    return out;
  }
  for (let i = first.y * 12 + first.m - 1; ; i++) {
    const [y, m] = [Math.floor(i / 12), (i % 12) + 1];
    const day = dayOf(y, m);
    if (day >= view.end) break;
    if (day >= view.start) out.push({ day, label: `${MONTHS[m - 1]} ${y}` });
  }
  return out;
}

export function axisTicks(view: View, width: number): Ticks {
  const pxPerDay = width / Math.max(view.end - view.start, 1e-9);
  const chosen = STEPS.find((s) => s.days * pxPerDay >= MIN_GAP[s.unit]) ?? STEPS[STEPS.length - 1]!;
  const { unit, step } = chosen;
  const first = parts(view.start);
  const context = unit === 'day' ? `${MONTHS[first.m - 1]} ${first.y}` : unit === 'month' ? String(first.y) : '';
  return { unit, step, minor: minorTicks(view, unit, step), major: majorTicks(view, unit), context };
}
