// The dashboard's own queries for the browser bench's view, timed in-process on its database before the
// server opens it: how much of the time to the first screen is the server's work, query by query, and
// how large each answer is as JSON (what the page carries to the browser).
import { getAxis } from '../db/queries/axis';
import { listEvents } from '../db/queries/events';
import { listPlaces } from '../db/queries/places';
import { resolveScope } from '../db/queries/scope';
import { getFrequency } from '../db/queries/stats';
import type { Database } from '../db/types';
import { axisSchema } from '../lib/validation/axis';
import { eventFiltersSchema } from '../lib/validation/filters';

// As the page asks (lib/query/options.ts's PAGE_SIZE; AXIS_BINS is the API's default): that module loads
// React's client, which the bench's react-server condition cannot.
const PAGE_SIZE = 100;
const AXIS_BINS = axisSchema.parse({}).bins;

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export type PageQueryTimes = Record<string, { p50Ms: number; jsonKb: number }>;

export async function timePageQueries(database: Database, conflict: string): Promise<PageQueryTimes> {
  const db = database.db;
  const filters = eventFiltersSchema.parse({ conflict });
  const queries: Record<string, () => Promise<unknown>> = {
    scope: () => resolveScope({ db, filters }),
  };
  const scope = await resolveScope({ db, filters });
  Object.assign(queries, {
    events: () => listEvents({ db, scope, sort: 'asc', limit: PAGE_SIZE }),
    frequency: () => getFrequency({ db, scope, bucket: 'auto', groupBy: 'type', spread: false, spans: true }),
    places: () => listPlaces({ db, scope }),
    axis: () => getAxis({ db, scope, bins: AXIS_BINS }),
  });
  const out: PageQueryTimes = {};
  for (const [name, run] of Object.entries(queries)) {
    const answer = await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    out[name] = { p50Ms: Math.round(median(times)), jsonKb: Math.round(JSON.stringify(answer).length / 1024) };
  }
  return out;
}
