// GET/PATCH /api/settings — server-wide settings an admin changes: whether anyone may read (timeline,
// charts, exports, the API's reads) without signing in, and four-eyes review (editors' own changes also
// wait for another editor).
import { getDb } from '@/db/client';
import { getSettings, setAnonymousReading, setFourEyes } from '@/db/queries/accounts';
import { recordAudit } from '@/db/queries/audit';
import { handle, parseBody } from '@/lib/api/respond';
import { userIdOf } from '@/lib/auth/access';
import { callerOf, forgetCallers } from '@/lib/auth/caller';
import { settingsSchema } from '@/lib/validation/account';

export const dynamic = 'force-dynamic';

export async function GET() {
  return handle(async () => getSettings({ db: await getDb() }));
}

export async function PATCH(request: Request) {
  const body = await parseBody(request, settingsSchema);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const caller = await callerOf(request);
    const { anonymousReading, fourEyes } = body.value;
    if (anonymousReading !== undefined) await setAnonymousReading({ db, value: anonymousReading });
    if (fourEyes !== undefined) await setFourEyes({ db, value: fourEyes });
    forgetCallers();
    for (const [subject, value] of Object.entries(body.value))
      await recordAudit({
        db,
        action: 'setting-changed',
        userId: userIdOf(caller),
        subject,
        detail: { [subject]: value },
      });
    return getSettings({ db });
  });
}
