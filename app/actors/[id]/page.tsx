// One actor: its names and aliases with their periods, kind, country and events; an editor renames
// it, adds an alias or merges it into another actor (undoable). A merged-away actor's address
// leads to the survivor (308).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getActorRecord } from '@/db/queries/actor-records';
import { ActorEditor } from '@/components/identities/actor-editor';
import { KINDS } from '@/components/identities/kinds';
import { loadRecord, recordMetadata } from '@/components/identities/load-record';
import { RecordPage } from '@/components/identities/record-page';
import { period } from '@/components/identities/registry-parts';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata(KINDS.actor, (await params).id, getActorRecord);
}

export default async function ActorPage({ params }: Props) {
  const { record: actor, merges } = await loadRecord(KINDS.actor, (await params).id, getActorRecord);
  const dashboard = `/?${new URLSearchParams({ actor: actor.name })}`;
  return (
    <RecordPage
      kind="actor"
      record={actor}
      facts={[
        ['Kind', actor.kind.replace('-', ' ')],
        ['Country', actor.country ?? '—'],
        [
          'Events',
          <Link key="events" href={dashboard}>
            {actor.events.toLocaleString('en')}
          </Link>,
        ],
      ]}
      names={actor.aliases.map((a) => ({ key: a.id, name: a.alias, note: period(a) }))}
      merges={merges}
      editor={
        <ActorEditor
          key={`${actor.name}\u0000${actor.kind}\u0000${actor.country}`}
          id={actor.id}
          name={actor.name}
          kind={actor.kind}
          country={actor.country}
        />
      }
      dashboard={dashboard}
    />
  );
}
