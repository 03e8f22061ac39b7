import 'server-only';
// Route-handler plumbing: parse the query with the shared schemas, turn a caller's mistake into
// a 400 naming the parameter, and never leak an internal error as anything but a logged 500.
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { QueryError } from '@/db/queries/errors';
import { parseWith, searchParamsToObject, type ParamError } from '@/lib/validation/filters';

export function badRequest(errors: ParamError[]) {
  const message = errors.map((e) => `${e.param}: ${e.message}`).join('; ');
  return NextResponse.json({ error: message, errors }, { status: 400 });
}

/** Parses the request's query string with each schema; the first failure becomes a 400. */
export function parseQuery<S extends Record<string, z.ZodType>>(
  url: string,
  schemas: S,
): { ok: true; value: { [K in keyof S]: z.output<S[K]> } } | { ok: false; response: NextResponse } {
  const input = searchParamsToObject(new URL(url).searchParams);
  const out: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const r = parseWith(schema, input);
    if (r.ok) out[name] = r.value;
    else errors.push(...r.errors);
  }
  if (errors.length) return { ok: false, response: badRequest(errors) };
  return { ok: true, value: out as { [K in keyof S]: z.output<S[K]> } };
}

const MAX_BODY_BYTES = 1_000_000;

/** Parses a JSON body with a schema; a malformed or invalid body becomes a 400 with field paths. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit?: { maxBytes: number; tooLarge: string },
): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: NextResponse }> {
  const maxBytes = limit?.maxBytes ?? MAX_BODY_BYTES;
  const tooLarge = () => ({
    ok: false as const,
    response: NextResponse.json(
      {
        error: limit?.tooLarge ?? 'The request is larger than 1 MB',
        errors: [{ param: 'body', message: limit?.tooLarge ?? 'The request is larger than 1 MB' }],
      },
      { status: 413 },
    ),
  });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const raw = await request.text();
  if (Buffer.byteLength(raw) > maxBytes) return tooLarge();
  let json: unknown;
  try {
    json = raw ? JSON.parse(raw) : {};
  } catch {
    return { ok: false, response: badRequest([{ param: 'body', message: 'The body is not valid JSON' }]) };
  }
  const r = schema.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      response: badRequest(
        r.error.issues.map((i) => ({ param: i.path.map(String).join('.') || 'body', message: i.message })),
      ),
    };
  }
  return { ok: true, value: r.data };
}

export async function handle(run: () => Promise<unknown>): Promise<NextResponse> {
  try {
    const body = await run();
    return body instanceof Response ? (body as NextResponse) : NextResponse.json(body);
  } catch (err) {
    if (err instanceof QueryError) {
      const status = err.code === 'not_found' ? 404 : err.code === 'conflict' ? 409 : 400;
      return NextResponse.json(
        { error: err.message, errors: err.param ? [{ param: err.param, message: err.message }] : [] },
        { status },
      );
    }
    console.error(err);
    return NextResponse.json({ error: 'Internal error: the server log has the details' }, { status: 500 });
  }
}
