// The URL's filters as ids, before a page renders: an unknown actor, place or conflict (a 400 QueryError naming its
// parameter) gets the banner a malformed filter gets, not an error in every widget. The dashboard and the embed
// both ask it first; any other failure is left to the widgets, which show it.
import { QueryError } from './errors';
import { resolveScope, type Scope } from './scope';
import type { Db } from '@/db/types';
import { eventFiltersSchema, type EventFilters, type ParamError } from '@/lib/validation/filters';

export type Scoped = Promise<{ db: Db; scope: Scope }>;

export interface Resolved {
  /** The whole filter's scope; null when the filters cannot be used. */
  scope: Scoped | null;
  /** The conflict's alone (the Location field's gazetteer); null for an unknown conflict. */
  conflictScope: Scoped | null;
  /** What the filters name that does not exist, for the banner. */
  errors: ParamError[];
}

/** The filters' scope and the conflict's, or what they name that does not exist (see the header). */
export async function resolveFilters(db: Db, conflict: unknown, filters: EventFilters | null): Promise<Resolved> {
  const onlyConflict = eventFiltersSchema.safeParse(conflict === undefined ? {} : { conflict });
  const [conflictScope, scope] = await Promise.all([
    onlyConflict.success ? settle(db, onlyConflict.data) : null,
    filters ? settle(db, filters) : null,
  ]);
  const errors = errorsOf(scope) ?? errorsOf(conflictScope) ?? [];
  return {
    scope: scope && !errors.length ? scopedOf(scope) : null,
    conflictScope: conflictScope && !errorsOf(conflictScope) ? scopedOf(conflictScope) : null,
    errors,
  };
}

type Settled = { db: Db; scope: Scope } | { failed: unknown } | { errors: ParamError[] };

async function settle(db: Db, filters: EventFilters): Promise<Settled> {
  try {
    return { db, scope: await resolveScope({ db, filters }) };
  } catch (err) {
    if (err instanceof QueryError && err.code === 'bad_request' && err.param)
      return { errors: [{ param: err.param, message: err.message }] };
    return { failed: err };
  }
}

const errorsOf = (settled: Settled | null) => (settled && 'errors' in settled ? settled.errors : undefined);

function scopedOf(settled: Settled): Scoped {
  if ('scope' in settled) return Promise.resolve(settled);
  const failed = Promise.reject('failed' in settled ? settled.failed : new Error(settled.errors[0]?.message));
  failed.catch(() => {});
  return failed;
}
