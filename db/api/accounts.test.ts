// Accounts, roles and review at the route handlers, each request first through the permission
// guard the proxy applies: who may do what, that a contributor's event waits uncounted until an
// editor approves it, that a rejected edit leaves the published event alone, and tokens.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postEvent, GET as listEventsRoute } from '@/app/api/events/route';
import { GET as getEventRoute, PUT as putEvent } from '@/app/api/events/[id]/route';
import { GET as reviewList } from '@/app/api/review/route';
import { GET as eventSources } from '@/app/api/events/[id]/sources/route';
import { GET as aroundRoute } from '@/app/api/stats/around/route';
import { POST as decide } from '@/app/api/review/[kind]/[id]/route';
import { POST as authPost } from '@/app/api/auth/[...all]/route';
import { POST as makeToken } from '@/app/api/tokens/route';
import { DELETE as revokeTokenRoute } from '@/app/api/tokens/[id]/route';
import { guardRequest } from '@/lib/auth/guard';
import { createAccount } from '@/lib/auth/users';
import type { Role } from '@/lib/auth/roles';
import { hashToken } from '@/lib/auth/caller';
import { insertToken } from '../queries/tokens';
import { listActors } from '../queries/actors';
import { getActorRecord, listActorRecords } from '../queries/actor-records';
import { listLocations } from '../queries/locations';
import { listPlaceRecords } from '../queries/place-records';
import { getReconPreview, listReconEntities } from '../queries/reconcile';
import { loadRegistry } from '../queries/extract';
import { rows } from '../rows';
import { seededDatabase, serveDatabase, testEngines } from '../testing';

