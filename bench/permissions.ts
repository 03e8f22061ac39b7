// The dashboard's queries with and without the permission checks, in one run on one database: each
// case alternates a bare run (the query alone) with a guarded run (what the proxy does first for a
// signed-in editor: the caller from an API token or a session cookie, the setting, the decision;
// lib/auth/guard.ts), so drift hits both alike. The target: p50s within 10 %.
import { getAuth } from '../lib/auth/server';
import { guardRequest } from '../lib/auth/guard';
import { hashToken } from '../lib/auth/caller';
import { createAccount } from '../lib/auth/users';
import { insertToken } from '../db/queries/tokens';
import type { Database } from '../db/types';

export const TARGET_OVERHEAD_PCT = 10;
const PASSWORD = 'bench password, long enough';

type Query = { name: string; path: string; run: () => Promise<unknown> };
type Times = { bare: number; token: number; session: number };
type Result = { name: string; p50: Times; overheadPct: { token: number; session: number } };

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => +x.toFixed(2);

/** The route handlers' getDb() answers with this database (as db/testing.ts's serveDatabase). */
function serve(database: Database | undefined) {
  const shared = globalThis as typeof globalThis & { faultlineDb?: Promise<Database> };
  shared.faultlineDb = database && Promise.resolve(database);
}

async function credentials(database: Database) {
  const user = await createAccount({
    db: database.db,
    user: { email: 'bench-editor@example.org', name: 'Bench editor', password: PASSWORD, role: 'editor' },
  });
  const token = `fl_bench_${Math.random().toString(36).slice(2)}`;
  await insertToken({ db: database.db, userId: user.id, name: 'bench', tokenHash: hashToken(token) });
  const signedIn = await (
    await getAuth()
  ).api.signInEmail({
    body: { email: 'bench-editor@example.org', password: PASSWORD },
    asResponse: true,
  });
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  return { token: { authorization: `Bearer ${token}` }, session: { cookie } };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

export async function benchPermissions(database: Database, queries: Query[], runs: number) {
  serve(database);
  try {
    return await measure(database, queries, runs);
  } finally {
    serve(undefined);
  }
}

async function measure(database: Database, queries: Query[], runs: number) {
  const how = await credentials(database);
  const results: Result[] = [];
  for (const q of queries) {
    const times = { bare: [] as number[], token: [] as number[], session: [] as number[] };
    const guarded = (headers: Record<string, string>) => async () => {
      const request = { method: 'GET', url: `http://127.0.0.1:3000${q.path}`, headers: new Headers(headers) };
      const { refusal } = await guardRequest(request);
      if (refusal) throw new Error(`The guard refused ${q.path}: ${refusal.status}`);
      await q.run();
    };
    for (let i = 0; i < runs + 3; i++) {
      const bare = await timed(q.run);
      const token = await timed(guarded(how.token));
      const session = await timed(guarded(how.session));
      if (i < 3) continue; // warm-up
      times.bare.push(bare);
      times.token.push(token);
      times.session.push(session);
    }
    const p50 = { bare: ms(pct(times.bare, 50)), token: ms(pct(times.token, 50)), session: ms(pct(times.session, 50)) };
    const over = (x: number) => ms(((x - p50.bare) / p50.bare) * 100);
    const r: Result = { name: q.name, p50, overheadPct: { token: over(p50.token), session: over(p50.session) } };
    results.push(r);
    const worst = Math.max(r.overheadPct.token, r.overheadPct.session);
    console.log(
      `   ${q.name.padEnd(52)} p50 bare ${p50.bare} ms, token ${p50.token} ms (${r.overheadPct.token} %), ` +
        `session ${p50.session} ms (${r.overheadPct.session} %)` +
        `  (target ≤ ${TARGET_OVERHEAD_PCT} %: ${worst <= TARGET_OVERHEAD_PCT ? 'met' : 'MISSED'})`,
    );
  }
  // All cases together (the sum of their p50s): a dashboard's page load, less noisy than any one case.
  const sum = (k: 'bare' | 'token' | 'session') => results.reduce((n, r) => n + r.p50[k], 0);
  const all = { bare: ms(sum('bare')), token: ms(sum('token')), session: ms(sum('session')) };
  const overall = {
    p50Sum: all,
    overheadPct: {
      token: ms(((all.token - all.bare) / all.bare) * 100),
      session: ms(((all.session - all.bare) / all.bare) * 100),
    },
  };
  console.log(
    `   all ${results.length} queries (sum of p50s): bare ${all.bare} ms, token ${all.token} ms ` +
      `(${overall.overheadPct.token} %), session ${all.session} ms (${overall.overheadPct.session} %)`,
  );
  return { runs, targetOverheadPct: TARGET_OVERHEAD_PCT, overall, queries: results };
}
