// Four-eyes review at the route handlers, through the permission guard: with the setting on, an
// editor's own new event waits like a contributor's, is not counted, and only another editor may
// approve it; its author may still withdraw it. Off again, an editor publishes at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postEvent, GET as listEventsRoute } from '@/app/api/events/route';
import { POST as decide } from '@/app/api/review/[kind]/[id]/route';
import { DELETE as deleteEventRoute, GET as getEventRoute, PUT as putEvent } from '@/app/api/events/[id]/route';
import { GET as reviewList } from '@/app/api/review/route';
import { POST as restoreEventRoute } from '@/app/api/events/[id]/restore/route';
import { GET as getSettingsRoute, PATCH as patchSettings } from '@/app/api/settings/route';
import { guardRequest } from '@/lib/auth/guard';
import { createAccount } from '@/lib/auth/users';
import type { Role } from '@/lib/auth/roles';
import { hashToken } from '@/lib/auth/caller';
import { insertToken } from '../queries/tokens';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

const BASE = 'http://127.0.0.1:3000';
const req = (path: string, { method = 'GET', body, token }: { method?: string; body?: unknown; token?: string }) =>
  new Request(`${BASE}${path}`, {
    method,
    headers: {
      host: '127.0.0.1:3000',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const send = async (request: Request, handler: (r: Request) => Promise<Response>) =>
  (await guardRequest(request)).refusal ?? handler(request);
const decideCtx = (kind: string, id: number) => ({ params: Promise.resolve({ kind, id: String(id) }) });
const event = (title: string) => ({
  title,
  subType: 'armed-clash',
  dateStart: '2021-05-14',
  precision: 'day',
  sources: [{ publisher: 'Test Wire', quote: 'Shots were fired.' }],
});

for (const engine of testEngines()) {
  describe(`four-eyes review (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    const tokens = {} as Record<'admin' | 'editor' | 'second', string>;
    let unserve = () => {};
    afterAll(() => unserve());
    const total = async () =>
      ((await (await send(req('/api/events?limit=1', {}), listEventsRoute)).json()) as { total: number }).total;
    const setFourEyes = (on: boolean) =>
      send(req('/api/settings', { method: 'PATCH', body: { fourEyes: on }, token: tokens.admin }), patchSettings);
    const post = async (title: string, token: string) =>
      (await (await send(req('/api/events', { method: 'POST', body: event(title), token }), postEvent)).json()) as {
        id: number;
        review: string;
      };
    const decideAs = (token: string, id: number, body: unknown) =>
      send(req(`/api/review/event/${id}`, { method: 'POST', body, token }), (r) => decide(r, decideCtx('event', id)));

    beforeAll(async () => {
      unserve = serveDatabase(ctx.database);
      const people: [keyof typeof tokens, Role][] = [
        ['admin', 'admin'],
        ['editor', 'editor'],
        ['second', 'editor'],
      ];
      for (const [key, role] of people) {
        const user = await createAccount({
          db: ctx.database.db,
          user: { email: `${key}@example.org`, name: `The ${key}`, password: 'correct horse battery', role },
        });
        tokens[key] = `fl_test_${key}_${Math.random().toString(36).slice(2)}`;
        await insertToken({ db: ctx.database.db, userId: user.id, name: 'test', tokenHash: hashToken(tokens[key]) });
      }
    });

    it('is off by default, and only an admin turns it on', async () => {
      const settings = await send(req('/api/settings', { token: tokens.admin }), getSettingsRoute);
      expect(await settings.json()).toEqual({ anonymousReading: true, fourEyes: false });
      const byEditor = await send(
        req('/api/settings', { method: 'PATCH', body: { fourEyes: true }, token: tokens.editor }),
        patchSettings,
      );
      expect(byEditor.status).toBe(403);
      const empty = await send(req('/api/settings', { method: 'PATCH', body: {}, token: tokens.admin }), patchSettings);
      expect(empty.status).toBe(400);
      const on = await setFourEyes(true);
      expect(await on.json()).toEqual({ anonymousReading: true, fourEyes: true });
    });

    it('holds an editor’s own event, uncounted, until another editor approves it', async () => {
      const before = await total();
      const created = await post('Four eyes: a clash near Tegh', tokens.editor);
      expect(created.review).toBe('pending');
      expect(await total()).toBe(before);
      const own = await decideAs(tokens.editor, created.id, { action: 'approve' });
      expect(own.status).toBe(403);
      expect((await own.json()).error).toMatch(/Four-eyes review is on/);
      expect(await total()).toBe(before);
      const other = await decideAs(tokens.second, created.id, { action: 'approve' });
      expect(other.status).toBe(200);
      expect(await total()).toBe(before + 1);
    });

    it('tells an editor editing another’s pending event to approve it as it is or reject it', async () => {
      const created = await post('Four eyes: a report to decide as it is', tokens.editor);
      const edit = { ...event('Four eyes: rewritten by a reviewer'), version: 1 };
      const res = await send(
        req(`/api/events/${created.id}`, { method: 'PUT', body: edit, token: tokens.second }),
        (r) => putEvent(r, { params: Promise.resolve({ id: String(created.id) }) }),
      );
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/approve it as it is, or reject it with a reason/);
      const approved = await decideAs(tokens.second, created.id, { action: 'approve' });
      expect(approved.status).toBe(200);
    });

    it('holds an editor’s deletion for another editor; the event stays until one approves it', async () => {
      const created = await post('Four eyes: a report one editor deletes', tokens.editor);
      expect((await decideAs(tokens.second, created.id, { action: 'approve' })).status).toBe(200);
      const before = await total();
      const idCtx = { params: Promise.resolve({ id: String(created.id) }) };
      const asked = await send(
        req(`/api/events/${created.id}`, { method: 'DELETE', body: { reason: 'A duplicate' }, token: tokens.editor }),
        (r) => deleteEventRoute(r, idCtx),
      );
      expect(asked.status).toBe(202);
      const { proposal } = (await asked.json()) as { proposal: { id: number; kind: string } };
      expect(proposal.kind).toBe('delete');
      expect(await total()).toBe(before);
      expect((await getEventRoute(req(`/api/events/${created.id}`, {}), idCtx)).status).toBe(200);
      const queue = (await (await send(req('/api/review', { token: tokens.second }), reviewList)).json()) as {
        items: { kind: string; id: number; summary: string[] }[];
      };
      expect(queue.items.find((i) => i.kind === 'delete' && i.id === proposal.id)?.summary).toEqual([
        `Delete #${created.id} Four eyes: a report one editor deletes`,
        'Why: A duplicate',
      ]);
      const decideDelete = (token: string) =>
        send(req(`/api/review/delete/${proposal.id}`, { method: 'POST', body: { action: 'approve' }, token }), (r) =>
          decide(r, decideCtx('delete', proposal.id)),
        );
      expect((await decideDelete(tokens.editor)).status).toBe(403);
      expect((await decideDelete(tokens.second)).status).toBe(200);
      expect(await total()).toBe(before - 1);
      expect((await getEventRoute(req(`/api/events/${created.id}`, {}), idCtx)).status).toBe(404);

      // Restoring it waits the same way, and another editor's approval brings it back.
      const restore = await send(
        req(`/api/events/${created.id}/restore`, { method: 'POST', body: {}, token: tokens.editor }),
        (r) => restoreEventRoute(r, idCtx),
      );
      expect(restore.status).toBe(202);
      const held = ((await restore.json()) as { proposal: { id: number; kind: string } }).proposal;
      expect(held.kind).toBe('restore');
      expect(await total()).toBe(before - 1);
      const approved = await send(
        req(`/api/review/restore/${held.id}`, { method: 'POST', body: { action: 'approve' }, token: tokens.second }),
        (r) => decide(r, decideCtx('restore', held.id)),
      );
      expect(approved.status).toBe(200);
      expect(await total()).toBe(before);
    });

    it('lets the author withdraw their own change, and publishes at once again when it is off', async () => {
      const created = await post('Four eyes: a withdrawn report', tokens.editor);
      const withdrawn = await decideAs(tokens.editor, created.id, { action: 'reject', reason: 'Wrong day' });
      expect(withdrawn.status).toBe(200);
      await setFourEyes(false);
      const before = await total();
      expect((await post('Four eyes off: published at once', tokens.editor)).review).toBe('published');
      expect(await total()).toBe(before + 1);
    });
  });
}