const BASE = 'http://127.0.0.1:3000';
const PASSWORD = 'correct horse battery';
type Init = { method?: string; body?: unknown; token?: string; cookie?: string };
const req = (path: string, { method = 'GET', body, token, cookie }: Init = {}) =>
  new Request(`${BASE}${path}`, {
    method,
    headers: {
      host: '127.0.0.1:3000',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** What the proxy does before the handler: the refusal, or the handler's answer. */
async function send(request: Request, handler: (r: Request) => Promise<Response>): Promise<Response> {
  return (await guardRequest(request)).refusal ?? handler(request);
}
const idCtx = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
const decideCtx = (kind: string, id: number) => ({ params: Promise.resolve({ kind, id: String(id) }) });

const event = (title: string) => ({
  title,
  subType: 'armed-clash',
  dateStart: '2021-05-12',
  precision: 'day',
  sources: [{ publisher: 'Test Wire', quote: 'Shots were fired.' }],
});

for (const engine of testEngines()) {
  describe(`accounts, roles and review (${engine.name})`, () => {
    const ctx = seededDatabase(engine.open);
    const tokens = {} as Record<Role, string>;
    const ids = {} as Record<Role, string>;
    let unserve = () => {};
    afterAll(() => unserve());
    const total = async (token?: string) =>
      ((await (await send(req('/api/events?limit=1', { token }), listEventsRoute)).json()) as { total: number }).total;
    const stored = async () =>
      (await rows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from events`))[0]!.n;

    beforeAll(() => {
      unserve = serveDatabase(ctx.database);
    });

    it('asks nobody anything until the first account exists, and publishes at once', async () => {
      const res = await send(req('/api/events', { method: 'POST', body: event('Before accounts') }), postEvent);
      expect(res.status).toBe(201);
      expect((await res.json()).review).toBe('published');
      const [rev] = await rows<{ user_id: string | null }>(
        ctx.database.db,
        sql`select user_id from event_revisions order by id desc limit 1`,
      );
      expect(rev!.user_id).toBeNull();
    });

    it('makes accounts and tokens', async () => {
      for (const role of ['admin', 'editor', 'contributor', 'viewer'] as const) {
        const user = await createAccount({
          db: ctx.database.db,
          user: { email: `${role}@example.org`, name: `The ${role}`, password: PASSWORD, role },
        });
        ids[role] = user.id;
        tokens[role] = `fl_test_${role}_${Math.random().toString(36).slice(2)}`;
        await insertToken({ db: ctx.database.db, userId: user.id, name: 'test', tokenHash: hashToken(tokens[role]) });
      }
      const [hash] = await rows<{ password: string }>(ctx.database.db, sql`select password from accounts limit 1`);
      expect(hash!.password).not.toContain(PASSWORD);
    });

    it('refuses a viewer’s post (403) and an anonymous one (401), storing nothing', async () => {
      const before = await stored();
      const viewer = await send(
        req('/api/events', { method: 'POST', body: event('V'), token: tokens.viewer }),
        postEvent,
      );
      expect(viewer.status).toBe(403);
      expect((await viewer.json()).error).toMatch(/viewer.*contributor/);
      const anonymous = await send(req('/api/events', { method: 'POST', body: event('A') }), postEvent);
      expect(anonymous.status).toBe(401);
      expect((await anonymous.json()).error).toMatch(/Sign in/);
      expect(await stored()).toBe(before);
      // Reading stays open to anyone by default.
      expect((await send(req('/api/events?limit=1'), listEventsRoute)).status).toBe(200);
    });

    it('keeps a contributor’s event pending and uncounted until an editor approves it', async () => {
      const before = await total();
      const res = await send(
        req('/api/events', { method: 'POST', body: event('Proposed clash'), token: tokens.contributor }),
        postEvent,
      );
      expect(res.status).toBe(201);
      const { id, review } = (await res.json()) as { id: number; review: string };
      expect(review).toBe('pending');
      expect(await total()).toBe(before);
      expect(await total(tokens.editor)).toBe(before);
      // Its author and editors see it, marked pending; a viewer does not.
      const own = await send(req(`/api/events/${id}`, { token: tokens.contributor }), (r) =>
        getEventRoute(r, idCtx(id)),
      );
      expect((await own.json()).review).toBe('pending');
      expect(
        (await send(req(`/api/events/${id}`, { token: tokens.viewer }), (r) => getEventRoute(r, idCtx(id)))).status,
      ).toBe(404);
      // Nor its sources, nor the counts around it: those answer as if there were no such event.
      const sourcesAs = (token: string) =>
        send(req(`/api/events/${id}/sources`, { token }), (r) => eventSources(r, idCtx(id))).then((r) => r.status);
      const aroundAs = (token: string) =>
        send(req(`/api/stats/around?event=${id}&days=3`, { token }), aroundRoute).then((r) => r.status);
      expect([await sourcesAs(tokens.viewer), await aroundAs(tokens.viewer)]).toEqual([404, 404]);
      expect([await sourcesAs(tokens.contributor), await aroundAs(tokens.contributor)]).toEqual([200, 200]);
      const queue = (await (await send(req('/api/review', { token: tokens.editor }), reviewList)).json()) as {
        items: { kind: string; id: number }[];
      };
      expect(queue.items).toContainEqual(expect.objectContaining({ kind: 'event', id }));

      // A contributor cannot decide; an editor can.
      const approveBody = { method: 'POST', body: { action: 'approve' } };
      const denied = await send(req(`/api/review/event/${id}`, { ...approveBody, token: tokens.contributor }), (r) =>
        decide(r, decideCtx('event', id)),
      );
      expect(denied.status).toBe(403);
      const ok = await send(req(`/api/review/event/${id}`, { ...approveBody, token: tokens.editor }), (r) =>
        decide(r, decideCtx('event', id)),
      );
      expect(ok.status).toBe(200);
      expect(await total()).toBe(before + 1);
      const who = await rows<{ action: string; user_id: string }>(
        ctx.database.db,
        sql`select action::text, user_id from event_revisions where event_id = ${id} order by id`,
      );
      expect(who).toEqual([
        { action: 'create', user_id: ids.contributor },
        { action: 'approve', user_id: ids.editor },
      ]);
    });

    it('keeps the new actor and place of a contributor’s event out of every list until it is approved', async () => {
      const body = {
        ...event('Clash at a new post'),
        actors: [{ newName: 'Unvetted Brigade', kind: 'armed-force', role: 'actor-1' }],
        location: { newName: 'Unvetted Post', lat: null, lon: null },
      };
      const res = await send(req('/api/events', { method: 'POST', body, token: tokens.contributor }), postEvent);
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: number };
      const listed = async () => ({
        actors: (await listActors({ db: ctx.database.db, conflictId: 1, q: 'Unvetted', limit: 10 })).length,
        records: (await listActorRecords({ db: ctx.database.db, q: 'Unvetted', page: 1, pageSize: 10 })).total,
        places: (await listLocations({ db: ctx.database.db, q: 'Unvetted', limit: 10 })).length,
        placeRecords: (await listPlaceRecords({ db: ctx.database.db, q: 'Unvetted', page: 1, pageSize: 10 })).total,
        reconcile: (await listReconEntities({ db: ctx.database.db })).actors.filter((a) => a.name.startsWith('Unv'))
          .length,
      });
      expect(await listed()).toEqual({ actors: 0, records: 0, places: 0, placeRecords: 0, reconcile: 0 });
      // Nor opened by its id (the ids are sequential), previewed, or suggested from a pasted article.
      const [brigade] = await rows<{ id: number }>(
        ctx.database.db,
        sql`select id from actors where name = 'Unvetted Brigade'`,
      );
      expect(await getActorRecord({ db: ctx.database.db, id: brigade!.id })).toBeNull();
      expect(await getActorRecord({ db: ctx.database.db, id: brigade!.id, unlisted: true })).not.toBeNull();
      expect(await getReconPreview({ db: ctx.database.db, type: 'actor', id: brigade!.id })).toBeNull();
      // (Dataset 2: no request has read its registry yet, which is cached per dataset.)
      const { registry } = await loadRegistry({ db: ctx.database.db, conflictId: 2 });
      expect(registry.actors.map((a) => a.name)).not.toContain('Unvetted Brigade');
      // Nor is the pending event among a published actor's latest events.
      const armenia = (await listActorRecords({ db: ctx.database.db, q: 'Armenia', page: 1, pageSize: 1 })).items[0]!;
      const put = await send(
        req(`/api/events/${id}`, {
          method: 'PUT',
          body: { ...body, actors: [{ id: armenia.id, role: 'actor-1' }], version: 1 },
          token: tokens.contributor,
        }),
        (r) => putEvent(r, idCtx(id)),
      );
      expect(put.status, await put.clone().text()).toBe(200);
      const record = await getActorRecord({ db: ctx.database.db, id: armenia.id });
      expect(record!.recent.map((e) => e.id)).not.toContain(id);
      const ok = await send(
        req(`/api/review/event/${id}`, { method: 'POST', body: { action: 'approve' }, token: tokens.editor }),
        (r) => decide(r, decideCtx('event', id)),
      );
      expect(ok.status).toBe(200);
      expect((await listed()).places).toBe(1);
    });

    it('keeps a submissionId to its author: another account’s same id makes its own event', async () => {
      const submissionId = crypto.randomUUID();
      const post = async (token: string, title: string) => {
        const res = await send(
          req('/api/events', { method: 'POST', body: { ...event(title), submissionId }, token }),
          postEvent,
        );
        return { status: res.status, body: (await res.json()) as { id: number; created: boolean } };
      };
      const first = await post(tokens.contributor, 'Contributor’s submitted clash');
      expect(first).toMatchObject({ status: 201, body: { created: true } });
      const other = await post(tokens.editor, 'Editor’s different clash');
      expect(other).toMatchObject({ status: 201, body: { created: true } });
      expect(other.body.id).not.toBe(first.body.id);
      // The same author sending the same id again gets the event that id made, whoever sent it since.
      expect(await post(tokens.contributor, 'Contributor’s submitted clash')).toMatchObject({
        status: 200,
        body: { id: first.body.id, created: false },
      });
      expect(await post(tokens.editor, 'Editor’s different clash')).toMatchObject({
        status: 200,
        body: { id: other.body.id, created: false },
      });
      const titles = await rows<{ id: number; title: string; author: string }>(
        ctx.database.db,
        sql`select id, title, author_id as author from events where id in (${first.body.id}, ${other.body.id})
        order by id`,
      );
      expect(titles).toEqual([
        { id: first.body.id, title: 'Contributor’s submitted clash', author: ids.contributor },
        { id: other.body.id, title: 'Editor’s different clash', author: ids.editor },
      ]);
    });

    it('holds a contributor’s edit of a published event; rejecting it leaves the event as it was', async () => {
      const [target] = await rows<{ id: number; title: string; version: number }>(
        ctx.database.db,
        sql`select id, title, version from events
        where review = 'published' and deleted_at is null order by id limit 1`,
      );
      const id = target!.id;
      const edit = { ...event('A contributor’s new title'), version: target!.version };
      const res = await send(req(`/api/events/${id}`, { method: 'PUT', body: edit, token: tokens.contributor }), (r) =>
        putEvent(r, idCtx(id)),
      );
      expect(res.status).toBe(202);
      const proposal = (await res.json()) as { id: number };
      const titleNow = async () =>
        (await rows<{ title: string }>(ctx.database.db, sql`select title from events where id = ${id}`))[0]!.title;
      expect(await titleNow()).toBe(target!.title);
      const queue = (await (await send(req('/api/review', { token: tokens.editor }), reviewList)).json()) as {
        items: { kind: string; id: number; changes: Record<string, { from: unknown; to: unknown }> }[];
      };
      const item = queue.items.find((i) => i.kind === 'edit' && i.id === proposal.id)!;
      expect(item.changes.title).toEqual({ from: target!.title, to: 'A contributor’s new title' });
      const rejected = await send(
        req(`/api/review/edit/${proposal.id}`, {
          method: 'POST',
          body: { action: 'reject', reason: 'No source says so' },
          token: tokens.editor,
        }),
        (r) => decide(r, decideCtx('edit', proposal.id)),
      );
      expect(rejected.status).toBe(200);
      expect(await titleNow()).toBe(target!.title);
    });

    it('signs in with better-auth: a session for the right password, 401 and then 429 for wrong ones', async () => {
      const signIn = (password: string, email = 'editor@example.org') =>
        authPost(req('/api/auth/sign-in/email', { method: 'POST', body: { email, password } }));
      const ok = await signIn(PASSWORD);
      expect(ok.status).toBe(200);
      const text = await ok.text();
      expect(text).not.toContain(PASSWORD);
      const cookie = ok.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const session = cookie.split(';')[0]!;
      const asEditor = await guardRequest(req('/api/review', { cookie: session }));
      expect(asEditor.refusal).toBeNull();
      expect(asEditor.caller).toMatchObject({ kind: 'user', role: 'editor', via: 'session' });

      expect((await signIn('wrong password!', 'nobody@example.org')).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await signIn('wrong password!')).status).toBe(401);
      const locked = await signIn(PASSWORD);
      expect(locked.status).toBe(429);
      expect((await locked.json()).error).toMatch(/Wait 15 minutes/);
      const audit = await rows<{ action: string; detail: unknown }>(
        ctx.database.db,
        sql`select action, detail from audit_log where subject = 'editor@example.org'`,
      );
      expect(audit.filter((a) => a.action === 'sign-in-failed')).toHaveLength(5);
      expect(JSON.stringify(audit)).not.toContain('wrong password');
    });

    it('lets people rename themselves, but not as a role, the app or someone else', async () => {
      const signedIn = await authPost(
        req('/api/auth/sign-in/email', {
          method: 'POST',
          body: { email: 'contributor@example.org', password: PASSWORD },
        }),
      );
      const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
      const rename = (name: string) =>
        authPost(req('/api/auth/update-user', { method: 'POST', body: { name }, cookie }));
      const nameNow = async () =>
        (await rows<{ name: string }>(ctx.database.db, sql`select name from users where id = ${ids.contributor}`))[0]!
          .name;
      for (const [name, reason] of [
        ['Admin', /cannot be a role/],
        [' faultline ', /app’s name/],
        ['The editor', /already called “The editor”/],
        ['the   EDITOR', /already called/],
        ['Ad\u200Bmin', /cannot be a role/],
        ['\u0410dmin', /cannot be a role/],
        ['The \u00C9ditor', /already called “The editor”/],
      ] as const) {
        const res = await rename(name);
        expect(res.status, name).toBe(400);
        expect(((await res.json()) as { message: string }).message, name).toMatch(reason);
      }
      expect(await nameNow()).toBe('The contributor');
      // Not signed in, the endpoint's own 401: the check tells a stranger nothing about who is called what.
      const anonymous = await authPost(req('/api/auth/update-user', { method: 'POST', body: { name: 'The editor' } }));
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('already called');
      expect((await rename('  The contributor ')).status).toBe(200);
      expect((await rename('Ana, who contributes')).status).toBe(200);
      expect(await nameNow()).toBe('Ana, who contributes');
      // Made by an admin, too: another account's name is a 409 naming the field.
      await expect(
        createAccount({
          db: ctx.database.db,
          user: { email: 'x@example.org', name: 'the admin', password: PASSWORD, role: 'viewer' },
        }),
      ).rejects.toMatchObject({ code: 'conflict', param: 'name' });
    });

    it('makes a token shown once; a revoked or unknown token gets 401', async () => {
      const made = await send(
        req('/api/tokens', { method: 'POST', body: { name: 'script' }, token: tokens.viewer }),
        makeToken,
      );
      expect(made.status).toBe(201);
      const { id, token } = (await made.json()) as { id: number; token: string };
      const [kept] = await rows<{ token_hash: string }>(
        ctx.database.db,
        sql`select token_hash from api_tokens where id = ${id}`,
      );
      expect(kept!.token_hash).not.toBe(token);
      expect((await send(req('/api/events?limit=1', { token }), listEventsRoute)).status).toBe(200);
      const revoked = await send(req(`/api/tokens/${id}`, { method: 'DELETE', token }), (r) =>
        revokeTokenRoute(r, idCtx(id)),
      );
      expect(revoked.status).toBe(200);
      const after = await send(req('/api/events?limit=1', { token }), listEventsRoute);
      expect(after.status).toBe(401);
      expect((await after.json()).error).toMatch(/revoked/);
      expect((await send(req('/api/events?limit=1', { token: 'fl_made_up' }), listEventsRoute)).status).toBe(401);
    });
  });
}
