import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rows } from '../rows';
import { eventFiltersSchema, pageSchema, parseWith, searchParamsToObject } from '@/lib/validation/filters';
import { compareSchema } from '@/lib/validation/compare';
import type { Database } from '../types';
import { seededDatabase, testEngines } from '../testing';
import { countAroundMilestone } from './around';
import { comparePeriods } from './compare';
import { listEvents } from './events';
import { resolveScope } from './scope';

function parsed<T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

async function scopeOf(database: Database, qs: string) {
  const input = searchParamsToObject(new URLSearchParams(qs));
  return resolveScope({ db: database.db, filters: parsed(parseWith(eventFiltersSchema, input)) });
}

async function total(database: Database, qs: string) {
  const scope = await scopeOf(database, qs);
  return (await listEvents({ db: database.db, scope, ...parsed(parseWith(pageSchema, { limit: '1' })) })).total;
}

describe.each(testEngines())('two periods compared on $name', ({ open }) => {
  const ctx = seededDatabase(open);
  afterAll(() => undefined);

  it('counts each type in each period exactly as the list does, under the other filters', async () => {
    const periods = [
      { from: '2020-01-01', to: '2020-09-26' },
      { from: '2020-09-27', to: '2020-11-10' },
    ];
    const result = await comparePeriods({ db: ctx.database.db, scope: await scopeOf(ctx.database, ''), periods });
    for (const [i, p] of periods.entries()) {
      const listed = await total(ctx.database, `from=${p.from}&to=${p.to}`);
      expect(result.periods[i]).toEqual({ ...p, total: listed });
      expect(result.types.reduce((n, t) => n + t.counts[i]!, 0)).toBe(listed);
      for (const t of result.types)
        expect(t.counts[i], `${t.type} in ${p.from}…${p.to}`).toBe(
          await total(ctx.database, `from=${p.from}&to=${p.to}&type=${t.type}`),
        );
    }
    // The 2020 war: more battles in its 45 days than in the nine months before.
    const battles = result.types.find((t) => t.type === 'battles');
    expect(battles!.counts[1]!).toBeGreaterThan(battles!.counts[0]!);
  });

  it('applies the other filters (an actor) to both periods', async () => {
    const periods = [
      { from: '2021-01-01', to: '2021-12-31' },
      { from: '2022-01-01', to: '2022-12-31' },
    ];
    const scope = await scopeOf(ctx.database, 'actor=Ilham+Aliyev');
    const result = await comparePeriods({ db: ctx.database.db, scope, periods });
    expect(result.periods.map((p) => p.total)).toEqual([
      await total(ctx.database, 'actor=Ilham+Aliyev&from=2021&to=2021'),
      await total(ctx.database, 'actor=Ilham+Aliyev&from=2022&to=2022'),
    ]);
    expect(result.periods[0]!.total).toBeGreaterThan(0);
  });

  it('reads the periods like From/To and refuses a period that ends before it starts', () => {
    expect(compareSchema.parse({ aFrom: '2020', aTo: '2020-02', bFrom: '2021-03-04', bTo: '2021' })).toEqual({
      aFrom: '2020-01-01',
      aTo: '2020-02-29',
      bFrom: '2021-03-04',
      bTo: '2021-12-31',
    });
    const r = compareSchema.safeParse({ aFrom: '2021', aTo: '2020', bFrom: '2021-02-30', bTo: '2021' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['aFrom', 'bFrom']));
  });

  it('cuts a milestone window to From/To, and says so', async () => {
    const [sochi] = await rows<{ id: number }>(
      ctx.database.db,
      sql`select id from events where title like 'Sochi summit%'`,
    );
    const scope = await scopeOf(ctx.database, 'from=2021-11-15&to=2021-12-31');
    const around = await countAroundMilestone({ db: ctx.database.db, scope, milestoneId: sochi!.id, days: 30 });
    expect(around.before).toMatchObject({ from: '2021-11-15', to: '2021-11-25', clipped: true });
    expect(around.after).toMatchObject({ from: '2021-11-27', to: '2021-12-26', clipped: false });
    expect(around.before.events).toBe(await total(ctx.database, 'from=2021-11-15&to=2021-11-25'));
  });
});
