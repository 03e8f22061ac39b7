import 'server-only';
// A contributor's merge, split or new sources of an event: held for an editor's review (202 with
// the proposal) instead of done. An editor's (or a single user's) request goes on as before.
import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { proposeChange, type ProposalBody, type ProposalKind } from '@/db/queries/proposals';
import { publishesDirectly } from '@/lib/auth/access';
import { callerOf } from '@/lib/auth/caller';
import { handle } from './respond';

/** The 202 of a held proposal, or null when the caller's request is done at once. */
export async function holdForReview<K extends ProposalKind>(
  request: Request,
  kind: K,
  eventId: number,
  body: ProposalBody[K],
): Promise<NextResponse | null> {
  const caller = await callerOf(request);
  if (publishesDirectly(caller) || caller.kind !== 'user') return null;
  const authorId = caller.id;
  return handle(async () =>
    NextResponse.json(
      {
        proposal: await proposeChange({ db: await getDb(), kind, eventId, body, authorId }),
        message: 'Your proposal waits for an editor’s review (/review); nothing changes until it is approved.',
      },
      { status: 202 },
    ),
  );
}
