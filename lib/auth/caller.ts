import 'server-only';
// Who is calling: nobody needs to be anyone until the first account exists ('open'); then a
// session cookie or an API token names a user, or the caller is anonymous. One function for the
// proxy, the pages and the routes the proxy does not see, so they can never disagree. A caller
// once resolved is remembered for a few seconds (a dashboard asks a dozen times a page), and
// forgotten at once when this process changes a role, token, session or setting (forgetCallers).
import { createHash } from 'node:crypto';
import type { Db } from '@/db/types';
import { getDb } from '@/db/client';
import { getSettings, hasAccounts } from '@/db/queries/accounts';
import { getTokenOwner } from '@/db/queries/tokens';
import type { Caller } from './access';
import { setAccountsKnown } from './accounts-state';
import { ROLES, type Role } from './roles';
import { getAuth } from './server';

export type Resolved = { caller: Caller; anonymousReading: boolean; badToken: boolean };

/** Accounts are never all removed, so once one exists the answer is kept. */
const withAccounts = new WeakSet<Db>();

export async function accountsExist(db: Db): Promise<boolean> {
  if (withAccounts.has(db)) return true;
  const any = await hasAccounts({ db });
  if (any) withAccounts.add(db);
  setAccountsKnown(any, () => hasAccounts({ db }));
  return any;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const asRole = (role: unknown): Role => (ROLES.includes(role as Role) ? (role as Role) : 'viewer');

/** How long another process's revocation or role change may take to reach this one. */
export const REMEMBER_MS = 5000;
const MAX_REMEMBERED = 1000;
type Remembered = { until: number; generation: number; resolved: Resolved };
const remembered = new WeakMap<Db, Map<string, Remembered>>();
const holder = globalThis as typeof globalThis & { faultlineCallerGeneration?: number };

/** After a change of who may do what (roles, tokens, sessions, the reading setting): ask again. */
export function forgetCallers(): void {
  holder.faultlineCallerGeneration = (holder.faultlineCallerGeneration ?? 0) + 1;
}

export async function resolveCaller(headers: Headers): Promise<Resolved> {
  const db = await getDb();
  if (!(await accountsExist(db))) return { caller: { kind: 'open' }, anonymousReading: true, badToken: false };
  const key = `${headers.get('authorization') ?? ''}\n${headers.get('cookie') ?? ''}`;
  const generation = holder.faultlineCallerGeneration ?? 0;
  let known = remembered.get(db);
  if (!known) remembered.set(db, (known = new Map()));
  const hit = known.get(key);
  if (hit && hit.generation === generation && hit.until > Date.now()) return hit.resolved;
  const resolved = await lookUpCaller(db, headers);
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(key, { until: Date.now() + REMEMBER_MS, generation, resolved });
  return resolved;
}

async function lookUpCaller(db: Db, headers: Headers): Promise<Resolved> {
  const { anonymousReading, fourEyes } = await getSettings({ db });
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const token = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim())?.[1];
    const owner = token ? await getTokenOwner({ db, tokenHash: hashToken(token) }) : null;
    if (!owner) return { caller: { kind: 'anonymous' }, anonymousReading, badToken: true };
    return {
      caller: { kind: 'user', ...owner, role: asRole(owner.role), via: 'token', fourEyes },
      anonymousReading,
      badToken: false,
    };
  }
  const session = await (await getAuth(headers)).api.getSession({ headers });
  if (!session) return { caller: { kind: 'anonymous' }, anonymousReading, badToken: false };
  const { id, email, name } = session.user;
  const role = asRole((session.user as { role?: unknown }).role);
  const caller: Caller = { kind: 'user', id, email, name, role, via: 'session', fourEyes };
  return { caller, anonymousReading, badToken: false };
}

/** For a route handler: the proxy already refused what this caller may not do. */
export async function callerOf(request: Request): Promise<Caller> {
  return (await resolveCaller(request.headers)).caller;
}
