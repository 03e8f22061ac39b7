// npm run -s conflict -- list
// npm run -s conflict -- create --slug SLUG --name NAME [--description TEXT] [--region TEXT]
//   [--countries ARM,AZE] [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]]
// npm run -s conflict -- update SLUG [--slug NEW] [--name NAME] [--description …] [--region …]
//   [--countries …] [--from …] [--to …]
// The conflict (or the list) goes to stdout as JSON. When a server holds the embedded database,
// the request is sent to it (FAULTLINE_URL, else the URL in the lock file), as `import` does.
import { lockHolder } from '../db/lock';
import { QueryError } from '../db/queries/errors';
import { seedIfEmpty } from '../db/jobs/seed';
import { readEnv } from '../lib/env';
import { conflictCreateSchema, conflictPatchSchema, slugRefSchema } from '../lib/validation/conflict';
import { argValue } from './args';
import { withDatabase } from './cli';

const USAGE = 'usage: npm run -s conflict -- list | create --slug SLUG --name NAME [options] | update SLUG [options]';

function fail(message: string, code = 2): never {
  console.error(`conflict: ${message}`);
  process.exit(code);
}

/** The fields given as options (absent ones stay absent: an update changes only those). */
function fields(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const take = (option: string, field: string, as = (v: string): unknown => v) => {
    const v = argValue(option);
    if (v !== undefined) out[field] = as(v);
  };
  take('slug', 'slug');
  take('name', 'name');
  take('description', 'description');
  take('region', 'region');
  take('countries', 'countries', (v) => v.split(',').filter((c) => c.trim()));
  take('from', 'spanStart');
  take('to', 'spanEnd');
  return out;
}

function parse<T>(
  schema: {
    safeParse: (
      v: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  v: unknown,
): T {
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  const option: Record<string, string> = { spanStart: 'from', spanEnd: 'to' };
  fail(
    r.error.issues
      .map((i) => `--${option[String(i.path[0])] ?? String(i.path[0] ?? 'options')}: ${i.message}`)
      .join('; '),
  );
}

const [command, target] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
let request: { method: 'GET' | 'POST' | 'PATCH'; path: string; body?: unknown };
if (command === 'list') request = { method: 'GET', path: '/api/conflicts' };
else if (command === 'create')
  request = { method: 'POST', path: '/api/conflicts', body: parse(conflictCreateSchema, fields()) };
else if (command === 'update') {
  if (!target) fail(`name the conflict to update: npm run -s conflict -- update SLUG --name NAME`);
  const slug = parse(slugRefSchema, target);
  request = { method: 'PATCH', path: `/api/conflicts/${slug}`, body: parse(conflictPatchSchema, fields()) };
} else fail(USAGE);

async function viaServer(base: string): Promise<unknown> {
  const res = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json' },
    ...(request.body ? { body: JSON.stringify(request.body) } : {}),
  });
  const json = (await res.json().catch(() => null)) as { error?: string; conflict?: unknown } | null;
  if (!res.ok) fail(json?.error ?? `the server answered ${res.status}`, res.status < 500 ? 1 : 3);
  return request.method === 'GET' ? json : json?.conflict;
}

async function direct(): Promise<unknown> {
  const { insertConflict, listConflicts, updateConflict } = await import('../db/queries/conflicts');
  return withDatabase('conflict', async ({ db }) => {
    // As the server does on its first start: the curated dataset first, so the new conflict is not the only one.
    await seedIfEmpty(db);
    if (request.method === 'GET') return { conflicts: await listConflicts({ db }) };
    if (request.method === 'POST') return insertConflict({ db, conflict: request.body as never });
    return updateConflict({ db, slug: target!, patch: request.body as never });
  });
}

const env = readEnv();
const holder = env.DATABASE_URL ? null : lockHolder(env.dataDir);
const server = process.env.FAULTLINE_URL || holder?.url;
try {
  console.log(JSON.stringify(server ? await viaServer(server) : await direct(), null, 2));
} catch (err) {
  if (err instanceof QueryError) fail(err.message, 1);
  throw err;
}
