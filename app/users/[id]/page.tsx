import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ActivityPages, ActivityTable } from '@/components/accounts/activity-table';
import { getDb } from '@/db/client';
import { getUser } from '@/db/queries/accounts';
import { listActivity } from '@/db/queries/activity';
import { currentCaller } from '@/lib/auth/current';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { activityQuerySchema } from '@/lib/validation/activity';

export const metadata: Metadata = { title: 'Activity — Faultline' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One person's revisions, proposals, decisions and imports; the proxy let only them, editors and admins here. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { caller } = await currentCaller();
  if (caller.kind === 'open') redirect('/setup');
  const { id } = await params;
  const query = activityQuerySchema.safeParse(await searchParams);
  const page = query.success ? query.data.page : 1;
  const db = await getDb();
  const user = await getUser({ db, id });
  if (!user) notFound();
  const { entries, hasMore } = await listActivity({ db, userId: id, page });
  return (
    <main className="page form-page">
      <h1>Activity of {user.name}</h1>
      <p className="note">
        {ROLE_LABELS[user.role]}. Every change they made, what they proposed and how it was decided, and their approvals
        and rejections, newest first.
      </p>
      {entries.length ? <ActivityTable entries={entries} /> : <p role="status">Nothing yet.</p>}
      <ActivityPages userId={id} page={page} hasMore={hasMore} />
    </main>
  );
}
