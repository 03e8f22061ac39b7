import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { listArticles, saveArticle } from '@/db/queries/articles';
import { getConflictId } from '@/db/queries/scope';
import { handle, parseBody, parseQuery } from '@/lib/api/respond';
import { MAX_ARTICLE_CHARS } from '@/lib/extract/types';
import { articleInputSchema } from '@/lib/validation/article';
import { z } from 'zod';
import { slugRefSchema } from '@/lib/validation/conflict';

export const dynamic = 'force-dynamic';

const listSchema = z.object({
  conflict: slugRefSchema.optional(),
});

export async function GET(request: Request) {
  const parsed = parseQuery(request.url, { q: listSchema });
  if (!parsed.ok) return parsed.response;
  return handle(async () => {
    const db = await getDb();
    return {
      articles: await listArticles({ db, conflictId: await getConflictId({ db, slug: parsed.value.q.conflict }) }),
    };
  });
}

/** Stores an article (201), or finds the same text stored before (200). */
export async function POST(request: Request) {
  const body = await parseBody(request, articleInputSchema, {
    maxBytes: MAX_ARTICLE_CHARS * 4 + 20_000,
    tooLarge: `The article is longer than the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`,
  });
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const conflictId = await getConflictId({ db, slug: body.value.conflict });
    const saved = await saveArticle({ db, conflictId, input: body.value });
    return NextResponse.json(saved, { status: saved.created ? 201 : 200 });
  });
}
