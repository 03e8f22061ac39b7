// "The data has changed since you cited this view": the revisions after a citation's asOf that touch
// the view's filters, and none for a view nothing has touched.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventFiltersSchema, searchParamsToObject } from '@/lib/validation/filters';
import { eventFormSchema } from '@/lib/validation/event';
import { seededDatabase, testEngines } from '../testing';
import { getLatestRevision, listChangesSince } from './changes';
import { createEvent, deleteEvent } from './event-write';
import { listEvents } from './events';
import { resolveScope } from './scope';

describe.each(testEngines())('changes since a cited view on $name', ({ open }) => {
  const ctx = seededDatabase(open);
  const scopeOf = (qs: string) =>
    resolveScope({
      db: ctx.database.db,
      filters: eventFiltersSchema.parse(searchParamsToObject(new URLSearchParams(qs))),
    });
  const since = async (qs: string, asOf: string | null) =>
    listChangesSince({ db: ctx.database.db, scope: await scopeOf(qs), asOf });

  it('lists the edits since asOf that touch the view, and nothing for views they do not touch', async () => {
    const asOf = (await getLatestRevision({ db: ctx.database.db }))!;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
    expect(await since('actor=Ilham Aliyev', asOf)).toMatchObject({ latest: asOf, total: 0, changes: [] });

    // An event without actors, in 2021: the whole conflict's view changed, Aliyev's did not.
    const created = await createEvent({
      db: ctx.database.db,
      conflictId: ctx.conflictId,
      input: eventFormSchema.parse({
        title: 'Shelling reported near Tegh',
        subType: 'armed-clash',
        precision: 'day',
        dateStart: '2021-05-14',
        actors: [],
        sources: [{ publisher: 'Example News', url: 'https://example.org/tegh' }],
        submissionId: randomUUID(),
      }),
    });
    const all = await since('', asOf);
    expect(all.total).toBe(1);
    expect(all.changes[0]).toMatchObject({
      action: 'create',
      eventId: created.id,
      eventTitle: 'Shelling reported near Tegh',
    });
    expect(all.latest! > asOf).toBe(true);
    expect((await since('actor=Ilham Aliyev', asOf)).total).toBe(0);
    expect((await since('from=2022', asOf)).total).toBe(0);

    // Deleting one of Aliyev's events in 2020 changes his view, deleted as it now is.
    const { events } = await listEvents({
      db: ctx.database.db,
      scope: await scopeOf('actor=Ilham Aliyev&from=2020&to=2020'),
      sort: 'asc',
      limit: 1,
    });
    await deleteEvent({ db: ctx.database.db, id: events[0]!.id, reason: 'Duplicate report' });
    const his = await since('actor=Ilham Aliyev&from=2020&to=2020', asOf);
    expect(his.changes).toEqual([
      expect.objectContaining({ action: 'delete', eventId: events[0]!.id, reason: 'Duplicate report' }),
    ]);
    expect((await since('', asOf)).changes.map((c) => c.action)).toEqual(['delete', 'create']);

    // From the newest revision on, nothing has changed; without asOf only the latest time is given.
    const now = (await getLatestRevision({ db: ctx.database.db }))!;
    expect((await since('', now)).total).toBe(0);
    expect(await since('', null)).toMatchObject({ latest: now, asOf: null, total: 0, more: false });
  });
});
