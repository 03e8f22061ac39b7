import 'server-only';
// The actor and place record routes share their shape: GET one (a merged-away record answers 308
// to its survivor), PATCH it, merge it into another. One implementation, two registries.
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { QueryError } from '@/db/queries/errors';
import type { MergeResult } from '@/db/queries/merge-actors';
import { mergedInto, type IdentityKind } from '@/db/queries/merges';
import type { Db } from '@/db/types';
import { userIdOf } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { mergeSchema } from '@/lib/validation/identities';
import { idOf, notAnId, type IdContext } from './params';
import { handle, parseBody } from './respond';

interface Registry<P extends z.ZodType> {
  kind: IdentityKind;
  /** The API path of the collection: /api/actors, /api/locations. */
  path: string;
  noun: string;
  get: (a: { db: Db; id: number }) => Promise<unknown>;
  patchSchema: P;
  update: (a: { db: Db; id: number; patch: z.output<P> }) => Promise<unknown>;
  merge: (a: { db: Db; id: number; into: number; userId: string | null }) => Promise<MergeResult>;
}

export function recordRoutes<P extends z.ZodType>(r: Registry<P>) {
  const notFound = (id: number) => new QueryError('not_found', `No ${r.noun} ${id}`, 'id');
  return {
    async GET(request: Request, ctx: IdContext) {
      const id = await idOf(ctx);
      if (id === null) return notAnId(`a${r.noun === 'actor' ? 'n' : ''} ${r.noun}`);
      return handle(async () => {
        const db = await getDb();
        const found = await r.get({ db, id });
        if (found) return found;
        const survivor = await mergedInto({ db, kind: r.kind, id });
        if (survivor === null) throw notFound(id);
        // On the host the client used (Next's request.url names 127.0.0.1 localhost).
        const url = new URL(request.url);
        const origin = `${url.protocol}//${request.headers.get('host') ?? url.host}`;
        return NextResponse.redirect(new URL(`${r.path}/${survivor}`, origin), 308);
      });
    },
    async PATCH(request: Request, ctx: IdContext) {
      const id = await idOf(ctx);
      if (id === null) return notAnId(`a${r.noun === 'actor' ? 'n' : ''} ${r.noun}`);
      const body = await parseBody(request, r.patchSchema);
      if (!body.ok) return body.response;
      return handle(async () => ({
        ...((await r.update({ db: await getDb(), id, patch: body.value })) as object),
        notices: body.notices,
      }));
    },
  };
}

export function mergeRoute(r: Pick<Registry<z.ZodType>, 'noun' | 'merge'>) {
  return async function POST(request: Request, ctx: IdContext) {
    const id = await idOf(ctx);
    if (id === null) return notAnId(`a${r.noun === 'actor' ? 'n' : ''} ${r.noun}`);
    const body = await parseBody(request, mergeSchema);
    if (!body.ok) return body.response;
    return handle(async () =>
      r.merge({ db: await getDb(), id, into: body.value.into, userId: userIdOf(await callerOf(request)) }),
    );
  };
}
