// GET/PATCH /api/settings — server-wide settings an admin changes: whether anyone may read
// (timeline, charts, exports, the API's reads) without signing in.
import { getDb } from '@/db/client';
import { getAnonymousReading, setAnonymousReading } from '@/db/queries/accounts';
import { recordAudit } from '@/db/queries/audit';
import { handle, parseBody } from '@/lib/api/respond';
import { userIdOf } from '@/lib/auth/access';
import { callerOf, forgetCallers } from '@/lib/auth/caller';
import { settingsSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => ({ anonymousReading: await getAnonymousReading({ db: await getDb() }) }));
}

export async function PATCH(request: Request) {
  const body = await parseBody(request, settingsSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const caller = await callerOf(request);
    await setAnonymousReading({ db, value: body.value.anonymousReading });
    forgetCallers();
    await recordAudit({
      db,
      action: 'setting-changed',
      userId: userIdOf(caller),
      subject: 'anonymousReading',
      detail: body.value,
    });
    return body.value;
  });
}
