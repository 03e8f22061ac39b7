import 'server-only';
// Route-handler plumbing: parse the query with the shared schemas, turn a caller's mistake into
// a 400 naming the parameter, and never leak an internal error as anything but a logged 500.
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { QueryError } from '@/db/queries/errors';
import { fieldErrors } from '@/lib/validation/event';
import {
  notUtf8Params,
  parseWith,
  searchParamsToObject,
  uniqueErrors,
  type ParamError,
} from '@/lib/validation/filters';
import { nameNotices, type NameNotice } from '@/lib/names/cleaning-notes';

export function badRequest(errors: ParamError[]) {
  const message = errors.map((e) => `${e.param}: ${e.message}`).join('; ');
  return NextResponse.json({ error: message, errors }, { status: 400 });
}

/** Parses the request's query string with each schema; the first failure becomes a 400. */
export function parseQuery<S extends Record<string, z.ZodType>>(
  url: string,
  schemas: S,
): { ok: true; value: { [K in keyof S]: z.output<S[K]> } } | { ok: false; response: NextResponse } {
  const parsedUrl = new URL(url);
  const errors: ParamError[] = notUtf8Params(parsedUrl.search);
  if (errors.length) return { ok: false, response: badRequest(errors) };
  const input = searchParamsToObject(parsedUrl.searchParams);
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const r = parseWith(schema, input);
    if (r.ok) out[name] = r.value;
    else errors.push(...r.errors);
  }
  if (errors.length) return { ok: false, response: badRequest(uniqueErrors(errors)) };
  return { ok: true, value: out as { [K in keyof S]: z.output<S[K]> } };
}

const MAX_BODY_BYTES = 1_000_000;

type BodyLimit = { maxBytes: number; tooLarge: string };
type Refused = { ok: false; response: NextResponse };

const refuse = (message: string, status = 400): Refused => ({
  ok: false,
  response: NextResponse.json({ error: message, errors: [{ param: 'body', message }] }, { status }),
});

/**
 * The body as text, or why not: too large (413), or bytes that are not UTF-8 (400) — decoded
 * leniently they would be stored as U+FFFD, and the sender would never learn that text was lost.
 */
export async function readUtf8Body(request: Request, limit?: BodyLimit): Promise<{ ok: true; text: string } | Refused> {
  const maxBytes = limit?.maxBytes ?? MAX_BODY_BYTES;
  const tooLarge = limit?.tooLarge ?? 'The request is larger than 1 MB';
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return refuse(tooLarge, 413);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) return refuse(tooLarge, 413);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse('The body is not UTF-8 text: send it encoded as UTF-8');
  }
}

/** Parses a JSON body with a schema; a malformed or invalid body becomes a 400 with field paths. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit?: BodyLimit,
): Promise<{ ok: true; value: z.output<S>; notices: NameNotice[] } | Refused> {
  const raw = await readUtf8Body(request, limit);
  if (!raw.ok) return raw;
  let json: unknown;
  try {
    json = raw.text ? JSON.parse(raw.text) : {};
  } catch {
    return refuse('The body is not valid JSON');
  }
  // Every body here is an object: null, a list or a bare value is refused before the schema sees it.
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refuse('The body must be a JSON object');
  const r = schema.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      // A union's "no branch fitted" gives way to the field inside it that is wrong.
      response: badRequest(fieldErrors(r.error, 'body')),
    };
  }
  // Names are cleaned by the schema (lib/names/clean.ts); what that changed is said, never silent.
  return { ok: true, value: r.data, notices: nameNotices(json) };
}

/** A refusal the permission table cannot see (it depends on the item): 403 with the reason. */
export function forbidden(message: string): NextResponse {
  return NextResponse.json({ error: message, errors: [{ param: 'role', message }] }, { status: 403 });
}

/** A permanent redirect (308: the method and body stay) to a path on this server, with a JSON body saying why. */
export function movedTo(path: string, body: Record<string, unknown>): NextResponse {
  return NextResponse.json(body, { status: 308, headers: { Location: path } });
}

const STATUS_OF = { bad_request: 400, forbidden: 403, not_found: 404, conflict: 409 } as const;

export async function handle(run: () => Promise<unknown>): Promise<NextResponse> {
  try {
    const body = await run();
    return body instanceof Response ? (body as NextResponse) : NextResponse.json(body);
  } catch (err) {
    if (err instanceof QueryError) {
      const status = STATUS_OF[err.code];
      // Every error names a parameter: a missing or conflicting item is the one the path names.
      const param = err.param ?? (status === 400 ? 'body' : 'id');
      return NextResponse.json(
        { error: err.message, errors: [{ param, message: err.message }], ...err.extra },
        { status },
      );
    }
    console.error(err);
    return NextResponse.json({ error: 'Internal error: the server log has the details' }, { status: 500 });
  }
}
