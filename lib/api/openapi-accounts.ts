// The OpenAPI paths of accounts, tokens, settings and the review queue (see openapi.ts), from the
// zod schemas that validate them. better-auth's own endpoints are listed with the fields we use.
import { z } from 'zod';
import {
  nameSchema,
  newUserSchema,
  passwordSchema,
  reviewDecisionSchema,
  roleChangeSchema,
  settingsSchema,
  setupSchema,
  tokenRequestSchema,
} from '@/lib/validation/account';

const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } },
});
const answer = (description: string) => ({ description, content: { 'application/json': {} } });
const BAD = { description: 'A field is wrong: { error, errors: [{ param, message }] }' };
const SIGN_IN_FIRST = { description: 'Not signed in, or an API token that is revoked or was never issued' };
const pathId = (name: string, schema: object) => ({ name, in: 'path', required: true, schema });
const intId = pathId('id', { type: 'integer', minimum: 1, maximum: 2147483647 });
const signIn = z.object({
  email: z.string(),
  password: z.string(),
  rememberMe: z.boolean().optional(),
});
const changePassword = z.object({
  currentPassword: z.string(),
  newPassword: passwordSchema,
  revokeOtherSessions: z.boolean().optional(),
});

/** better-auth's endpoints, and the first admin. */
function signInPaths() {
  return {
    '/api/auth/sign-in/email': {
      post: {
        summary:
          'Sign in (better-auth): sets the HttpOnly session cookie (7 days). ' +
          'After 5 failures for one email in 15 minutes: 429',
        requestBody: body(signIn),
        responses: {
          200: answer('{ token, user: { id, email, name, role } }'),
          401: { description: 'Wrong email or password (the same answer for an unknown email)' },
          429: { description: 'Too many failed sign-ins for this email: wait 15 minutes (Retry-After)' },
        },
      },
    },
    '/api/auth/sign-out': {
      post: { summary: 'Sign out this session (better-auth)', responses: { 200: answer('{ success }') } },
    },
    '/api/auth/revoke-sessions': {
      post: {
        summary: 'Sign out everywhere: end every session of this user (better-auth)',
        responses: { 200: answer('{ status }'), 401: SIGN_IN_FIRST },
      },
    },
    '/api/auth/change-password': {
      post: {
        summary: 'Change your password; revokeOtherSessions: true ends every other session (better-auth)',
        requestBody: body(changePassword),
        responses: { 200: answer('{ token, user }'), 400: BAD, 401: SIGN_IN_FIRST },
      },
    },
    '/api/auth/update-user': {
      post: {
        summary:
          'Rename yourself (better-auth): not a role or the app (“Admin”, “Faultline”) and not another account’s ' +
          'name, compared without case or extra spaces; 400 { message } says why',
        requestBody: body(z.object({ name: nameSchema })),
        responses: { 200: answer('{ status }'), 400: { description: '{ code, message }' }, 401: SIGN_IN_FIRST },
      },
    },
    '/api/auth/get-session': {
      get: {
        summary: 'The session and user of this cookie, or null (better-auth)',
        responses: { 200: answer('{ session, user } or null') },
      },
    },
    '/api/setup': {
      post: {
        summary: 'The first admin, while no account exists and the server listens on loopback only',
        requestBody: body(setupSchema),
        responses: { 201: answer('{ user }'), 400: BAD },
      },
    },
  };
}

/** What admins manage, and everyone's own tokens. */
function peoplePaths() {
  return {
    '/api/users': {
      get: {
        summary: 'Everyone with an account (admins; 401/403 otherwise)',
        responses: { 200: answer('{ users: [{ id, email, name, role, createdAt }] }'), 401: SIGN_IN_FIRST },
      },
      post: {
        summary: 'Add a person with an initial password (admins): there is no public sign-up',
        requestBody: body(newUserSchema),
        responses: {
          201: answer('{ user }'),
          400: BAD,
          401: SIGN_IN_FIRST,
          409: { description: 'That email has an account, or that name is another account’s (param says which)' },
        },
      },
    },
    '/api/users/{id}': {
      patch: {
        summary: 'Change a role (admins); the person’s sessions end',
        parameters: [pathId('id', { type: 'string' })],
        requestBody: body(roleChangeSchema),
        responses: {
          200: answer('{ user }'),
          400: BAD,
          401: SIGN_IN_FIRST,
          404: { description: 'No such user' },
          409: { description: 'The only admin cannot stop being one' },
        },
      },
    },
    '/api/audit': {
      get: {
        summary:
          'The latest 200 audit entries: sign-ins, failed sign-ins, role changes, tokens, approvals, rejections ' +
          '(admins; 401/403 otherwise)',
        responses: {
          200: answer('{ entries: [{ id, at, action, userId, userEmail, subject, eventId, detail }] }'),
          401: SIGN_IN_FIRST,
        },
      },
    },
    '/api/tokens': {
      get: {
        summary: 'Your active API tokens (never the tokens themselves)',
        responses: { 200: answer('{ tokens: [{ id, name, createdAt, lastUsedAt }] }'), 401: SIGN_IN_FIRST },
      },
      post: {
        summary: 'Make an API token, shown once (only its SHA-256 is kept); send it as Authorization: Bearer …',
        requestBody: body(tokenRequestSchema),
        responses: { 201: answer('{ id, name, createdAt, lastUsedAt, token }'), 400: BAD, 401: SIGN_IN_FIRST },
      },
    },
    '/api/tokens/{id}': {
      delete: {
        summary: 'Revoke one of your tokens: from then on it gets 401',
        parameters: [intId],
        responses: {
          200: answer('{ id, name, revoked: true }'),
          400: BAD,
          401: SIGN_IN_FIRST,
          404: { description: 'You have no such active token' },
        },
      },
    },
  };
}

