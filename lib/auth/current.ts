import 'server-only';
// The caller of the page being rendered, resolved once per request with the same function the
// proxy used to let the request through (lib/auth/caller.ts).
import { cache } from 'react';
import { headers } from 'next/headers';
import { resolveCaller, type Resolved } from './caller';

export const currentCaller: () => Promise<Resolved> = cache(async () => resolveCaller(await headers()));
