// GET /api/users/{id}/activity?page= — one person's revisions, proposals, decisions and imports,
// newest first, 50 a page. Theirs to read, and editors' and admins' (lib/auth/access.ts).
import { getDb } from '@/db/client';
import { getUser } from '@/db/queries/accounts';
import { listActivity } from '@/db/queries/activity';
import { QueryError } from '@/db/queries/errors';
import { handle, parseQuery } from '@/lib/api/respond';
import { activityQuerySchema } from '@/lib/validation/activity';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, ctx: Ctx) {
  const { id } = await ctx.params;
  const parsed = parseQuery(request.url, { query: activityQuerySchema });
  if (!parsed.ok) return parsed.response;
  const { page } = parsed.value.query;
  return handle(async () => {
    const db = await getDb();
    const user = await getUser({ db, id });
    if (!user) throw new QueryError('not_found', `No user ${id}`);
    const { entries, hasMore } = await listActivity({ db, userId: id, page });
    return { user: { id: user.id, name: user.name, role: user.role }, page, hasMore, entries };
  });
}
