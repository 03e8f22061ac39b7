// Said in place of a control the caller may not use, so a page never offers what the server would
// refuse: the role it needs, and for someone not signed in, the way to sign in and come back.
import Link from 'next/link';
import { controlRefusal, type Caller } from '@/lib/auth/access';

export function ControlRefusal({
  caller,
  method,
  path,
  back,
}: {
  caller: Caller;
  method: string;
  path: string;
  back: string;
}) {
  return (
    <p className="note">
      {controlRefusal(caller, method, path)}
      {caller.kind === 'user' ? null : (
        <>
          {' '}
          <Link href={`/sign-in?next=${encodeURIComponent(back)}`}>Sign in</Link>
        </>
      )}
    </p>
  );
}
