// A person's name linking to their activity page, or "someone" where the record has lost who it was.
import Link from 'next/link';

export function PersonLink({ id, name }: { id: string | null; name: string | null }) {
  return id ? <Link href={`/users/${id}`}>{name ?? 'someone'}</Link> : <>someone</>;
}
