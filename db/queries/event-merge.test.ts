// Merging and splitting events (issue 15): nothing merged silently, every source kept once, both
// histories readable, counts and charts one event fewer, and the merged event out of every list.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventFiltersSchema, searchParamsToObject } from '@/lib/validation/filters';
import { eventFormSchema, sourceInputSchema, type EventForm } from '@/lib/validation/event';
import { articleInputSchema } from '@/lib/validation/article';
import { decodeCursor } from '@/lib/validation/cursor';
import { rows } from '../rows';
import { seededDatabase, testEngines } from '../testing';
import { listDuplicatePairs, markDistinct } from './duplicate-pairs';
import { type QueryError } from './errors';
import { listRevisions } from './event-history';
import { getMergedInto, listMergedHistories, mergeEvents } from './event-merge';
import { listEventSources, splitEvent } from './event-split';
import { addSources, createEvent, deleteEvent, restoreEvent, updateEvent } from './event-write';
import { saveArticle } from './articles';
import { getEvent, listEvents } from './events';
import { resolveScope } from './scope';
import { getFrequency } from './stats';

const DAY = '2024-03-14';

describe.each(testEngines())('merging and splitting events on $name', ({ open }) => {
  const ctx = seededDatabase(open);
  const db = () => ctx.database.db;

  const actorId = async (name: string) =>
    (await rows<{ id: number }>(db(), sql`select id from actors where name = ${name}`))[0]!.id;
  const form = (patch: Partial<EventForm>) =>
    eventFormSchema.parse({ subType: 'armed-clash', precision: 'day', dateStart: DAY, ...patch });
  const add = async (patch: Partial<EventForm>) =>
    (await createEvent({ db: db(), conflictId: ctx.conflictId, input: form(patch) })).id;
  const scopeOf = (qs: string) =>
    resolveScope({ db: db(), filters: eventFiltersSchema.parse(searchParamsToObject(new URLSearchParams(qs))) });
  const total = async (qs: string) =>
    (await listEvents({ db: db(), scope: await scopeOf(qs), sort: 'asc', limit: 1 })).total;
  const frequency = async (qs: string, bucket: 'day' | 'month' | 'year') => {
    const f = await getFrequency({ db: db(), scope: await scopeOf(qs), bucket, groupBy: 'type' });
    return { total: f.total, series: f.series.map((p) => p.total), imprecise: f.imprecise.total };
  };
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => e as QueryError,
    );
  const stored = async () =>
    (
      await rows<{ n: string }>(
        db(),
        sql`select concat_ws(' ', (select count(*) from events), (select count(*) from event_revisions),
          (select count(*) from event_sources), (select count(*) from event_distinct_pairs),
          (select count(*) from events where merged_into_id is not null)) as n`,
      )
    )[0]!.n;

  async function pair() {
    const [aliyev, pashinyan] = [await actorId('Ilham Aliyev'), await actorId('Nikol Pashinyan')];
    const shared = { publisher: 'Wire', url: 'https://example.org/clash', title: 'Clash', quote: 'Shots at dawn.' };
    const a = await add({
      title: 'Clash near Sotk',
      actors: [{ id: aliyev, role: 'actor-1' }],
      sources: [shared, { publisher: 'Daily', title: 'Border clash', quote: 'Two soldiers died.' }],
      fatalities: { best: 2 },
    });
    const b = await add({
      title: 'Border clash at Sotk',
      precision: 'range',
      dateStart: DAY,
      dateEnd: '2024-03-15',
      actors: [{ id: pashinyan, role: 'actor-2' }],
      sources: [
        { ...shared, quote: 'Firing began at 5 a.m.' },
        { publisher: 'daily ', title: 'border clash', quote: 'Two soldiers died.' },
        { publisher: 'Radio', url: 'https://example.org/radio', quote: 'Confirmed by the ministry.' },
      ],
      summary: 'An exchange of fire.',
    });
    return { a, b, aliyev, pashinyan };
  }

  it('keeps every source once, with every quote, and the chosen field of each side', async () => {
    const { a, b } = await pair();
    const merged = await mergeEvents({
      db: db(),
      id: b,
      input: {
        other: a,
        survivor: a,
        fields: { title: b, date: b, actors: 'both', summary: b },
        reason: 'One clash, two reports',
      },
    });
    expect(merged).toEqual({ id: a, merged: b, version: 2 });
    const event = await getEvent({ db: db(), id: a });
    expect(event).toMatchObject({
      title: 'Border clash at Sotk',
      precision: 'range',
      dateStart: DAY,
      dateEnd: '2024-03-15',
      summary: 'An exchange of fire.',
      fatalities: { best: 2 },
    });
    expect(event.actors.map((x) => x.name).sort()).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
    expect(event.sources.map((s) => [s.publisher, s.quote])).toEqual([
      ['Wire', 'Shots at dawn. … Firing began at 5 a.m.'],
      ['Daily', 'Two soldiers died.'],
      ['Radio', 'Confirmed by the ministry.'],
    ]);
    const gone = await getEvent({ db: db(), id: b, includeDeleted: true });
    expect(gone.sources).toEqual([]);
    expect(await getMergedInto({ db: db(), id: b })).toBe(a);
  });

  it('keeps both histories: the merged event’s revisions stay, each side gets a merge revision', async () => {
    const { a, b } = await pair();
    await updateEvent({
      db: db(),
      id: b,
      input: form({ title: 'Edited before the merge', version: 1, sources: [{ publisher: 'X' }] }),
    });
    await mergeEvents({ db: db(), id: a, input: { other: b, survivor: a, fields: {}, reason: null } });
    const survivor = await listRevisions({ db: db(), eventId: a });
    expect(survivor[0]).toMatchObject({ action: 'merge', reason: `Merged event #${b} into this` });
    expect(survivor[0]!.changes.mergedFrom).toEqual({ from: null, to: `#${b} Edited before the merge` });
    expect(survivor[0]!.changes.sources?.to).toContain('X');
    const history = await listMergedHistories({ db: db(), id: a });
    expect(history.map((h) => [h.id, h.revisions.map((r) => r.action)])).toEqual([[b, ['merge', 'update', 'create']]]);
    expect(history[0]!.revisions[0]!.reason).toBe(`Merged into event #${a}`);
  });

  it('takes one event out of lists, totals and every chart series', async () => {
    const qs = `from=${DAY}&to=2024-03-20`;
    const { a, b } = await pair();
    const charts = async () => ({
      total: await total(qs),
      actor: await total(`actor=Nikol Pashinyan&${qs}`),
      days: await frequency(qs, 'day'),
      months: await frequency('from=2024&to=2024', 'month'),
      years: await frequency('from=2024&to=2024', 'year'),
    });
    const before = await charts();
    // The survivor keeps a's day: b (14–15 March, a range) leaves the month, the year and "imprecise" by day.
    await mergeEvents({ db: db(), id: a, input: { other: b, survivor: a, fields: {}, reason: null } });
    const after = await charts();
    expect(after.total).toBe(before.total - 1);
    expect(after.actor).toBe(before.actor - 1);
    for (const grain of ['days', 'months', 'years'] as const) expect(after[grain].total).toBe(before[grain].total - 1);
    expect(after.days.series).toEqual(before.days.series);
    expect(after.days.imprecise).toBe(before.days.imprecise - 1);
    expect(after.months.series).toEqual(before.months.series.map((n, i) => (i === 2 ? n - 1 : n)));
    // The rollups kept by triggers equal a rebuild from the events.
    const rollups = sql`select concat(
      (select md5(string_agg(t::text, ',' order by t::text)) from event_month_counts t where n <> 0),
      (select md5(string_agg(t::text, ',' order by t::text)) from event_day_counts t where n <> 0)) as digest`;
    const kept = (await rows<{ digest: string }>(db(), rollups))[0]!.digest;
    await db().execute(sql`select fl_rebuild_counts()`);
    expect((await rows<{ digest: string }>(db(), rollups))[0]!.digest).toBe(kept);
  });

  it('answers a change to the merged event with a conflict naming the survivor', async () => {
    const { a, b } = await pair();
    await mergeEvents({ db: db(), id: a, input: { other: b, survivor: a, fields: {}, reason: null } });
    for (const attempt of [
      () => updateEvent({ db: db(), id: b, input: form({ title: 'x', version: 2, sources: [{ publisher: 'X' }] }) }),
      () => deleteEvent({ db: db(), id: b, reason: 'gone' }),
      () => restoreEvent({ db: db(), id: b, reason: null }),
      () => splitEvent({ db: db(), id: b, input: { sources: [1], title: null, reason: null } }),
    ]) {
      const err = await failure(attempt());
      expect(err).toMatchObject({ code: 'conflict', extra: { mergedInto: a } });
      expect(err!.message).toContain(`#${a}`);
    }
  });

  it('refuses hostile merges and stores nothing', async () => {
    const { a, b } = await pair();
    const c = await add({ title: 'Deleted one', sources: [{ publisher: 'X' }] });
    await deleteEvent({ db: db(), id: c, reason: 'wrong' });
    const d = await add({ title: 'Merged away', sources: [{ publisher: 'X' }] });
    const e = await add({ title: 'Survivor', sources: [{ publisher: 'X' }] });
    await mergeEvents({ db: db(), id: d, input: { other: e, survivor: e, fields: {}, reason: null } });
    const before = await stored();
    const merge = (id: number, input: Partial<Parameters<typeof mergeEvents>[0]['input']>) =>
      failure(mergeEvents({ db: db(), id, input: { other: b, survivor: a, fields: {}, reason: null, ...input } }));
    expect(await merge(a, { other: a })).toMatchObject({ code: 'bad_request', param: 'other' });
    expect(await merge(a, { survivor: c })).toMatchObject({ code: 'bad_request', param: 'survivor' });
    expect(await merge(a, { fields: { title: e } })).toMatchObject({ code: 'bad_request', param: 'fields.title' });
    expect(await merge(a, { other: 2_000_000_000 })).toMatchObject({ code: 'not_found', param: 'other' });
    expect(await merge(a, { other: c })).toMatchObject({ code: 'conflict', param: 'other' });
    expect(await merge(a, { other: d, survivor: d })).toMatchObject({ code: 'conflict', extra: { mergedInto: e } });
    expect(await merge(a, { versions: { event: 1, other: 7 } })).toMatchObject({ code: 'conflict', param: 'other' });
    expect(await stored()).toBe(before);
  });

  it('splits exactly the chosen sources off into a new event, and remembers the two as distinct', async () => {
    const { b } = await pair();
    const sources = await listEventSources({ db: db(), eventId: b });
    const moving = [sources[0]!.id, sources[2]!.id];
    const before = await total(`from=${DAY}&to=${DAY}`);
    const split = await splitEvent({
      db: db(),
      id: b,
      input: { sources: moving, title: 'The second clash', reason: null },
    });
    expect(split).toMatchObject({ id: b, version: 2 });
    expect((await listEventSources({ db: db(), eventId: split.newId })).map((s) => s.id)).toEqual(moving);
    expect((await listEventSources({ db: db(), eventId: b })).map((s) => s.id)).toEqual([sources[1]!.id]);
    const created = await getEvent({ db: db(), id: split.newId });
    expect(created).toMatchObject({
      title: 'The second clash',
      precision: 'range',
      dateEnd: '2024-03-15',
      fatalities: null,
    });
    expect(created.actors.map((x) => x.name)).toEqual(['Nikol Pashinyan']);
    expect(await total(`from=${DAY}&to=${DAY}`)).toBe(before + 1);
    expect((await listRevisions({ db: db(), eventId: b }))[0]).toMatchObject({ action: 'split' });
    expect((await listRevisions({ db: db(), eventId: split.newId }))[0]).toMatchObject({
      action: 'split',
      reason: `Split from event #${b}`,
    });
    const [pairRow] = await rows(
      db(),
      sql`select 1 from event_distinct_pairs where low_id = ${b} and high_id = ${split.newId}`,
    );
    expect(pairRow).toBeDefined();

    const stay = await stored();
    const left = (await listEventSources({ db: db(), eventId: b })).map((s) => s.id);
    expect(
      await failure(splitEvent({ db: db(), id: b, input: { sources: left, title: null, reason: null } })),
    ).toMatchObject({
      code: 'bad_request',
      param: 'sources',
    });
    expect(
      await failure(splitEvent({ db: db(), id: b, input: { sources: [moving[0]!], title: null, reason: null } })),
    ).toMatchObject({
      code: 'bad_request',
      param: 'sources.0',
    });
    expect(await stored()).toBe(stay);
  });

  it('cites a stored article once: added again from the article, or merged from another event', async () => {
    const text = 'Firing was reported near Sotk at dawn. The ministry confirmed two deaths by noon.';
    const article = await saveArticle({
      db: db(),
      conflictId: ctx.conflictId,
      input: articleInputSchema.parse({ text, publisher: 'Article Wire', title: 'Sotk report' }),
    });
    const cite = (quote: string) => ({
      publisher: 'Article Wire',
      quote,
      article: { id: article.id, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
    });
    const a = await add({ title: 'Firing near Sotk', sources: [cite('Firing was reported near Sotk at dawn.')] });
    const b = await add({ title: 'Deaths near Sotk', sources: [cite('The ministry confirmed two deaths by noon.')] });
    const before = await listEventSources({ db: db(), eventId: a });
    await addSources({
      db: db(),
      id: a,
      reason: null,
      origin: 'article',
      sources: [sourceInputSchema.parse(cite('Firing was reported near Sotk at dawn.'))],
    });
    expect(await listEventSources({ db: db(), eventId: a })).toEqual(before);
    await mergeEvents({ db: db(), id: a, input: { other: b, survivor: a, fields: {}, reason: null } });
    const after = await listEventSources({ db: db(), eventId: a });
    expect(after.map((x) => [x.id, x.quote])).toEqual([
      [before[0]!.id, 'Firing was reported near Sotk at dawn. … The ministry confirmed two deaths by noon.'],
    ]);
  });

  it('pages the pairs: about `limit` a page, none twice, the same set whatever the page size', async () => {
    const walk = async (limit: number) => {
      const keys: string[] = [];
      let cursor;
      for (;;) {
        const page = await listDuplicatePairs({ db: db(), conflictId: ctx.conflictId, cursor, limit });
        // A page ends after the event that fills it: at most one event's candidates (20) over the limit.
        expect(page.pairs.length).toBeLessThanOrEqual(limit + 20);
        keys.push(...page.pairs.map((p) => `${p.a.id}-${p.b.id}`));
        if (!page.nextCursor) return keys;
        cursor = decodeCursor(page.nextCursor)!;
      }
    };
    const small = await walk(3);
    expect(small.length).toBeGreaterThan(10);
    expect(new Set(small).size).toBe(small.length);
    expect(small).toEqual(await walk(100));
  });

  it('lists a likely pair once, and never again after "not the same"', async () => {
    const { a, b } = await pair();
    const find = async () => {
      const found: [number, number][] = [];
      let cursor;
      do {
        const page = await listDuplicatePairs({ db: db(), conflictId: ctx.conflictId, cursor, limit: 100 });
        found.push(...page.pairs.map((p) => [p.a.id, p.b.id] as [number, number]));
        cursor = page.nextCursor ? decodeCursor(page.nextCursor)! : undefined;
      } while (cursor);
      return found.filter(([x, y]) => [x, y].includes(a) && [x, y].includes(b));
    };
    const [listed] = await find();
    expect(listed).toEqual([b, a]);
    await markDistinct({ db: db(), events: [a, b], reason: 'Two clashes' });
    await markDistinct({ db: db(), events: [b, a], reason: null });
    expect(await find()).toEqual([]);
    expect(await failure(markDistinct({ db: db(), events: [a, 2_000_000_000], reason: null }))).toMatchObject({
      code: 'not_found',
    });
  });
});
