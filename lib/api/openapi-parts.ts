// What every part of the OpenAPI document shares: the query parameters' descriptions (one text per
// name), the JSON body and the common answers.
import { z } from 'zod';
import { eventFiltersSchema } from '@/lib/validation/filters';

const DESCRIPTIONS: Record<string, string> = {
  conflict: 'The conflict (dataset) by slug; default: the first one.',
  actor:
    'Repeatable. An actor by id, name or alias (an alias matches every actor it named). Events with any of them ' +
    'match, or with all of them under actorMatch=all.',
  actorMatch:
    'With several actors: any (default) matches events with at least one of them, all only events with every one ' +
    '(an alias counts as present when any actor it named is). Lists, charts, the map and exports all follow.',
  type: 'Repeatable or comma-separated event type slugs (GET /api/taxonomy).',
  subtype: 'Repeatable or comma-separated sub-type slugs; with type, they must belong to it.',
  from: 'Inclusive start: YYYY, YYYY-MM or YYYY-MM-DD. An event matches when its date interval overlaps [from, to].',
  to: 'Inclusive end: YYYY (its 31 December), YYYY-MM (its last day) or YYYY-MM-DD.',
  q:
    'Full-text search over title and summary (PostgreSQL, English stemming, web-search syntax: "quoted phrase", ' +
    '-word, or).',
  location: 'Repeatable. A place by id or any of its names.',
  status: 'Repeatable: occurred, planned, claimed, disputed.',
  milestone: 'true: only milestones (ceasefires, summits, agreements); false: none.',
  sort: 'Date order: asc (oldest first) or desc.',
  limit: 'Page size, 1–500.',
  cursor: 'The nextCursor of the previous page.',
  bucket: 'auto (from the window), day, week (starting Monday), month or year.',
  groupBy: 'type (each event once) or actor (an event once per actor).',
  spans: 'true: also list the range events overlapping the window (spans; null otherwise).',
  spread: 'true: a range event counts 1/N on each of its N days (UCDP-style) instead of under imprecise.',
  bins:
    'Time axis: the most density bins wanted, 10–2000 (about its width in pixels); the finest of day, week, month ' +
    'and year that fits is used.',
  event: 'The milestone event’s id.',
  days: 'Days before and after the milestone, 1–3650.',
  format:
    'The file to write: acled (CSV with ACLED’s columns), json (Faultline’s JSON, with each event’s history), ' +
    'geojson (a FeatureCollection of the events with coordinates) or ics (a calendar, one entry per event).',
  aFrom: 'First period’s start: YYYY, YYYY-MM or YYYY-MM-DD (read as its first day).',
  aTo: 'First period’s end, inclusive: YYYY (31 December), YYYY-MM (its last day) or YYYY-MM-DD.',
  bFrom: 'Second period’s start, as aFrom.',
  bTo: 'Second period’s end, as aTo.',
  asOf: 'ISO 8601 time with a zone (2026-12-07T09:00:00Z): list the changes made since. A time to come counts as now.',
};

const EXAMPLES: Record<string, string> = {
  actor: 'Ilham Aliyev',
  type: 'battles',
  from: '2020-09',
  to: '2020-11-10',
  q: 'ceasefire',
  location: 'Stepanakert',
};

export function queryParams(...schemas: z.ZodObject[]) {
  return describedParams(DESCRIPTIONS, ...schemas);
}

export function describedParams(descriptions: Record<string, string>, ...schemas: z.ZodObject[]) {
  return schemas.flatMap((s) =>
    Object.entries(s.shape).map(([name, field]) => {
      const schema = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<
        string,
        unknown
      >;
      const repeatable = schema.type === 'array';
      return {
        name,
        in: 'query',
        required: false,
        description: descriptions[name] ?? DESCRIPTIONS[name],
        schema,
        ...(repeatable ? { style: 'form', explode: true } : {}),
        ...(EXAMPLES[name] ? { example: EXAMPLES[name] } : {}),
      };
    }),
  );
}

export const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } },
});
const BAD_REQUEST =
  'A parameter or field is wrong: { error, errors: [{ param, message }] }. Also for text holding a NUL character or ' +
  'a lone surrogate, ids outside 1–2147483647, a cursor that is forged or made for the other sort order, ' +
  'query parameters or bodies that are not UTF-8, and a body that is not a JSON object.';
export const ok = (description: string, type = 'application/json') => ({
  200: { description, content: { [type]: {} } },
  400: { description: BAD_REQUEST },
});
/**
 * What every route with a JSON body can add to its answers: names are cleaned (invisible characters,
 * look-alike letters), and each change is answered, never silent.
 */
export const NOTICES =
  '. notices: [{ field, written, stored, notes }], one per actor, place or publisher name stored otherwise ' +
  'than written (an invisible character removed, a Cyrillic or Greek look-alike replaced by the Latin letter)';
export const bodyLimits = { 413: { description: 'The body is larger than the limit: { error, errors }' } };
export const notFound = (what: string) => ({ 404: { description: `No such ${what}: { error, errors }` } });
export const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
};
export const filters = eventFiltersSchema as unknown as z.ZodObject;
