// The header's links: only what the caller's role may do (before any account exists, everything).
import Link from 'next/link';
import { can, needOf } from '@/lib/auth/access';
import { currentCaller } from '@/lib/auth/current';

export async function SiteLinks() {
  const { caller } = await currentCaller();
  const signedIn = caller.kind === 'user';
  return (
    <>
      {can(caller, 'contributor') ? (
        <>
          <Link href="/events/new" className="button-link">
            Add event
          </Link>
          <Link href="/articles/new" className="button-link">
            From an article
          </Link>
        </>
      ) : null}
      {can(caller, needOf('GET', '/import')) ? (
        <Link href="/import" className="button-link">
          Import
        </Link>
      ) : null}
      {can(caller, 'editor') ? (
        <Link href="/duplicates" className="button-link">
          Duplicates
        </Link>
      ) : null}
      {signedIn && can(caller, 'contributor') ? (
        <Link href="/review" className="button-link">
          Review
        </Link>
      ) : null}
      {signedIn && caller.role === 'admin' ? (
        <Link href="/admin" className="button-link">
          Admin
        </Link>
      ) : null}
      <Link href="/conflicts" className="button-link">
        Conflicts
      </Link>
      <Link href="/actors" className="button-link">
        Actors
      </Link>
      <Link href="/places" className="button-link">
        Places
      </Link>
      <Link href="/api" className="button-link">
        API
      </Link>
      {signedIn ? (
        <Link href="/account" className="button-link" title={`Signed in as ${caller.email} (${caller.role})`}>
          Account
        </Link>
      ) : caller.kind === 'anonymous' ? (
        <Link href="/sign-in" className="button-link">
          Sign in
        </Link>
      ) : null}
    </>
  );
}
