// One actor: its names and aliases with their periods, kind, country and events; an editor renames
// it, adds an alias or merges it into another actor (undoable). A merged-away actor's address
// leads to the survivor (308).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getActorRecord } from '@/db/queries/actor-records';
import { listMergesInto, mergedInto } from '@/db/queries/merges';
import { ActorEditor } from '@/components/identities/actor-editor';
import { MergeForm } from '@/components/identities/merge-form';
import { RecordPage } from '@/components/identities/record-page';
import { period } from '@/components/identities/registry-parts';
import { idParamSchema } from '@/lib/validation/primitives';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const parsed = idParamSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const db = await getDb();
  const actor = await getActorRecord({ db, id: parsed.data });
  if (!actor) {
    const survivor = await mergedInto({ db, kind: 'actor', id: parsed.data });
    if (survivor !== null) permanentRedirect(`/actors/${survivor}`);
    notFound();
  }
  return { actor, merges: await listMergesInto({ db, kind: 'actor', id: actor.id }) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = idParamSchema.safeParse((await params).id);
  const actor = parsed.success ? await getActorRecord({ db: await getDb(), id: parsed.data }) : null;
  return { title: `${actor?.name ?? 'Actor'} — Faultline` };
}

export default async function ActorPage({ params }: Props) {
  const { actor, merges } = await load((await params).id);
  const dashboard = `/?${new URLSearchParams({ actor: actor.name })}`;
  return (
    <RecordPage
      noun="actor"
      name={actor.name}
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
      names={
        <>
          <h2>Aliases</h2>
          {actor.aliases.length === 0 ? (
            <p className="empty">No aliases.</p>
          ) : (
            <ul className="plain names-list" aria-label="Aliases">
              {actor.aliases.map((a) => (
                <li key={a.id}>
                  {a.alias}
                  {period(a) ? <span className="period"> — {period(a)}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </>
      }
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
      merge={<MergeForm kind="actor" id={actor.id} name={actor.name} events={actor.events} />}
      recent={actor.recent}
      events={actor.events}
      dashboard={dashboard}
    />
  );
}
