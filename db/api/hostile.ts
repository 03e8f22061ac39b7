// Hostile values for the property tests of the routes: what sits at the edges of the zod schemas
// (NUL, lone surrogates, int4's end, huge and negative numbers, empty and very long strings, wrong
// types, nesting, __proto__ keys), written as JSON text so that a "__proto__" key stays a key.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { Db } from '../types';
import { rows } from '../rows';

/** A JSON value; objects as entry lists, so any key (even "__proto__") can be written. */
export type Hostile = string | number | boolean | null | Hostile[] | { entries: [string, Hostile][] };

const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ufffd',
  '2147483647',
  '2147483648',
  '99999999999',
  '-1',
  '0',
  '1.5',
  '1e309',
  'NaN',
  '__proto__',
  'constructor',
  'null',
  '2021-02-30',
  '0000-01-01',
  '%00',
  "'; drop table events; --",
  'x'.repeat(600),
  'y'.repeat(25_000),
];
const EDGE_NUMBERS = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
// The listed edges are drawn most often: 50 runs must hit them, random strings only add to them.
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 4 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);
const KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'title', 'publisher', '', '\u0000'];

export const hostileValue: fc.Arbitrary<Hostile> = fc.letrec<{ value: Hostile }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: hostileString, weight: 4 },
    { arbitrary: hostileNumber, weight: 2 },
    fc.boolean(),
    { arbitrary: fc.constant(null), weight: 2 },
    fc.array(tie('value'), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('value')), { maxLength: 3 })
      .map((entries) => ({ entries })),
  ),
})).value;

export function toJson(v: Hostile): string {
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

const HOLE = '\u0001hole\u0001';

/** The JSON text of `base` with the value at `path` replaced by a hostile one (added when absent). */
export function withHostile(base: unknown, path: (string | number)[], value: Hostile): string {
  if (!path.length) return toJson(value);
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string | number, unknown>;
  at[path.at(-1)!] = HOLE;
  return JSON.stringify(copy).replace(JSON.stringify(HOLE), toJson(value));
}

/** How many rows the routes can write: after a 4xx, none of these may have moved. */
export async function rowCounts(db: Db) {
  const [r] = await rows<Record<string, number>>(
    db,
    sql`select
      (select count(*)::int from events) as events,
      (select count(*)::int from event_revisions) as revisions,
      (select count(*)::int from actors) as actors,
      (select count(*)::int from locations) as locations,
      (select count(*)::int from sources) as sources,
      (select count(*)::int from event_sources) as citations,
      (select count(*)::int from articles) as articles,
      (select count(*)::int from events where deleted_at is not null) as deleted,
      (select count(*)::int from events where merged_into_id is not null) as merged,
      (select count(*)::int from event_distinct_pairs) as distinct_pairs`,
  );
  return r!;
}

// Bounded so the suite stays fast; PROPERTY_RUNS=500 searches harder by hand.
export const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 50 };
