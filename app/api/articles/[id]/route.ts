import { getDb } from '@/db/client';
import { getArticle } from '@/db/queries/articles';
import { idOf, notAnId, type IdContext } from '@/lib/api/params';
import { handle } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, ctx: IdContext) {
  const id = await idOf(ctx);
  if (id === null) return notAnId('an article');
  return handle(async () => getArticle({ db: await getDb(), id }));
}
