// One place: its names, country, region, coordinates and events; an editor renames it, adds another
// name, moves it or merges it into another place (undoable). A merged-away place's address leads
// to the survivor (308).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getPlaceRecord } from '@/db/queries/place-records';
import { KINDS } from '@/components/identities/kinds';
import { loadRecord, recordMetadata } from '@/components/identities/load-record';
import { PlaceEditor } from '@/components/identities/place-editor';
import { RecordPage } from '@/components/identities/record-page';
import { coordinatesText } from '@/components/identities/registry-parts';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata(KINDS.place, (await params).id, getPlaceRecord);
}

export default async function PlacePage({ params }: Props) {
  const { record: place, merges } = await loadRecord(KINDS.place, (await params).id, getPlaceRecord);
  const dashboard = `/?${new URLSearchParams({ location: String(place.id) })}`;
  return (
    <RecordPage
      kind="place"
      record={place}
      facts={[
        ['Country, region', [place.country, place.admin1].filter(Boolean).join(', ') || '—'],
        ['Coordinates', coordinatesText(place)],
        [
          'Events',
          <Link key="events" href={dashboard}>
            {place.events.toLocaleString('en')}
          </Link>,
        ],
      ]}
      names={place.altNames.map((n) => ({ key: n, name: n }))}
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
      dashboard={dashboard}
    />
  );
}
