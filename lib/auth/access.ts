// The one permission table: which role each route and page needs, and the decision for a caller.
// proxy.ts applies it to every request it sees; /api/import (outside the proxy) applies it itself.
// Pure: no I/O, unit-tested.
import { atLeast, type Role } from './roles';

/**
 * What a request needs. `open`: anyone (sign-in, setup, health); `account`: any signed-in user;
 * `self`: the person the path names (/users/{id}), or an editor or admin.
 */
export type Need = 'open' | 'read' | 'account' | 'self' | Role;

export type Caller =
  /** No account exists yet: Faultline is a single-user tool on this machine, as before accounts. */
  | { kind: 'open' }
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: string;
      email: string;
      name: string;
      role: Role;
      via: 'session' | 'token';
      /** The four-eyes setting: editors' own changes also wait for another editor. */
      fourEyes?: boolean;
    };

type Rule = { methods: string[] | '*'; path: RegExp; need: Need };

const READS = ['GET', 'HEAD', 'OPTIONS'];
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** First match wins; a path no rule names needs `read` for reads and `editor` for writes. */
export const RULES: Rule[] = [
  { methods: '*', path: /^\/api\/auth\//, need: 'open' },
  { methods: '*', path: /^\/api\/(health|setup)$/, need: 'open' },
  // The reconciliation service only reads, though OpenRefine asks it by POST.
  { methods: '*', path: /^\/api\/reconcile(\/|$)/, need: 'read' },
  { methods: READS, path: /^\/(sign-in|setup)$/, need: 'open' },
  // One person's activity: theirs to read, and editors' and admins'.
  { methods: READS, path: /^\/(users\/[^/]+|api\/users\/[^/]+\/activity)$/, need: 'self' },
  { methods: '*', path: /^\/api\/(users|settings|audit)(\/|$)/, need: 'admin' },
  { methods: '*', path: /^\/admin(\/|$)/, need: 'admin' },
  // Contributors see their own proposals there; deciding on one is an editor's.
  { methods: ['POST'], path: /^\/api\/review\//, need: 'editor' },
  { methods: READS, path: /^\/(api\/)?review$/, need: 'contributor' },
  { methods: '*', path: /^\/(api\/tokens|account)(\/|$)/, need: 'account' },
  { methods: ['DELETE'], path: /^\/api\/events\/\d+$/, need: 'editor' },
  { methods: WRITES, path: /^\/api\/events\/\d+\/restore$/, need: 'editor' },
  // A contributor's merge, split or new sources of an event is a proposal an editor decides on.
  { methods: ['POST'], path: /^\/api\/events\/\d+\/(merge|split|sources)$/, need: 'contributor' },
  // A contributor's import waits for review as one batch (app/api/import/route.ts); an editor's is published.
  { methods: '*', path: /^\/(api\/)?import$/, need: 'contributor' },
  // Contributors propose: their events and edits wait for an editor (the route decides which).
  // (The duplicate check stores nothing: the form asks it before every save.)
  { methods: ['POST'], path: /^\/api\/(events|events\/duplicates|articles|extract)$/, need: 'contributor' },
  { methods: ['PUT'], path: /^\/api\/events\/\d+$/, need: 'contributor' },
  { methods: READS, path: /^\/(events\/new|events\/\d+\/edit|articles\/new|articles\/\d+)$/, need: 'contributor' },
  { methods: READS, path: /.*/, need: 'read' },
  { methods: '*', path: /.*/, need: 'editor' },
];

export function needOf(method: string, pathname: string): Need {
  const m = method.toUpperCase();
  const rule = RULES.find((r) => (r.methods === '*' || r.methods.includes(m)) && r.path.test(pathname));
  return rule?.need ?? 'admin';
}

export type Decision =
  | { ok: true }
  | { ok: false; status: 401 | 403; message: string; /** For a page: where to send the browser. */ signIn: boolean };

const NEED_WORDS: Record<Role, string> = {
  viewer: 'an account',
  contributor: 'a contributor, editor or admin',
  editor: 'an editor or admin',
  admin: 'an admin',
};

/** The user id a `self` path names (/users/{id}, /api/users/{id}/activity), or null. */
export function selfOf(pathname: string): string | null {
  const id = /^\/(?:api\/)?users\/([^/]+)/.exec(pathname)?.[1];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return null;
  }
}

/**
 * May this caller make this request? `anonymousReading` is the admin's setting (on by default);
 * `pathname` names the person a `self` request is about.
 */
export function decide(need: Need, caller: Caller, anonymousReading: boolean, pathname = ''): Decision {
  if (need === 'open' || caller.kind === 'open') return { ok: true };
  if (caller.kind === 'anonymous') {
    if (need === 'read' && anonymousReading) return { ok: true };
    return {
      ok: false,
      status: 401,
      signIn: true,
      message:
        'Sign in first: POST /api/auth/sign-in/email with your email and password, ' +
        'or send an API token as "Authorization: Bearer …".',
    };
  }
  if (need === 'self') {
    if (atLeast(caller.role, 'editor') || selfOf(pathname) === caller.id) return { ok: true };
    return {
      ok: false,
      status: 403,
      signIn: false,
      message: 'Only this person, an editor or an admin may see their activity.',
    };
  }
  if (need === 'read' || need === 'account' || atLeast(caller.role, need)) return { ok: true };
  return {
    ok: false,
    status: 403,
    signIn: false,
    message:
      `Your role (${caller.role}) may not do this: it needs ${NEED_WORDS[need]}. ` +
      'Ask an admin to change your role.',
  };
}

/** What the interface offers a caller: nothing it would be refused (`pathname`: for `self`). */
export function can(caller: Caller, need: Need, anonymousReading = true, pathname = ''): boolean {
  return decide(need, caller, anonymousReading, pathname).ok;
}

/** May this caller make this request? A page offers a control only when the server would do what it asks. */
export function mayRequest(caller: Caller, method: string, pathname: string): boolean {
  return can(caller, needOf(method, pathname), true, pathname);
}

/** What a page says in place of a control the caller may not use (a page adds the sign-in link). */
export function controlRefusal(caller: Caller, method: string, pathname: string): string {
  const need = needOf(method, pathname);
  const who = NEED_WORDS[(need in NEED_WORDS ? need : 'editor') as Role];
  if (caller.kind !== 'user') return `Sign in as ${who} to change this.`;
  return `Your role (${caller.role}) may not change this: it needs ${who}.`;
}

/** Who decides on others' pending work, and sees it: editors and admins (and a single user). */
export function reviewsOthers(caller: Caller): boolean {
  return caller.kind === 'open' || (caller.kind === 'user' && atLeast(caller.role, 'editor'));
}

/**
 * A contributor's writes wait for review; an editor's (and a single user's) are published at once, unless the
 * four-eyes setting is on: then an editor's wait too, for another editor.
 */
export function publishesDirectly(caller: Caller): boolean {
  return reviewsOthers(caller) && !(caller.kind === 'user' && caller.fourEyes);
}

/** Under four-eyes review nobody approves their own change; rejecting it (withdrawing it) stays theirs to do. */
export function mayApprove(caller: Caller, authorId: string | null): boolean {
  return !(caller.kind === 'user' && caller.fourEyes && authorId === caller.id);
}

const UNSEEN = 'Nothing pending is on the timeline, in counts, charts, the map or exports.';

/** What /review holds for this caller, in a sentence: under four-eyes review editors' own changes wait too. */
export function reviewIntro(caller: Caller): string {
  if (!reviewsOthers(caller)) return 'Your proposals: each is public once an editor approves it.';
  if (publishesDirectly(caller))
    return `Contributors’ new events, edits, merges, splits, sources and imports wait here. ${UNSEEN}`;
  return (
    'New events, edits, merges, splits, sources, imports and deletions wait here, editors’ own included: ' +
    `four-eyes review is on, so another editor approves each. ${UNSEEN}`
  );
}

export function userIdOf(caller: Caller): string | null {
  return caller.kind === 'user' ? caller.id : null;
}

/** A published event is everyone's; a pending or rejected one is its author's and the editors'. */
export function canSee(caller: Caller, event: { review?: string; authorId?: string | null }): boolean {
  if (!event.review || event.review === 'published' || reviewsOthers(caller)) return true;
  return caller.kind === 'user' && event.authorId === caller.id;
}
