import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFormSchema, type EventForm } from '@/lib/validation/event';
import type { Database } from '../types';
import { loadDataset, readDataset } from '../jobs/seed';
import { testEngines } from '../testing';
import { findDuplicates } from './duplicates';
import { QueryError } from './errors';
import { listRevisions } from './event-history';
import { addSources, createEvent, deleteEvent, restoreEvent, updateEvent } from './event-write';
import { getEvent, listEvents } from './events';
import { resolveScope } from './scope';
import { rows } from '../rows';

describe.each(testEngines())('writing events on $name', ({ open }) => {
  let database: Database;
  let conflictId: number;
  let aliyev: number;
  let pashinyan: number;
  beforeAll(async () => {
    database = await open();
    conflictId = (await loadDataset(database.db, readDataset())).conflictId;
    [{ id: aliyev }, { id: pashinyan }] = (await rows<{ id: number }>(
      database.db,
      sql`
      select id from actors where name in ('Ilham Aliyev', 'Nikol Pashinyan') order by name`,
    )) as [{ id: number }, { id: number }];
  });
  afterAll(async () => database.close());

  const form = (patch: Partial<EventForm> = {}) =>
    eventFormSchema.parse({
      title: 'Aliyev and Pashinyan meet in Almaty',
      subType: 'summit-or-meeting',
      precision: 'day',
      dateStart: '2024-05-10',
      actors: [
        { id: aliyev, role: 'participant' },
        { id: pashinyan, role: 'participant' },
      ],
      location: { newName: 'Almaty', lat: 43.2389, lon: 76.8897, country: 'KAZ' },
      sources: [
        {
          publisher: 'Example News',
          url: 'https://example.org/almaty',
          title: 'Talks in Almaty',
          publishedAt: '2024-05-10',
          quote: 'They met.',
        },
      ],
      submissionId: randomUUID(),
      ...patch,
    });
  const total = async (qs: string) => {
    const scope = await resolveScope({
      db: database.db,
      filters: {
        actor: [],
        type: [],
        subtype: [],
        location: [],
        status: [],
        ...Object.fromEntries(new URLSearchParams(qs)),
      } as never,
    });
    return (await listEvents({ db: database.db, scope, sort: 'asc', limit: 1 })).total;
  };

  it('creates an event with a "create" revision, and it counts at once', async () => {
    const before = await total('from=2024-05-10&to=2024-05-10');
    const { id, created } = await createEvent({ db: database.db, conflictId, input: form() });
    expect(created).toBe(true);
    expect(await total('from=2024-05-10&to=2024-05-10')).toBe(before + 1);
    const event = await getEvent({ db: database.db, id });
    expect(event).toMatchObject({
      dateStart: '2024-05-10',
      precision: 'day',
      version: 1,
      location: { name: 'Almaty' },
    });
    const [rev] = await listRevisions({ db: database.db, eventId: id });
    expect(rev).toMatchObject({ action: 'create', origin: 'form' });
    expect(rev!.changes.title).toEqual({ from: null, to: 'Aliyev and Pashinyan meet in Almaty' });
  });

  it('saves one event, not two, when the same form is submitted twice', async () => {
    const input = form({ title: 'Double submit' });
    const [a, b] = await Promise.all([
      createEvent({ db: database.db, conflictId, input }),
      createEvent({ db: database.db, conflictId, input }),
    ]);
    expect(a.id).toBe(b.id);
    const [{ n }] = (await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from events where title = 'Double submit'`,
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('records an edit field by field and refuses a save over a newer version', async () => {
    const { id } = await createEvent({ db: database.db, conflictId, input: form({ title: 'Draft title' }) });
    const edited = await updateEvent({
      db: database.db,
      id,
      input: form({
        title: 'Final title',
        precision: 'month',
        dateStart: '2024-05',
        version: 1,
        reason: 'Only the month is sure',
      }),
    });
    expect(edited.version).toBe(2);
    expect(edited.changes.title).toEqual({ from: 'Draft title', to: 'Final title' });
    expect(edited.changes.date).toEqual({ from: '10 May 2024 (day)', to: 'May 2024 (month)' });
    const [latest] = await listRevisions({ db: database.db, eventId: id });
    expect(latest).toMatchObject({ action: 'update', reason: 'Only the month is sure' });

    const stale = await updateEvent({ db: database.db, id, input: form({ title: 'Someone else', version: 1 }) }).catch(
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(QueryError);
    expect((stale as QueryError).code).toBe('conflict');
    // A version the event never had is the sender's mistake, not someone else's edit (still the documented 409).
    const future = await updateEvent({ db: database.db, id, input: form({ title: 'Ahead', version: 99 }) }).catch(
      (e: unknown) => e,
    );
    expect([(future as QueryError).code, (future as QueryError).message]).toEqual([
      'conflict',
      'The event has no version 99 yet (it is at version 2): send the version you opened',
    ]);
    expect((await getEvent({ db: database.db, id })).title).toBe('Final title');
  });

  it('deletes softly with a reason, leaving the timeline, and restores', async () => {
    const { id } = await createEvent({
      db: database.db,
      conflictId,
      input: form({ title: 'To be deleted', dateStart: '2024-06-01' }),
    });
    const before = await total('from=2024-06-01&to=2024-06-01');
    await deleteEvent({ db: database.db, id, reason: 'Duplicate of another report' });
    expect(await total('from=2024-06-01&to=2024-06-01')).toBe(before - 1);
    await expect(getEvent({ db: database.db, id })).rejects.toBeInstanceOf(QueryError);
    expect((await getEvent({ db: database.db, id, includeDeleted: true })).deletedAt).not.toBeNull();
    await restoreEvent({ db: database.db, id, reason: null });
    expect(await total('from=2024-06-01&to=2024-06-01')).toBe(before);
    const actions = (await listRevisions({ db: database.db, eventId: id })).map((r) => r.action);
    expect(actions).toEqual(['restore', 'delete', 'create']);
  });

  it('refuses unknown actor and place ids, naming the field', async () => {
    const badActor = await createEvent({
      db: database.db,
      conflictId,
      input: form({ actors: [{ id: 999_999, role: 'actor-1' }] }),
    }).catch((e: unknown) => e);
    expect((badActor as QueryError).param).toBe('actors.0');
    const badPlace = await createEvent({
      db: database.db,
      conflictId,
      input: form({ location: { id: 999_999 } }),
    }).catch((e: unknown) => e);
    expect((badPlace as QueryError).param).toBe('location');
    // One actor by id and again by a name of theirs in another role: a mistake said, not a role silently dropped.
    const twoRoles = await createEvent({
      db: database.db,
      conflictId,
      input: form({
        actors: [
          { id: aliyev, role: 'actor-1' },
          { newName: 'Ilham Aliyev', kind: 'person', role: 'mediator' },
        ],
      }),
    }).catch((e: unknown) => e);
    expect([(twoRoles as QueryError).param, (twoRoles as QueryError).message]).toEqual([
      'actors.1',
      '“Ilham Aliyev” is Ilham Aliyev, listed already as actor-1: list each actor once, in one role',
    ]);
  });

  it('a look-alike of a known actor is that actor, not a second one that looks the same', async () => {
    const before = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from actors`);
    const newActor = (name: string) => ({ newName: name, kind: 'state' as const, role: 'participant' as const });
    const { id } = await createEvent({
      db: database.db,
      conflictId,
      input: form({ actors: [newActor('\u0410rmenia'), newActor('Azer\u200Bbaijan')], submissionId: randomUUID() }),
    });
    const event = await getEvent({ db: database.db, id });
    expect(event.actors.map((a) => a.name).sort()).toEqual(['Armenia', 'Azerbaijan']);
    const after = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from actors`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('a new place named like a known one far away is refused with where the known one lies', async () => {
    const far = { newName: 'Yerevan', lat: 40.0, lon: -83.0, country: 'USA' };
    const refused = await createEvent({
      db: database.db,
      conflictId,
      input: form({ location: far, submissionId: randomUUID() }),
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(QueryError);
    expect((refused as QueryError).param).toBe('location');
    expect((refused as QueryError).message).toMatch(/already has Yerevan at 40\.1792, 44\.4991, [\d,]+ km from/);

    const near = { newName: 'yerevan', lat: 40.18, lon: 44.51, country: 'ARM' };
    const { id } = await createEvent({
      db: database.db,
      conflictId,
      input: form({ location: near, submissionId: randomUUID() }),
    });
    expect((await getEvent({ db: database.db, id })).location).toMatchObject({ name: 'Yerevan', lat: 40.1792 });
  });

  it('stores HTML as text', async () => {
    const { id } = await createEvent({
      db: database.db,
      conflictId,
      input: form({ title: '<img src=x onerror=alert(1)>' }),
    });
    expect((await getEvent({ db: database.db, id })).title).toBe('<img src=x onerror=alert(1)>');
  });

  it('finds likely duplicates and can add a source to the existing event instead', async () => {
    const [sochi] = await rows<{ id: number }>(
      database.db,
      sql`select id from events where title like 'Sochi summit%'`,
    );
    const draft = form({ title: 'Putin hosts Aliyev and Pashinyan in Sochi', dateStart: '2021-11-26' });
    const found = await findDuplicates({
      db: database.db,
      conflictId,
      title: draft.title,
      date: draft.date,
      actorIds: [aliyev, pashinyan],
    });
    expect(found[0]?.id).toBe(sochi!.id);
    expect(found[0]?.reasons).toContain('similar title');
    await addSources({ db: database.db, id: sochi!.id, sources: draft.sources, reason: null });
    const event = await getEvent({ db: database.db, id: sochi!.id });
    expect(event.sources.map((s) => s.publisher)).toContain('Example News');
    expect((await listRevisions({ db: database.db, eventId: sochi!.id }))[0]).toMatchObject({
      action: 'update',
      reason: 'Source added',
    });
    // A source without a URL added twice word for word is one citation, not two the same.
    const local = { publisher: 'Local media', url: null, title: null, publishedAt: null, quote: 'Talks were held.' };
    const cites = async () =>
      (await getEvent({ db: database.db, id: sochi!.id })).sources.filter((s) => s.publisher === 'Local media');
    const first = await addSources({ db: database.db, id: sochi!.id, sources: [local], reason: null });
    const again = await addSources({ db: database.db, id: sochi!.id, sources: [local], reason: null });
    expect(await cites()).toHaveLength(1);
    // Nothing changed the second time: no new version, no revision.
    expect(again.version).toBe(first.version);
    await addSources({ db: database.db, id: sochi!.id, sources: [{ ...local, quote: 'Another line.' }], reason: null });
    expect(await cites()).toHaveLength(2);
  });
});
