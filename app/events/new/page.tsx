import type { Metadata } from 'next';
import { EventForm } from '@/components/event-form/event-form';

export const metadata: Metadata = { title: 'Add an event — Faultline' };

export default async function NewEventPage({ searchParams }: { searchParams: Promise<{ conflict?: string }> }) {
  const { conflict } = await searchParams;
  return (
    <main className="page form-page">
      <EventForm conflict={conflict && /^[a-z0-9-]+$/.test(conflict) ? conflict : undefined} />
    </main>
  );
}
