// Small server-rendered notes of the registry pages: the open queue entries, and a bad query.
import Link from 'next/link';
import type { ParamError } from '@/lib/validation/filters';

export function QueueLink({ kind, open }: { kind: 'actor' | 'place'; open: number }) {
  const noun = kind === 'actor' ? 'actors' : 'places';
  return (
    <Link href={`/reconcile-queue?kind=${kind}`} className="button-link">
      {open
        ? `Possibly the same: ${open.toLocaleString('en')} to decide`
        : `Reconciliation queue (no ${noun} to decide)`}
    </Link>
  );
}

export function RegistryError({ title, errors }: { title: string; errors: ParamError[] }) {
  return (
    <main className="page registry-page">
      <section className="widget">
        <h1>{title}</h1>
        <div className="error" role="alert">
          <p>This address asks for something the list cannot show:</p>
          <ul>
            {errors.map((e) => (
              <li key={e.param}>
                {e.param}: {e.message}
              </li>
            ))}
          </ul>
          <Link href="?">Show the whole list</Link>
        </div>
      </section>
    </main>
  );
}
