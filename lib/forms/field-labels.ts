// The visible label of the event form's field behind an error's path ("sources.1.url" → "Source URL 2"),
// so the error summary names each field as the form shows it. Pure: the form and its tests share it.

const PLAIN: Record<string, string> = {
  title: 'Title',
  eventType: 'Event type',
  subType: 'Sub-type',
  precision: 'Precision',
  dateEnd: 'End',
  status: 'Status',
  summary: 'Summary',
  reason: 'Reason for the change',
  'fatalities.best': 'Best estimate',
  'fatalities.low': 'Low',
  'fatalities.high': 'High',
  actors: 'Actors',
  location: 'Place',
  'location.newName': 'Place name',
  'location.lat': 'Latitude',
  'location.lon': 'Longitude',
  sources: 'Sources',
};

const SOURCE_FIELDS: Record<string, string> = {
  publisher: 'Publisher',
  url: 'Source URL',
  title: 'Source title',
  publishedAt: 'Published',
  quote: 'Quote',
};

/** The label of the field an error path points at; `range` says whether the date is a Start/End pair. */
export function fieldLabel(param: string, { range = false }: { range?: boolean } = {}): string {
  if (param === 'dateStart') return range ? 'Start' : 'Date';
  if (PLAIN[param]) return PLAIN[param];
  const source = /^sources\.(\d+)(?:\.(\w+))?/.exec(param);
  if (source) {
    const n = Number(source[1]);
    const label = source[2] ? (SOURCE_FIELDS[source[2]] ?? 'Source') : 'Source';
    return n ? `${label} ${n + 1}` : label;
  }
  const actor = /^actors\.(\d+)(?:\.(\w+))?/.exec(param);
  if (actor)
    return `Actor ${Number(actor[1]) + 1}${actor[2] === 'kind' ? ', kind' : actor[2] === 'role' ? ', role' : ''}`;
  return 'This event';
}

const ORDER = [
  'title',
  'eventType',
  'subType',
  'precision',
  'dateStart',
  'dateEnd',
  'status',
  'actors',
  'location',
  'fatalities',
  'summary',
  'sources',
  'reason',
];

/** Sorts error paths into the order their fields stand in the form (sources by number). */
export function inFormOrder(params: string[]): string[] {
  const rank = (p: string) => {
    const head = ORDER.findIndex((o) => p === o || p.startsWith(`${o}.`));
    const n = Number(/\.(\d+)/.exec(p)?.[1] ?? 0);
    return (head === -1 ? ORDER.length : head) * 1000 + n;
  };
  return [...params].sort((a, b) => rank(a) - rank(b));
}

/** A message without the field's name in front ("Longitude: a number…"), for a list that names it already. */
export function withoutFieldName(message: string, label: string): string {
  const m = /^(\w+): (.+)$/s.exec(message);
  return m && label.toLowerCase().includes(m[1]!.toLowerCase()) ? m[2]! : message;
}
