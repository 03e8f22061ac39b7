import { getDb } from '@/db/client';
import { getArticle } from '@/db/queries/articles';
import { handle } from '@/lib/api/respond';
import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (!/^[1-9]\d{0,9}$/.test(id)) return NextResponse.json({ error: `"${id}" is not an article id` }, { status: 400 });
  return handle(async () => getArticle({ db: await getDb(), id: Number(id) }));
}
