// A contributor's import, merge, split and new sources at the route handlers, each request first
// through the permission guard: all wait for an editor, nothing counted or changed until then; an
// import is one batch approved or rejected at once or event by event; an editor's merge is immediate.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postEvent, GET as listEventsRoute } from '@/app/api/events/route';
import { PUT as putEvent } from '@/app/api/events/[id]/route';
import { POST as mergeRoute } from '@/app/api/events/[id]/merge/route';
import { POST as splitRoute } from '@/app/api/events/[id]/split/route';
import { POST as sourcesRoute } from '@/app/api/events/[id]/sources/route';
import { POST as importRoute } from '@/app/api/import/route';
import { POST as postConflict } from '@/app/api/conflicts/route';
import { GET as reviewList } from '@/app/api/review/route';
import { POST as decide } from '@/app/api/review/[kind]/[id]/route';
import { GET as activityRoute } from '@/app/api/users/[id]/activity/route';
import { guardRequest } from '@/lib/auth/guard';
import { createAccount } from '@/lib/auth/users';
import { hashToken } from '@/lib/auth/caller';
import type { ActivityEntry } from '../queries/activity';
import type { ReviewBatch } from '../queries/import-batches';
import type { ReviewItem } from '../queries/review';
import { insertToken } from '../queries/tokens';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

