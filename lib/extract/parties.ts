// A conflict's main parties, read off its data: the states that most often fight in it.
export function partiesOf(
  events: { eventType: string; actors: { name: string; kind: string }[] }[],
  max = 2,
): string[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.eventType !== 'battles' && e.eventType !== 'explosions-remote-violence') continue;
    for (const a of e.actors) if (a.kind === 'state') counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}
