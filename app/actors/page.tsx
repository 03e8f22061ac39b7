// The actor registry: every actor with its aliases and their periods, kind, country and event
// count, searchable and paged on the server; each opens its record, where an editor can change it.
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listActorRecords } from '@/db/queries/actor-records';
import { listQueue } from '@/db/queries/reconciliation';
import { KINDS } from '@/components/identities/kinds';
import { NameChips, RegistryList } from '@/components/identities/registry-list';
import { RegistryError } from '@/components/identities/registry-notes';
import { period } from '@/components/identities/registry-parts';
import { searchParamsToObject, parseWith } from '@/lib/validation/filters';
import { REGISTRY_PAGE_SIZE, registryQuerySchema } from '@/lib/validation/identities';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Actors — Faultline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActorsPage({ searchParams }: Props) {
  const parsed = parseWith(registryQuerySchema, searchParamsToObject(await searchParams));
  if (!parsed.ok) return <RegistryError title="Actors" errors={parsed.errors} />;
  const { q = '', page } = parsed.value;
  const db = await getDb();
  const [list, queue] = await Promise.all([
    listActorRecords({ db, q: q || undefined, page, pageSize: REGISTRY_PAGE_SIZE }),
    listQueue({ db, kind: 'actor', limit: 1 }),
  ]);
  return (
    <RegistryList
      k={KINDS.actor}
      list={list}
      q={q}
      queueOpen={queue.total}
      searched="a name or alias"
      columns={[
        { header: 'Kind', cell: (a) => a.kind.replace('-', ' ') },
        { header: 'Country', cell: (a) => a.country ?? '—' },
        {
          header: 'Aliases',
          className: 'names',
          cell: (a) => <NameChips names={a.aliases.map((al) => ({ key: al.id, name: al.alias, note: period(al) }))} />,
        },
      ]}
    />
  );
}
