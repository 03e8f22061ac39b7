import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { idParamSchema } from '@/lib/validation/primitives';
import { getDb } from '@/db/client';
import { QueryError } from '@/db/queries/errors';
import { getEvent } from '@/db/queries/events';
import { getMergedInto } from '@/db/queries/event-merge';
import { EventForm } from '@/components/event-form/event-form';
import { formFromEvent } from '@/lib/forms/event-form-state';
import { canSee } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit event — Faultline' };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const parsedId = idParamSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const event = await getEvent({ db: await getDb(), id: parsedId.data, includeDeleted: true }).catch((err: unknown) => {
    if (err instanceof QueryError && err.code === 'not_found') notFound();
    throw err;
  });
  if (!canSee((await currentCaller()).caller, event)) notFound();
  if (event.deletedAt) {
    // A merged event is edited as the event it became.
    const survivor = await getMergedInto({ db: await getDb(), id: event.id });
    if (survivor !== null) permanentRedirect(`/events/${survivor}/edit`);
    return (
      <main className="page form-page">
        <p role="alert">
          This event was deleted. <Link href={`/events/${event.id}`}>Restore it</Link> before editing.
        </p>
      </main>
    );
  }
  return (
    <main className="page form-page">
      <EventForm initial={formFromEvent(event)} eventId={event.id} version={event.version} />
    </main>
  );
}
