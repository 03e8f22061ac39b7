// What an event says, as a reader sees it (a snapshot), and the field-by-field difference of two
// snapshots: the body of every revision. Pure, so an import can compute a new event's first
// revision wherever it parses the file.
import { describeDate, type Precision } from '@/lib/dates/precision';
import { getSubType } from '@/lib/taxonomy/taxonomy';

/** What a revision records, and by which way in (the enums of event_revisions, db/schema.ts). */
export const REVISION_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'import',
  'approve',
  'reject',
  'merge',
  'split',
] as const;
export const REVISION_ORIGINS = ['seed', 'form', 'article', 'import', 'api'] as const;

export type Snapshot = Record<string, string | boolean | null>;
export type Changes = Record<string, { from: string | boolean | null; to: string | boolean | null }>;

export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): Changes {
  const out: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    const from = before?.[k] ?? null;
    const to = after?.[k] ?? null;
    if (from !== to && !(before === null && (to === null || to === '' || to === false))) out[k] = { from, to };
  }
  return out;
}

/** The snapshot an imported record will have once stored (what snapshotEvent would read back). */
export function snapshotOfRecord(
  e: {
    title: string;
    summary: string;
    subType: string;
    status: string;
    milestone: boolean;
    date: { dateStart: string; dateEnd: string | null; precision: Precision };
    fatalities?: { best?: number | null; low?: number | null; high?: number | null } | null;
    actors: { name: string; role: string }[];
    sources: { publisher: string; url?: string | null; quote: string }[];
  },
  location: string | null,
): Snapshot {
  const f = e.fatalities;
  const hasF = f && (f.best != null || f.low != null || f.high != null);
  const actors = [...e.actors]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => `${a.name} (${a.role})`);
  const sources = e.sources.map((s) => `${s.publisher}${s.url ? ` — ${s.url}` : ''}${s.quote ? ` “${s.quote}”` : ''}`);
  return {
    title: e.title,
    summary: e.summary,
    type: getSubType(e.subType)?.label ?? e.subType,
    date: `${describeDate(e.date)} (${e.date.precision})`,
    status: e.status,
    milestone: e.milestone,
    location,
    fatalities: hasF
      ? `${f.best ?? '?'}${f.low != null || f.high != null ? ` (${f.low ?? '?'}–${f.high ?? '?'})` : ''}`
      : null,
    actors: actors.length ? actors.join('; ') : null,
    sources: sources.length ? sources.join('; ') : null,
    deleted: false,
  };
}
