// The time axis's query: the events of a window as dated, or their density, with the filters applied,
// ranges and coarse dates kept whole, and nothing reported more precisely than it is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as axisRoute } from '@/app/api/stats/axis/route';
import { bucketStart } from '@/lib/dates/buckets';
import { addPeriod, plusDays } from '@/lib/dates/calendar';
import { parseBound } from '@/lib/dates/precision';
import { getEventType } from '@/lib/taxonomy/taxonomy';
import { eventFiltersSchema, pageSchema, searchParamsToObject } from '@/lib/validation/filters';
import { seededDatabase, serveDatabase, testEngines } from '../testing';
import { getAxis, type Axis, type AxisEvent } from './axis';
import { listEvents } from './events';
import { resolveScope } from './scope';

const DATE_FORM: Record<AxisEvent['precision'], RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  range: /^\d{4}-\d{2}-\d{2}$/,
};

/** The density a window's events must give, counted one by one in JavaScript. */
function expectedDensity(events: AxisEvent[], density: NonNullable<Axis['density']>) {
  const { unit, bins } = density;
  const starts = bins.map((b) => b.start);
  const ends = starts.map((s) => plusDays(addPeriod(s, unit, 1), -1));
  const want = bins.map((b) => ({ start: b.start, events: 0, coarse: 0 }));
  for (const e of events) {
    const first = parseBound(e.dateStart, 'from')!;
    const last = parseBound(e.dateLast, 'to')!;
    if (bucketStart(first, unit) === bucketStart(last, unit)) {
      const i = starts.indexOf(bucketStart(first, unit));
      if (i >= 0) want[i]!.events++;
      continue;
    }
    want.forEach((bin, i) => {
      if (first <= ends[i]! && last >= starts[i]!) bin.coarse++;
    });
  }
  return want;
}

