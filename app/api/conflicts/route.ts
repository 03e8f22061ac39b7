import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { insertConflict, listConflicts } from '@/db/queries/conflicts';
import { handle, parseBody } from '@/lib/api/respond';
import { conflictCreateSchema } from '@/lib/validation/conflict';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => ({ conflicts: await listConflicts({ db: await getDb() }) }));
}

/** Creates a conflict (a dataset): 201 with it, 409 when the slug is taken. */
export async function POST(request: Request) {
  const body = await parseBody(request, conflictCreateSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const conflict = await insertConflict({ db: await getDb(), conflict: body.value });
    return NextResponse.json({ conflict, notices: body.notices }, { status: 201 });
  });
}