const BASE = 'http://127.0.0.1:3000';
type Init = { method?: string; body?: unknown; token?: string; raw?: string };
const req = (path: string, { method = 'GET', body, token, raw }: Init = {}) =>
  new Request(`${BASE}${path}`, {
    method,
    headers: {
      host: '127.0.0.1:3000',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });

async function send(request: Request, handler: (r: Request) => Promise<Response>): Promise<Response> {
  return (await guardRequest(request)).refusal ?? handler(request);
}
const idCtx = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const decideCtx = (kind: string, id: number) => ({ params: Promise.resolve({ kind, id: String(id) }) });

const event = (title: string, publisher = 'Test Wire') => ({
  title,
  subType: 'armed-clash',
  dateStart: '2021-06-02',
  precision: 'day',
  sources: [{ publisher, quote: `${publisher} reported it.` }],
});

const CSV =
  'title,date,precision,sub_type,source_publisher\n' +
  'Batch clash at Lachin,2021-06-03,day,armed-clash,Batch Wire\n' +
  'Batch shelling of Tegh,2021-06-04,day,shelling-artillery-missile-attack,Batch Wire\n' +
  'Batch clash at Sotk,2021-06-05,day,armed-clash,Batch Wire\n';

for (const engine of testEngines()) {
  describe(`contributors’ imports, merges, splits and sources wait for review (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    const tokens = { editor: '', contributor: '', viewer: '' };
    const ids = { editor: '', contributor: '', viewer: '' };
    let unserve = () => {};
    afterAll(() => unserve());
    const db = () => ctx.database.db;
    const total = async () =>
      ((await (await send(req('/api/events?limit=1'), listEventsRoute)).json()) as { total: number }).total;
    const queue = async () =>
      (await (await send(req('/api/review', { token: tokens.editor }), reviewList)).json()) as {
        items: ReviewItem[];
        batches: ReviewBatch[];
      };
    const decideAs = (token: string, kind: string, id: number, body: unknown) =>
      send(req(`/api/review/${kind}/${id}`, { method: 'POST', body, token }), (r) => decide(r, decideCtx(kind, id)));
    const create = async (title: string, publisher?: string) => {
      const res = await send(
        req('/api/events', { method: 'POST', body: event(title, publisher), token: tokens.editor }),
        postEvent,
      );
      return ((await res.json()) as { id: number }).id;
    };
    const state = async (id: number) =>
      (
        await rows<{ review: string; deleted: boolean; merged: number | null; version: number; sources: number }>(
          db(),
          sql`select review::text as review, deleted_at is not null as deleted, merged_into_id as merged, version,
            (select count(*)::int from event_sources where event_id = e.id) as sources from events e where id = ${id}`,
        )
      )[0]!;

    beforeAll(async () => {
      unserve = serveDatabase(ctx.database);
      for (const role of ['editor', 'contributor', 'viewer'] as const) {
        const user = await createAccount({
          db: db(),
          user: { email: `${role}@example.org`, name: `The ${role}`, password: 'correct horse battery', role },
        });
        ids[role] = user.id;
        tokens[role] = `fl_test_${role}_${Math.random().toString(36).slice(2)}`;
        await insertToken({ db: db(), userId: user.id, name: 'test', tokenHash: hashToken(tokens[role]) });
      }
    });

    async function importAs(token: string, csv = CSV) {
      const res = await importRoute(req('/api/import?format=csv&label=batch.csv', { method: 'POST', raw: csv, token }));
      if (!res.ok) return { status: res.status, report: null };
      const lines = (await res.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      return { status: res.status, report: lines.at(-1).report as { created: number; review?: { batch: number } } };
    }

    it('refuses a viewer’s import (403) and stores nothing', async () => {
      const before = await rows<{ n: number }>(db(), sql`select count(*)::int as n from events`);
      expect((await importAs(tokens.viewer)).status).toBe(403);
      expect(await rows<{ n: number }>(db(), sql`select count(*)::int as n from events`)).toEqual(before);
    });

    it('creates a conflict through an import only for whoever may POST /api/conflicts', async () => {
      const conflictsOf = async () =>
        (await rows<{ slug: string }>(db(), sql`select slug from conflicts order by slug`)).map((c) => c.slug);
      const before = await conflictsOf();
      const importInto = (token: string, slug: string) =>
        importRoute(
          req(`/api/import?format=csv&label=new.csv&conflict=${slug}&createConflict=true`, {
            method: 'POST',
            raw: CSV.replaceAll('Batch ', 'Conflict '),
            token,
          }),
        );
      const asConflict = (token: string) =>
        send(req('/api/conflicts', { method: 'POST', body: { slug: 'contrib-conf', name: 'X' }, token }), postConflict);
      expect((await asConflict(tokens.contributor)).status).toBe(403);
      const refused = await importInto(tokens.contributor, 'contrib-new');
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({
        error: expect.stringMatching(/^There is no conflict "contrib-new", and your role may not create one/),
        errors: [{ param: 'role', message: expect.stringContaining('needs an editor or admin') }],
      });
      expect(await conflictsOf()).toEqual(before);
      // Into a conflict that exists, the flag creates nothing: the contributor's import goes in, pending.
      const [{ slug: existing }] = (await rows<{ slug: string }>(db(), sql`select slug from conflicts limit 1`)) as [
        { slug: string },
      ];
      expect((await importInto(tokens.contributor, existing)).status).toBe(200);
      expect((await importInto(tokens.editor, 'editor-new')).status).toBe(200);
      expect(await conflictsOf()).toEqual([...before, 'editor-new'].sort());
    });

    it('keeps a contributor’s import pending as one batch: approve one, reject one, approve the rest', async () => {
      const before = await total();
      const { report } = await importAs(tokens.contributor);
      expect(report!.created).toBe(3);
      const batch = report!.review!.batch;
      expect(await total()).toBe(before);
      const events = await rows<{ id: number; review: string; author_id: string }>(
        db(),
        sql`select id, review::text as review, author_id from events where import_batch_id = ${batch} order by id`,
      );
      expect(events.map((e) => [e.review, e.author_id])).toEqual(Array(3).fill(['pending', ids.contributor]));
      const listed = (await queue()).batches.find((b) => b.id === batch)!;
      expect(listed).toMatchObject({ label: 'batch.csv', authorName: 'The contributor', pending: 3 });
      expect(listed.events).toHaveLength(3);
      // Not also listed one by one as new events.
      expect((await queue()).items.filter((i) => events.some((e) => e.id === i.eventId))).toEqual([]);

      // A contributor cannot decide on it.
      expect((await decideAs(tokens.contributor, 'batch', batch, { action: 'approve' })).status).toBe(403);
      const [first, second] = events;
      expect((await decideAs(tokens.editor, 'event', first!.id, { action: 'approve' })).status).toBe(200);
      const rejectOne = { action: 'reject', reason: 'A duplicate of an earlier report' };
      expect((await decideAs(tokens.editor, 'event', second!.id, rejectOne)).status).toBe(200);
      expect(await total()).toBe(before + 1);
      const all = await decideAs(tokens.editor, 'batch', batch, { action: 'approve' });
      expect(await all.json()).toMatchObject({ batchId: batch, decided: 1, review: 'published' });
      expect(await total()).toBe(before + 2);
      expect((await state(second!.id)).review).toBe('rejected');
      // Nothing left to decide: 409, and the editor's queue no longer shows it.
      expect((await decideAs(tokens.editor, 'batch', batch, { action: 'approve' })).status).toBe(409);
      expect((await queue()).batches.map((b) => b.id)).not.toContain(batch);
      const who = await rows<{ action: string; user_id: string }>(
        db(),
        sql`select action::text, user_id from event_revisions where event_id = ${events[2]!.id} order by id`,
      );
      expect(who).toEqual([
        { action: 'import', user_id: ids.contributor },
        { action: 'approve', user_id: ids.editor },
      ]);
    });

    it('gives a contributor’s restored events new ids, and restores no id near the end of the sequence', async () => {
      const restore = (token: string, id: number, title: string) =>
        importRoute(
          req('/api/import?format=faultline-json&label=restore.json', {
            method: 'POST',
            raw: JSON.stringify({
              events: [{ ...event(title), id, eventType: 'battles', actors: [], location: null, sources: [] }],
            }),
            token,
          }),
        ).then((res) => res.text());
      expect(await restore(tokens.contributor, 999_999_999, 'Restored by a contributor')).toContain('"created":1');
      const [restored] = await rows<{ id: number }>(
        db(),
        sql`select id from events where title = 'Restored by a contributor'`,
      );
      expect(restored!.id).toBeLessThan(999_999_999);
      // Nor the history a file claims: a contributor's restore is their import, waiting for review.
      const claimed = { at: '2020-01-01T00:00:00.000Z', action: 'approve', origin: 'form', reason: 'OK', changes: {} };
      const history = await importRoute(
        req('/api/import?format=faultline-json&label=history.json', {
          method: 'POST',
          raw: JSON.stringify({
            events: [
              {
                ...event('History claimed'),
                ...{ id: 999_999_998, eventType: 'battles', actors: [], location: null, sources: [] },
                revisions: [claimed],
              },
            ],
          }),
          token: tokens.contributor,
        }),
      ).then((res) => res.text());
      expect(history).toContain('"created":1');
      const revisions = await rows<{ action: string; user_id: string | null }>(
        db(),
        sql`select r.action::text, r.user_id from event_revisions r join events e on e.id = r.event_id
          where e.title = 'History claimed'`,
      );
      expect(revisions).toEqual([{ action: 'import', user_id: ids.contributor }]);
      // An editor's restore keeps ids, but not one that would leave none for the events people create next.
      expect(await restore(tokens.editor, 2_147_483_646, 'Restored near the end')).toContain(
        'id 2147483646 is outside 1–1,000,000,000',
      );
      expect(await create('Created after the restores')).toBeLessThan(999_999_999);
    });

    it('rejects a whole batch with a reason: nothing counted, the reason on each event', async () => {
      const before = await total();
      const { report } = await importAs(tokens.contributor, CSV.replaceAll('Batch ', 'Second '));
      expect(report!.created).toBe(3);
      const batch = report!.review!.batch;
      expect((await decideAs(tokens.editor, 'batch', batch, { action: 'reject' })).status).toBe(400);
      const res = await decideAs(tokens.editor, 'batch', batch, { action: 'reject', reason: 'Unsourced file' });
      expect(res.status).toBe(200);
      expect(await total()).toBe(before);
      const reasons = await rows<{ reason: string }>(
        db(),
        sql`select r.reason from event_revisions r join events e on e.id = r.event_id
        where e.import_batch_id = ${batch} and r.action = 'reject'`,
      );
      expect(reasons.map((r) => r.reason)).toEqual(Array(report!.created).fill('Unsourced file'));
    });

    it('holds a contributor’s merge until an editor approves it; the existing merge then runs', async () => {
      const a = await create('Merge target clash', 'Wire A');
      const b = await create('Merge duplicate clash', 'Wire B');
      const before = await total();
      const body = { other: b, survivor: a, fields: { title: a } };
      const res = await send(req(`/api/events/${a}/merge`, { method: 'POST', body, token: tokens.contributor }), (r) =>
        mergeRoute(r, idCtx(a)),
      );
      expect(res.status).toBe(202);
      const { proposal } = (await res.json()) as { proposal: { id: number; kind: string } };
      expect(proposal.kind).toBe('merge');
      expect(await state(b)).toMatchObject({ deleted: false, merged: null });
      expect(await total()).toBe(before);
      const item = (await queue()).items.find((i) => i.kind === 'merge' && i.id === proposal.id)!;
      expect(item.summary[0]).toBe(`Merge #${b} Merge duplicate clash into #${a} Merge target clash`);
      expect((await decideAs(tokens.editor, 'merge', proposal.id, { action: 'approve' })).status).toBe(200);
      expect(await state(b)).toMatchObject({ deleted: true, merged: a });
      expect((await state(a)).sources).toBe(2);
      expect(await total()).toBe(before - 1);
      const revisions = await rows<{ action: string; user_id: string }>(
        db(),
        sql`select action::text, user_id from event_revisions where event_id = ${a} and action in ('merge', 'approve')
        order by id`,
      );
      expect(revisions).toEqual([
        { action: 'merge', user_id: ids.contributor },
        { action: 'approve', user_id: ids.editor },
      ]);
    });

    const rejectedThenApproved =
      'changes nothing when a contributor’s split or new sources are rejected, and adds them when approved';
    it(rejectedThenApproved, async () => {
      const id = await create('Split candidate clash', 'Wire C');
      await send(
        req(`/api/events/${id}/sources`, {
          method: 'POST',
          body: { sources: [{ publisher: 'Wire D' }] },
          token: tokens.editor,
        }),
        (r) => sourcesRoute(r, idCtx(id)),
      );
      const start = await state(id);
      expect(start.sources).toBe(2);
      const [source] = await rows<{ id: number }>(db(), sql`select id from sources where publisher = 'Wire D'`);
      const split = await send(
        req(`/api/events/${id}/split`, { method: 'POST', body: { sources: [source!.id] }, token: tokens.contributor }),
        (r) => splitRoute(r, idCtx(id)),
      );
      expect(split.status).toBe(202);
      const splitId = ((await split.json()) as { proposal: { id: number } }).proposal.id;
      const added = await send(
        req(`/api/events/${id}/sources`, {
          method: 'POST',
          body: { sources: [{ publisher: 'Wire E', quote: 'It happened.' }] },
          token: tokens.contributor,
        }),
        (r) => sourcesRoute(r, idCtx(id)),
      );
      expect(added.status).toBe(202);
      const addedId = ((await added.json()) as { proposal: { id: number } }).proposal.id;
      expect(await state(id)).toEqual(start);
      const reject = { action: 'reject', reason: 'Both sources describe the same clash' };
      expect((await decideAs(tokens.editor, 'split', splitId, reject)).status).toBe(200);
      expect(await state(id)).toEqual(start);
      // A proposal is decided under its own kind only.
      expect((await decideAs(tokens.editor, 'merge', addedId, { action: 'approve' })).status).toBe(409);
      expect((await decideAs(tokens.editor, 'sources', addedId, { action: 'approve' })).status).toBe(200);
      expect((await state(id)).sources).toBe(3);
    });

    it('merges at once for an editor', async () => {
      const a = await create('Editor merge A', 'Wire F');
      const b = await create('Editor merge B', 'Wire G');
      const res = await send(
        req(`/api/events/${a}/merge`, { method: 'POST', body: { other: b, survivor: a }, token: tokens.editor }),
        (r) => mergeRoute(r, idCtx(a)),
      );
      expect(res.status).toBe(200);
      expect(await state(b)).toMatchObject({ deleted: true, merged: a });
    });

    it('lists one person’s proposals, imports and decisions for them and editors, and for nobody else', async () => {
      const activity = (token: string, userId: string, page = 1) =>
        send(req(`/api/users/${userId}/activity?page=${page}`, { token }), (r) =>
          activityRoute(r, { params: Promise.resolve({ id: userId }) }),
        );
      const own = await activity(tokens.contributor, ids.contributor);
      expect(own.status).toBe(200);
      const { entries, hasMore } = (await own.json()) as { entries: ActivityEntry[]; hasMore: boolean };
      expect(hasMore).toBe(false);
      const kinds = new Set(entries.map((e) => `${e.kind}:${e.action}`));
      for (const k of ['import:import', 'proposal:merge', 'proposal:split', 'proposal:sources', 'revision:import'])
        expect(kinds, k).toContain(k);
      expect(entries.find((e) => e.kind === 'proposal' && e.action === 'split')).toMatchObject({
        review: 'rejected',
        reason: 'Both sources describe the same clash',
      });
      // Newest first.
      expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
      const decisions = (await (await activity(tokens.editor, ids.editor)).json()) as { entries: ActivityEntry[] };
      expect(decisions.entries.some((e) => e.action === 'reject' && e.reason === 'Unsourced file')).toBe(true);
      expect((await activity(tokens.viewer, ids.contributor)).status).toBe(403);
      expect((await activity(tokens.editor, ids.contributor)).status).toBe(200);
      expect((await activity(tokens.editor, 'nobody')).status).toBe(404);
      expect((await activity(tokens.editor, ids.contributor, 0)).status).toBe(400);
    });

    it('refuses a contributor’s split or merge that an editor’s would be refused, with the same answer', async () => {
      const id = await create('Split with a bad source', 'Wire J');
      const proposals = async () =>
        (await rows<{ n: number }>(db(), sql`select count(*)::int as n from pending_changes`))[0]!.n;
      const before = { proposals: await proposals(), event: await state(id) };
      const answers = async (path: string, body: unknown, route: (r: Request) => Promise<Response>) => {
        const got: { status: number; body: unknown }[] = [];
        for (const token of [tokens.editor, tokens.contributor]) {
          const res = await send(req(path, { method: 'POST', body, token }), route);
          got.push({ status: res.status, body: await res.json() });
        }
        expect(got[1]).toEqual(got[0]);
        return got[1]!;
      };
      const split = await answers(`/api/events/${id}/split`, { sources: [999] }, (r) => splitRoute(r, idCtx(id)));
      expect(split).toEqual({
        status: 400,
        body: {
          error: `Source 999 is not a source of event #${id}`,
          errors: [{ param: 'sources.0', message: `Source 999 is not a source of event #${id}` }],
        },
      });
      const merge = await answers(`/api/events/${id}/merge`, { other: 999999, survivor: id }, (r) =>
        mergeRoute(r, idCtx(id)),
      );
      expect(merge.status).toBe(404);
      expect(await proposals()).toBe(before.proposals);
      expect(await state(id)).toEqual(before.event);
    });

    it('lets an editor reject a proposal that can no longer be approved because the event changed', async () => {
      const id = await create('Stale proposals clash', 'Wire K');
      await send(
        req(`/api/events/${id}/sources`, {
          method: 'POST',
          body: { sources: [{ publisher: 'Wire L' }] },
          token: tokens.editor,
        }),
        (r) => sourcesRoute(r, idCtx(id)),
      );
      const [source] = await rows<{ id: number }>(db(), sql`select id from sources where publisher = 'Wire L'`);
      const propose = async (path: string, method: string, body: unknown, route: (r: Request) => Promise<Response>) => {
        const res = await send(req(path, { method, body, token: tokens.contributor }), route);
        expect(res.status).toBe(202);
        const json = (await res.json()) as { id?: number; proposal?: { id: number } };
        return json.proposal?.id ?? json.id!;
      };
      const splitId = await propose(`/api/events/${id}/split`, 'POST', { sources: [source!.id] }, (r) =>
        splitRoute(r, idCtx(id)),
      );
      const twin = await create('Stale proposals twin', 'Wire M');
      const mergeId = await propose(`/api/events/${id}/merge`, 'POST', { other: twin, survivor: id }, (r) =>
        mergeRoute(r, idCtx(id)),
      );
      const { version } = await state(id);
      const editId = await propose(`/api/events/${id}`, 'PUT', { ...event('Contributor’s title'), version }, (r) =>
        putEvent(r, idCtx(id)),
      );
      // An editor moves the source away and retitles the event: neither proposal can be done now.
      const moved = await send(
        req(`/api/events/${id}/split`, { method: 'POST', body: { sources: [source!.id] }, token: tokens.editor }),
        (r) => splitRoute(r, idCtx(id)),
      );
      expect(moved.status).toBe(201);
      const retitled = await send(
        req(`/api/events/${id}`, {
          method: 'PUT',
          body: { ...event('Editor’s title'), version: (await state(id)).version },
          token: tokens.editor,
        }),
        (r) => putEvent(r, idCtx(id)),
      );
      expect(retitled.status).toBe(200);
      const after = await state(id);
      for (const [kind, proposal] of [
        ['split', splitId],
        ['edit', editId],
        ['merge', mergeId],
      ] as const) {
        const approval = await decideAs(tokens.editor, kind, proposal, { action: 'approve' });
        expect(approval.status).toBe(409);
        if (kind !== 'edit') expect((await approval.json()).error).toMatch(/changed after this \w+ was proposed/);
        expect((await queue()).items.some((i) => i.kind === kind && i.id === proposal)).toBe(true);
        const reject = { action: 'reject', reason: 'Overtaken by the editor’s changes' };
        expect((await decideAs(tokens.editor, kind, proposal, reject)).status).toBe(200);
        expect((await queue()).items.some((i) => i.kind === kind && i.id === proposal)).toBe(false);
      }
      const [decided] = await rows<{ reviews: string[] }>(
        db(),
        sql`select array_agg(review::text order by id) as reviews from pending_changes
          where id in (${splitId}, ${editId}, ${mergeId})`,
      );
      expect(decided!.reviews).toEqual(['rejected', 'rejected', 'rejected']);
      expect(await state(id)).toEqual(after);
    });
  });
}