describe.each(testEngines())('time axis on $name', ({ open }) => {
  const ctx = seededDatabase(open);
  const axis = async (qs: string, options: { bins?: number; maxEvents?: number } = {}) => {
    const filters = eventFiltersSchema.parse(searchParamsToObject(new URLSearchParams(qs)));
    const scope = await resolveScope({ db: ctx.database.db, filters });
    return getAxis({ db: ctx.database.db, scope, bins: options.bins ?? 1000, maxEvents: options.maxEvents });
  };
  const listTotal = async (qs: string) => {
    const input = searchParamsToObject(new URLSearchParams(qs));
    const scope = await resolveScope({ db: ctx.database.db, filters: eventFiltersSchema.parse(input) });
    return (await listEvents({ db: ctx.database.db, scope, ...pageSchema.parse(input) })).total;
  };

  it('lists a small window’s events with ranges whole and coarse dates at their precision', async () => {
    const all = await axis('');
    expect(all.mode).toBe('events');
    expect(all.density).toBeNull();
    expect(all.total).toBe(await listTotal(''));
    expect(all.events).toHaveLength(all.total);
    expect(all.extent).toEqual({ from: '1988-01-01', to: '2025-12-31' });
    const war = all.events!.find((e) => e.title === 'Second Nagorno-Karabakh War');
    expect(war).toMatchObject({ precision: 'range', dateStart: '2020-09-27', dateLast: '2020-11-10' });
    const yerevan = all.events!.find((e) => e.title.startsWith('Mass demonstrations in Yerevan'));
    // A month stays a month: never its first day.
    expect(yerevan).toMatchObject({ precision: 'month', dateStart: '1988-02', dateLast: '1988-02' });
    for (const e of all.events!) {
      expect(e.dateStart, e.title).toMatch(DATE_FORM[e.precision]);
      expect(e.dateLast, e.title).toMatch(DATE_FORM[e.precision]);
    }
    expect(all.events!.filter((e) => e.milestone).length).toBeGreaterThan(10);
    // JSON-safe: what the server renders is what a refetch returns.
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('applies the filters: type, actor, window (events overlapping it, ranges that began before)', async () => {
    const qs = 'type=diplomacy&from=2020-10&to=2021-12';
    const diplomacy = await axis(qs);
    expect(diplomacy.total).toBe(await listTotal(qs));
    expect(diplomacy.total).toBeGreaterThan(2);
    const slugs = new Set(getEventType('diplomacy')!.subTypes.map((s) => s.slug));
    for (const e of diplomacy.events!) {
      expect(slugs.has(e.subType), e.subType).toBe(true);
      expect(parseBound(e.dateLast, 'to')! >= '2020-10-01' && parseBound(e.dateStart, 'from')! <= '2021-12-31').toBe(
        true,
      );
    }
    const autumn = await axis('from=2020-11-01&to=2020-11-05');
    expect(autumn.from).toBe('2020-11-01');
    expect(autumn.events!.map((e) => e.title)).toContain('Second Nagorno-Karabakh War');
    const aliyev = await axis('actor=Ilham Aliyev');
    expect(aliyev.total).toBe(await listTotal('actor=Ilham Aliyev'));
    expect(aliyev.total).toBeLessThan((await axis('')).total);
  });

  it('switches to density beyond the limit, and the density is the events counted one by one', async () => {
    const cases = [
      { qs: '', bins: 1000 },
      { qs: '', bins: 10 },
      { qs: 'from=1988-02-01&to=1988-02-29', bins: 100 },
      { qs: 'from=2020-09-15&to=2020-11-20', bins: 20 },
      { qs: 'from=2020-09&to=2020-12', bins: 1000 },
      { qs: 'type=battles,diplomacy&from=1990&to=2021', bins: 200 },
      { qs: 'actor=Armenia&from=2016&to=2023', bins: 500 },
      { qs: 'q=ceasefire', bins: 300 },
    ];
    for (const { qs, bins } of cases) {
      const events = await axis(qs, { bins });
      const density = await axis(qs, { bins, maxEvents: 0 });
      expect(density.mode, qs).toBe('density');
      expect(density.events).toBeNull();
      expect(density.total, qs).toBe(events.total);
      const d = density.density!;
      expect(d.bins.length, qs).toBeLessThanOrEqual(Math.max(bins, 60));
      expect(d.bins.reduce((n, b) => n + b.events, 0) + d.coarseEvents, qs).toBe(events.total);
      expect(d.bins, `${qs} by ${d.unit}`).toEqual(expectedDensity(events.events!, d));
    }
  });

  it('draws a month and a range across their days, never on the first day', async () => {
    const feb = await axis('from=1988-02-01&to=1988-02-29', { bins: 100, maxEvents: 0 });
    const { unit, bins } = feb.density!;
    expect(unit).toBe('day');
    expect(bins).toHaveLength(29);
    // February 1988 (a month), the first war (from the 20th) and Sumgait (27–29): 1, 2, then 3.
    expect(bins.map((b) => b.coarse)).toEqual([...Array(19).fill(1), ...Array(7).fill(2), 3, 3, 3]);
    expect(bins[0]!.events).toBe(0);
    const byYear = await axis('', { bins: 40, maxEvents: 0 });
    expect(byYear.density!.unit).toBe('year');
    expect(byYear.density!.bins[0]!.start).toBe('1988-01-01');
  });

  describe('the route', () => {
    let unserve = () => {};
    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });
    afterAll(() => unserve());
    const get = (qs: string) => axisRoute(new Request(`http://localhost/api/stats/axis?${qs}`));

    it('answers JSON with the filters, and a 400 naming a bad parameter', async () => {
      const ok = await get('from=2020-09&to=2020-11&bins=50');
      expect(ok.status).toBe(200);
      const body = (await ok.json()) as Axis;
      expect(body.mode).toBe('events');
      expect(body.events!.some((e) => e.title === 'Second Nagorno-Karabakh War')).toBe(true);
      for (const qs of ['bins=5', 'bins=2001', 'bins=abc', 'bins=1.5']) {
        const res = await get(qs);
        expect(res.status, qs).toBe(400);
        expect(((await res.json()) as { errors: { param: string }[] }).errors[0]!.param).toBe('bins');
      }
      expect((await get('from=2021-02-31')).status).toBe(400);
      expect((await get('actor=Nobody%20Known')).status).toBe(400);
    });
  });
});
