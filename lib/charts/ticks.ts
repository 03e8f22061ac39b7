// Y-axis ticks that fit the data: whole numbers, no more than about five steps, the top tick at or
// just above the tallest bar (a tallest bar of 1 gives 0 and 1, not 0 to 4).
export function countTicks(max: number, most = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let scale = 1; ; scale *= 10) {
    const found = [1, 2, 5].map((m) => m * scale).find((s) => Math.ceil(top / s) <= most);
    if (found) {
      step = found;
      break;
    }
  }
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) ticks.push(t);
  return ticks;
}

/** A count as the chart says it: whole counts as they are, spread shares to one decimal. */
export function formatCount(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en');
  if (n > 0 && n < 0.05) return '<0.1';
  return n.toLocaleString('en', { maximumFractionDigits: 1 });
}
