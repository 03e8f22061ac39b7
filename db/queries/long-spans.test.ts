// Long events (a dispute since 1991, a blockade of nine months) and stored events from before the
// date domain existed must neither empty nor break a date-filtered view, the chart or the list.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventFiltersSchema, frequencySchema, pageSchema, searchParamsToObject } from '@/lib/validation/filters';
import { eventFormSchema } from '@/lib/validation/event';
import { seededDatabase, testEngines } from '../testing';
import { QueryError } from './errors';
import { createEvent, deleteEvent } from './event-write';
import { listEvents } from './events';
import { resolveScope } from './scope';
import { rows } from '../rows';
import { getFrequency } from './stats';

const range = (title: string, dateStart: string, dateEnd: string) =>
  eventFormSchema.parse({
    title,
    subType: 'other',
    precision: 'range',
    dateStart,
    dateEnd,
    actors: [],
    sources: [{ publisher: 'Example News', url: 'https://example.org/long', quote: 'It lasted.' }],
    submissionId: randomUUID(),
  });

describe.each(testEngines())('long events on $name', ({ open }) => {
  const ctx = seededDatabase(open);
  const scopeOf = async (qs: string) => {
    const filters = eventFiltersSchema.parse(searchParamsToObject(new URLSearchParams(qs)));
    return resolveScope({ db: ctx.database.db, filters });
  };
  const list = async (qs: string) => {
    const page = pageSchema.parse(searchParamsToObject(new URLSearchParams(qs)));
    return listEvents({ db: ctx.database.db, scope: await scopeOf(qs), ...page });
  };
  const frequency = async (qs: string) => {
    const options = frequencySchema.parse(searchParamsToObject(new URLSearchParams(qs)));
    return getFrequency({ db: ctx.database.db, scope: await scopeOf(qs), ...options });
  };
  /** Every event of a view, page by page, in the view's order. */
  const all = async (qs: string) => {
    const out: { id: number; title: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(`${qs}&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      out.push(...page.events);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  };

  it('a decades-long event joins a date-filtered view without emptying it, and leaves when deleted', async () => {
    const before = await list('from=2020');
    expect(before.total).toBeGreaterThan(10);
    const { id } = await createEvent({
      db: ctx.database.db,
      conflictId: ctx.conflictId,
      input: range('Border dispute since independence', '1991-09-21', '2025-08-08'),
    });
    const during = await list('from=2020');
    expect(during.total).toBe(before.total + 1);
    for (const sort of ['asc', 'desc']) {
      const events = await all(`from=2020&sort=${sort}`);
      expect(events).toHaveLength(during.total);
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      expect(events.map((e) => e.id)).toContain(id);
      // Oldest first, the long event started first of all; newest first, it comes last.
      expect(sort === 'asc' ? events[0]!.id : events.at(-1)!.id).toBe(id);
    }
    expect((await frequency('from=2020')).total).toBe(during.total);

    await deleteEvent({ db: ctx.database.db, id, reason: 'test' });
    expect((await list('from=2020')).total).toBe(before.total);
  });

  it('one actor and a window: the long event is found through that actor too', async () => {
    const [armenia] = await rows<{ id: number }>(ctx.database.db, sql`select id from actors where name = 'Armenia'`);
    const qs = 'actor=Armenia&from=2021-03-01&to=2021-03-31';
    const before = (await list(qs)).total;
    const input = { ...range('Prisoners held since the war', '2020-11-10', '2023-12-07') };
    input.actors = [{ id: armenia!.id, role: 'participant' }];
    await createEvent({ db: ctx.database.db, conflictId: ctx.conflictId, input });
    expect((await list(qs)).total).toBe(before + 1);
    expect((await all(qs)).map((e) => e.title)).toContain('Prisoners held since the war');
  });

  it('a stored event outside the date domain breaks neither the chart nor the date filters', async () => {
    const before = (await list('from=2020')).total;
    // As a database made before the domain existed may hold one (the API refuses it now).
    await ctx.database.db.execute(sql`
      insert into events (conflict_id, title, summary, event_type, sub_type, date_start, date_end, date_last, precision)
      values (${ctx.conflictId}, 'Typed by mistake', '', 'strategic-developments', 'other',
        '1900-01-01', '9999-12-31', '9999-12-31', 'range')`);
    expect((await list('from=2020')).total).toBe(before + 1);
    for (const bucket of ['auto', 'year', 'month']) {
      const chart = await frequency(`bucket=${bucket}`);
      expect(chart.to <= `${new Date().getUTCFullYear() + 10}-12-31`).toBe(true);
      expect(chart.total).toBeGreaterThan(0);
    }
  });
});

describe.each(testEngines())('chart windows on $name', ({ open }) => {
  const ctx = seededDatabase(open);
  const frequency = async (qs: string) => {
    const input = searchParamsToObject(new URLSearchParams(qs));
    const scope = await resolveScope({ db: ctx.database.db, filters: eventFiltersSchema.parse(input) });
    return getFrequency({ db: ctx.database.db, scope, ...frequencySchema.parse(input) });
  };

  it('refuses a window of too many day buckets with a message, before generating them', async () => {
    const error = await frequency('bucket=day&from=1000&to=9999').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).message).toMatch(/day buckets is too many \(at most 5000\)/);
  });

  it('accepts any year as a bound and clamps it into the date domain', async () => {
    const chart = await frequency('bucket=year&from=1000&to=9999');
    expect(chart.from).toBe('1800-01-01');
    expect(chart.to).toBe(`${new Date().getUTCFullYear() + 10}-12-31`);
    expect(chart.series).toHaveLength(new Date().getUTCFullYear() + 10 - 1800 + 1);
    expect(chart.total).toBeGreaterThan(50);
  });
});
