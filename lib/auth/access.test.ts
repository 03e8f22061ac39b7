// The permission table as the proxy reads it: what each role may do on the app's real paths.
import { describe, expect, it } from 'vitest';
import {
  can,
  canSee,
  decide,
  mayApprove,
  needOf,
  controlRefusal,
  mayRequest,
  publishesDirectly,
  reviewIntro,
  type Caller,
} from './access';
import type { Role } from './roles';

const user = (role: Role, id: string = role): Caller => ({
  kind: 'user',
  id,
  email: `${role}@x.org`,
  name: role,
  role,
  via: 'session',
});

describe('the permission table', () => {
  it('names what each route and page needs', () => {
    expect(needOf('POST', '/api/auth/sign-in/email')).toBe('open');
    expect(needOf('GET', '/sign-in')).toBe('open');
    expect(needOf('GET', '/')).toBe('read');
    expect(needOf('GET', '/api/export')).toBe('read');
    expect(needOf('POST', '/api/events')).toBe('contributor');
    expect(needOf('PUT', '/api/events/12')).toBe('contributor');
    expect(needOf('POST', '/api/events/duplicates')).toBe('contributor');
    expect(needOf('DELETE', '/api/events/12')).toBe('editor');
    expect(needOf('POST', '/api/events/12/restore')).toBe('editor');
    // A contributor's import, merge, split and sources wait for review (the route decides).
    expect(needOf('POST', '/api/import')).toBe('contributor');
    expect(needOf('GET', '/import')).toBe('contributor');
    for (const what of ['merge', 'split', 'sources'])
      expect(needOf('POST', `/api/events/12/${what}`), what).toBe('contributor');
    expect(needOf('GET', '/users/abc')).toBe('self');
    expect(needOf('GET', '/api/users/abc/activity')).toBe('self');
    expect(needOf('GET', '/api/users')).toBe('admin');
    expect(needOf('GET', '/api/users/abc')).toBe('admin');
    expect(needOf('POST', '/api/review/event/3')).toBe('editor');
    expect(needOf('GET', '/review')).toBe('contributor');
    expect(needOf('GET', '/admin')).toBe('admin');
    expect(needOf('PATCH', '/api/users/abc')).toBe('admin');
    expect(needOf('POST', '/api/tokens')).toBe('account');
    // A write nobody listed is an editor's at least, never open.
    expect(needOf('POST', '/api/something-new')).toBe('editor');
  });

  it('lets everyone through before the first account, and decides by role after', () => {
    expect(decide('admin', { kind: 'open' }, false).ok).toBe(true);
    expect(decide('read', { kind: 'anonymous' }, true).ok).toBe(true);
    expect(decide('read', { kind: 'anonymous' }, false)).toMatchObject({ ok: false, status: 401, signIn: true });
    expect(decide('contributor', user('viewer'), true)).toMatchObject({ ok: false, status: 403 });
    expect(decide('editor', user('contributor'), true)).toMatchObject({ ok: false, status: 403 });
    expect(decide('editor', user('editor'), true).ok).toBe(true);
    expect(decide('admin', user('editor'), true).ok).toBe(false);
    expect(can(user('viewer'), 'account')).toBe(true);
  });

  it('shows one person’s activity to them, to editors and admins, and to nobody else', () => {
    const path = '/users/cora';
    expect(decide('self', user('contributor', 'cora'), true, path).ok).toBe(true);
    expect(decide('self', user('viewer', 'cora'), true, '/api/users/cora/activity').ok).toBe(true);
    expect(decide('self', user('editor'), true, path).ok).toBe(true);
    expect(decide('self', user('admin'), true, path).ok).toBe(true);
    expect(decide('self', user('contributor', 'other'), true, path)).toMatchObject({ ok: false, status: 403 });
    expect(decide('self', user('contributor', 'cora'), true, '/users/corax')).toMatchObject({ ok: false });
    expect(decide('self', { kind: 'anonymous' }, true, path)).toMatchObject({ ok: false, status: 401 });
    expect(decide('self', { kind: 'open' }, true, path).ok).toBe(true);
  });

  it('offers a page’s controls only to who may use them, and says to the others what it needs', () => {
    expect(mayRequest(user('viewer'), 'POST', '/api/events/duplicates/distinct')).toBe(false);
    expect(mayRequest(user('editor'), 'POST', '/api/events/duplicates/distinct')).toBe(true);
    expect(mayRequest(user('contributor'), 'POST', '/api/events/7/merge')).toBe(true);
    expect(mayRequest({ kind: 'anonymous' }, 'PATCH', '/api/actors/3')).toBe(false);
    expect(controlRefusal({ kind: 'anonymous' }, 'POST', '/api/events/7/merge')).toBe(
      'Sign in as a contributor, editor or admin to change this.',
    );
    expect(controlRefusal(user('viewer'), 'PATCH', '/api/actors/3')).toBe(
      'Your role (viewer) may not change this: it needs an editor or admin.',
    );
  });

  it('holds an editor’s writes too under four-eyes review, which nobody approves of their own', () => {
    const editor = { ...user('editor', 'ed'), fourEyes: true };
    expect(publishesDirectly(editor)).toBe(false);
    expect(canSee(editor, { review: 'pending', authorId: 'someone else' })).toBe(true);
    expect(mayApprove(editor, 'ed')).toBe(false);
    expect(mayApprove(editor, 'another editor')).toBe(true);
    expect(mayApprove(user('editor', 'ed'), 'ed')).toBe(true);
    // /review says so: an editor's own changes wait there too, for another editor.
    expect(reviewIntro(editor)).toMatch(/editors’ own included/);
    expect(reviewIntro(user('editor'))).toMatch(/^Contributors’/);
    expect(reviewIntro(user('contributor'))).toMatch(/^Your proposals/);
  });

  it('publishes an editor’s writes at once and keeps a contributor’s pending, seen by its author and editors', () => {
    expect(publishesDirectly({ kind: 'open' })).toBe(true);
    expect(publishesDirectly(user('editor'))).toBe(true);
    expect(publishesDirectly(user('contributor'))).toBe(false);
    const pending = { review: 'pending', authorId: 'cora' };
    expect(canSee(user('contributor', 'cora'), pending)).toBe(true);
    expect(canSee(user('contributor', 'other'), pending)).toBe(false);
    expect(canSee(user('viewer'), pending)).toBe(false);
    expect(canSee({ kind: 'anonymous' }, pending)).toBe(false);
    expect(canSee(user('editor'), pending)).toBe(true);
    expect(canSee({ kind: 'anonymous' }, { review: 'published' })).toBe(true);
  });
});
