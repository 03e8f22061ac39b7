// One place: its names, country, region, coordinates and events; an editor renames it, adds another
// name, moves it or merges it into another place (undoable). A merged-away place's address leads
// to the survivor (308).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { listMergesInto, mergedInto } from '@/db/queries/merges';
import { getPlaceRecord } from '@/db/queries/place-records';
import { MergeForm } from '@/components/identities/merge-form';
import { PlaceEditor } from '@/components/identities/place-editor';
import { RecordPage } from '@/components/identities/record-page';
import { idParamSchema } from '@/lib/validation/primitives';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const parsed = idParamSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const db = await getDb();
  const place = await getPlaceRecord({ db, id: parsed.data });
  if (!place) {
    const survivor = await mergedInto({ db, kind: 'place', id: parsed.data });
    if (survivor !== null) permanentRedirect(`/places/${survivor}`);
    notFound();
  }
  return { place, merges: await listMergesInto({ db, kind: 'place', id: place.id }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = idParamSchema.safeParse((await params).id);
  const place = parsed.success ? await getPlaceRecord({ db: await getDb(), id: parsed.data }) : null;
  return { title: `${place?.name ?? 'Place'} — Faultline` };
}

export default async function PlacePage({ params }: Props) {
  const { place, merges } = await load((await params).id);
  const dashboard = `/?${new URLSearchParams({ location: String(place.id) })}`;
  const at = place.lat === null || place.lon === null ? '—' : `${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`;
  return (
    <RecordPage
      noun="place"
      name={place.name}
      facts={[
        ['Country, region', [place.country, place.admin1].filter(Boolean).join(', ') || '—'],
        ['Coordinates', at],
        [
          'Events',
          <Link key="events" href={dashboard}>
            {place.events.toLocaleString('en')}
          </Link>,
        ],
      ]}
      names={
        <>
          <h2>Other names</h2>
          {place.altNames.length === 0 ? (
            <p className="empty">No other names.</p>
          ) : (
            <ul className="plain names-list" aria-label="Other names">
              {place.altNames.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      }
      merges={merges}
      editor={
        <PlaceEditor
          key={`${place.name}\u0000${place.country}\u0000${place.lat}\u0000${place.lon}`}
          id={place.id}
          name={place.name}
          country={place.country}
          lat={place.lat}
          lon={place.lon}
        />
      }
      merge={<MergeForm kind="place" id={place.id} name={place.name} events={place.events} />}
      recent={place.recent}
      events={place.events}
      dashboard={dashboard}
    />
  );
}
