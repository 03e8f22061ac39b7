// The gazetteer: every place with its other names, country, region, coordinates and event count,
// searchable and paged on the server; each opens its record, where an editor can change it.
import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listPlaceRecords } from '@/db/queries/place-records';
import { listQueue } from '@/db/queries/reconciliation';
import { KINDS } from '@/components/identities/kinds';
import { NameChips, RegistryList } from '@/components/identities/registry-list';
import { RegistryError } from '@/components/identities/registry-notes';
import { coordinatesText } from '@/components/identities/registry-parts';
import { searchParamsToObject, parseWith } from '@/lib/validation/filters';
import { REGISTRY_PAGE_SIZE, registryQuerySchema } from '@/lib/validation/identities';
import '@/components/identities/identities.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Places — Faultline' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlacesPage({ searchParams }: Props) {
  const parsed = parseWith(registryQuerySchema, searchParamsToObject(await searchParams));
  if (!parsed.ok) return <RegistryError title="Places" errors={parsed.errors} />;
  const { q = '', page } = parsed.value;
  const db = await getDb();
  const [list, queue] = await Promise.all([
    listPlaceRecords({ db, q: q || undefined, page, pageSize: REGISTRY_PAGE_SIZE }),
    listQueue({ db, kind: 'place', limit: 1 }),
  ]);
  return (
    <RegistryList
      k={KINDS.place}
      list={list}
      q={q}
      queueOpen={queue.total}
      searched="a name"
      columns={[
        {
          header: 'Other names',
          className: 'names',
          cell: (p) => <NameChips names={p.altNames.map((n) => ({ key: n, name: n }))} />,
        },
        { header: 'Country, region', cell: (p) => [p.country, p.admin1].filter(Boolean).join(', ') || '—' },
        { header: 'Coordinates', className: 'coords', cell: (p) => coordinatesText(p) },
      ]}
    />
  );
}