/** Server-wide settings an admin changes. */
function settingsPaths() {
  return {
    '/api/settings': {
      get: {
        summary: 'Server settings (admins; 401/403 otherwise)',
        responses: { 200: answer('{ anonymousReading, fourEyes }'), 401: SIGN_IN_FIRST },
      },
      patch: {
        summary:
          'Change settings (admins), one or both: anonymousReading false makes every read need an account; ' +
          'fourEyes true holds editors’ own new events, edits, merges, splits, imports and deletions for another ' +
          'editor',
        requestBody: body(settingsSchema),
        responses: {
          200: answer('{ anonymousReading, fourEyes } (all settings, as now)'),
          400: BAD,
          401: SIGN_IN_FIRST,
        },
      },
    },
  };
}

function reviewPaths() {
  return {
    '/api/review': {
      get: {
        summary:
          'What waits for review: for editors every pending new event, proposed edit, merge, split, new sources, ' +
          'deletion and restoration ' +
          '(items; an edit with its changes against the published version, the others with a summary in words) and ' +
          'every contributor’s import with something pending (batches); for a contributor their own (pending and ' +
          'rejected)',
        responses: {
          200: answer(
            '{ items: [{ kind: event | edit | merge | split | sources | delete | restore, id, eventId, title, ' +
              'review, reason, authorId, authorName, createdAt, changes, summary }], ' +
              'batches: [{ id, label, authorId, authorName, createdAt, pending, published, rejected, ' +
              'events: [{ id, title, dateStart, precision, review }] }] }',
          ),
          401: SIGN_IN_FIRST,
        },
      },
    },
    '/api/review/{kind}/{id}': {
      post: {
        summary:
          'An editor’s decision on a pending event (kind event, the event id), a proposal (kind edit, merge, split, ' +
          'sources, delete or restore, the proposal id: approving runs it as its author asked), or every ' +
          'still-pending event of a contributor’s import (kind batch, the batch id)',
        parameters: [
          pathId('kind', { enum: ['event', 'edit', 'merge', 'split', 'sources', 'delete', 'restore', 'batch'] }),
          intId,
        ],
        requestBody: body(reviewDecisionSchema),
        responses: {
          200: answer('{ eventId, review: "published" | "rejected" }; a batch: { batchId, decided, review }'),
          400: BAD,
          401: SIGN_IN_FIRST,
          403: {
            description:
              'Not an editor; or four-eyes review is on and this is your own change (another editor approves it)',
          },
          409: {
            description:
              'Not waiting for review (a batch: nothing in it is), or the event changed since it was proposed',
          },
        },
      },
    },
    '/api/users/{id}/activity': {
      get: {
        summary:
          'One person’s activity, newest first, 50 a page: the revisions they made (approvals and rejections ' +
          'among them), their proposals with how each was decided, and their imports. ' +
          'For that person, editors and admins',
        parameters: [
          pathId('id', { type: 'string' }),
          { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
        ],
        responses: {
          200: answer(
            '{ user: { id, name, role }, page, hasMore, entries: [{ kind: revision | proposal | import, id, at, ' +
              'action, eventId, title, review, reason }] }',
          ),
          400: BAD,
          401: SIGN_IN_FIRST,
          403: { description: 'Another person’s activity, and the caller is no editor or admin' },
          404: { description: 'No such user' },
        },
      },
    },
  };
}

/** Roles: viewer < contributor < editor < admin. Writes refused for a role answer 403 (see openapi.ts). */
export function accountPaths() {
  return { ...signInPaths(), ...peoplePaths(), ...settingsPaths(), ...reviewPaths() };
}

/** A contributor's merge, split or new sources (POST /api/events/{id}/merge|split|sources): held for review. */
export const PROPOSAL_HELD = {
  202: answer(
    'A contributor’s request, held for an editor’s review; nothing changes until approved: ' +
      '{ proposal: { id, eventId, kind, review: "pending" }, message }',
  ),
};

/** A contributor's PUT of a published event: the proposal, not the event, is stored. */
export const PROPOSED_EDIT = {
  202: answer(
    'A contributor’s edit of a published event, held for review: { id (the proposal), eventId, review: "pending" }',
  ),
};
