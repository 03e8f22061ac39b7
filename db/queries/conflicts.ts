import 'server-only';
// The datasets (conflicts): each with its live event counts from the year rollup, and the writes
// that create, rename and describe one. A slug is unique: a second one is refused as a conflict (409).
import { sql } from 'drizzle-orm';
import { cleanName } from '@/lib/names/clean';
import { SLUG_MESSAGE, slugSchema, type ConflictCreate, type ConflictPatch } from '@/lib/validation/conflict';
import type { Db, DbOrTx } from '../types';
import { rows } from '../rows';
import { QueryError } from './errors';

export interface ConflictSummary {
  slug: string;
  name: string;
  description: string;
  region: string;
  /** ISO 3166-1 alpha-3 codes. */
  countries: string[];
  /** Its span as given (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown or ongoing. */
  spanStart: string | null;
  spanEnd: string | null;
  events: number;
  /** First and last years with a live event (null when it has none). */
  firstYear: number | null;
  lastYear: number | null;
}

const summaryOf = (where: ReturnType<typeof sql>) => sql`
  select c.slug, c.name, c.description, c.region, c.countries, c.span_start as "spanStart", c.span_end as "spanEnd",
    coalesce(y.events, 0)::int as events, y.first as "firstYear", y.last as "lastYear"
  from conflicts c left join lateral (
    select sum(n) as events, extract(year from min(first_year))::int as first,
      extract(year from max(last_year))::int as last
    from event_year_counts y where y.conflict_id = c.id and y.actor_id = 0 and n <> 0
  ) y on true
  ${where}
  order by c.id`;

export async function listConflicts({ db }: { db: Db }): Promise<ConflictSummary[]> {
  return rows<ConflictSummary>(db, summaryOf(sql``));
}

export async function getConflictSummary({ db, slug }: { db: DbOrTx; slug: string }): Promise<ConflictSummary> {
  const [found] = await rows<ConflictSummary>(db, summaryOf(sql`where c.slug = ${slug}`));
  if (!found) throw new QueryError('not_found', `No conflict has the slug "${slug}": see /api/conflicts`, 'slug');
  return found;
}

const taken = (slug: string) =>
  new QueryError('conflict', `A conflict with the slug "${slug}" already exists: choose another slug`, 'slug');

/** A unique-violation from the slug's index, as the caller's mistake. */
const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
};

const textArray = (list: string[]) => sql`${`{${list.map((c) => `"${c}"`).join(',')}}`}::text[]`;

/** Two conflicts of one name are two identical entries in the Dataset picker: a name is refused when another has it. */
async function refuseTakenName(db: DbOrTx, name: string, slug: string | null) {
  const [other] = await rows<{ slug: string }>(
    db,
    sql`select slug from conflicts where lower(name) = lower(${name}) and slug is distinct from ${slug} limit 1`,
  );
  if (other)
    throw new QueryError(
      'conflict',
      `The conflict "${other.slug}" is already named "${name}": choose another name`,
      'name',
    );
}

export async function insertConflict({ db, conflict }: { db: DbOrTx; conflict: ConflictCreate }) {
  const c = conflict;
  await refuseTakenName(db, c.name, c.slug);
  const inserted = await rows<{ id: number }>(
    db,
    sql`insert into conflicts (slug, name, description, region, countries, span_start, span_end)
    values (${c.slug}, ${c.name}, ${c.description}, ${c.region}, ${textArray(c.countries)},
      ${c.spanStart}, ${c.spanEnd})
    on conflict (slug) do nothing returning id`,
  );
  if (!inserted[0]) throw taken(c.slug);
  return getConflictSummary({ db, slug: c.slug });
}

export async function updateConflict({ db, slug, patch }: { db: DbOrTx; slug: string; patch: ConflictPatch }) {
  if (patch.name !== undefined) await refuseTakenName(db, patch.name, slug);
  const sets = [
    patch.slug !== undefined && sql`slug = ${patch.slug}`,
    patch.name !== undefined && sql`name = ${patch.name}`,
    patch.description !== undefined && sql`description = ${patch.description}`,
    patch.region !== undefined && sql`region = ${patch.region}`,
    patch.countries !== undefined && sql`countries = ${textArray(patch.countries)}`,
    patch.spanStart !== undefined && sql`span_start = ${patch.spanStart}`,
    patch.spanEnd !== undefined && sql`span_end = ${patch.spanEnd}`,
  ].filter((s) => s !== false);
  let updated: { slug: string }[];
  try {
    updated = await rows<{ slug: string }>(
      db,
      sql`update conflicts set ${sql.join(sets, sql`, `)} where slug = ${slug} returning slug`,
    );
  } catch (err) {
    if (isUniqueViolation(err)) throw taken(patch.slug!);
    throw err;
  }
  if (!updated[0]) throw new QueryError('not_found', `No conflict has the slug "${slug}": see /api/conflicts`, 'slug');
  return getConflictSummary({ db, slug: updated[0].slug });
}

/** "nagorno-karabakh" → "Nagorno karabakh": a name until someone gives a better one. */
export const nameFromSlug = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

const CREATE_REFUSED = (slug: string) =>
  `There is no conflict "${slug}", and your role may not create one (creating a conflict needs an editor or ` +
  'admin, as POST /api/conflicts does): import into a conflict that exists, or ask an editor to create it first';

/**
 * The conflict an import goes into: the first one when no slug is given, the one with the slug, or
 * (asked with `create`, by a caller who `mayCreate`) a new one with that slug; otherwise an unknown slug is refused
 * with `how` to create it (the flag or parameter of the way in).
 */
export async function conflictForImport({
  db,
  slug,
  create = false,
  mayCreate = true,
  name,
  how,
}: {
  db: DbOrTx;
  slug?: string;
  create?: boolean;
  /** Whether the caller may create conflicts (POST /api/conflicts): a contributor may not, through an import either. */
  mayCreate?: boolean;
  name?: string;
  how: string;
}): Promise<number> {
  const [found] = await rows<{ id: number }>(
    db,
    slug ? sql`select id from conflicts where slug = ${slug}` : sql`select id from conflicts order by id limit 1`,
  );
  if (found) return found.id;
  if (!slug) throw new QueryError('not_found', 'No conflict is loaded yet: run npm run db:seed');
  if (!create) throw new QueryError('bad_request', `Unknown conflict "${slug}": ${how}`, 'conflict');
  if (!slugSchema.safeParse(slug).success) throw new QueryError('bad_request', SLUG_MESSAGE, 'conflict');
  if (!mayCreate) throw new QueryError('forbidden', CREATE_REFUSED(slug), 'createConflict');
  const fresh = cleanName(name ?? '') || nameFromSlug(slug);
  await refuseTakenName(db, fresh, slug);
  await rows(
    db,
    sql`insert into conflicts (slug, name) values (${slug}, ${fresh})
    on conflict (slug) do nothing`,
  );
  const [made] = await rows<{ id: number }>(db, sql`select id from conflicts where slug = ${slug}`);
  return made!.id;
}
