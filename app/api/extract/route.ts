import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { loadRegistry, matchedEvents, matchStoredEvents } from '@/db/queries/extract';
import { resolveSuggestionNames } from '@/db/names';
import { getConflictId } from '@/db/queries/scope';
import { badRequest, handle, parseBody, readUtf8Body } from '@/lib/api/respond';
import { repeatedParams } from '@/lib/validation/filters';
import { ExtractionBusyError, extractPool } from '@/lib/extract/extract-pool';
import { MAX_ARTICLE_CHARS, extractRequestSchema, type ExtractedEvent } from '@/lib/extract/types';

export const dynamic = 'force-dynamic';

/**
 * Proposed events of an article: the same JSON array as `npm run -s extract`, each with the stored
 * event it matches (matchesEventId). Nothing is stored: the analyst accepts proposals one by one.
 * The extraction itself runs on a worker thread (lib/extract/extract-pool.ts), so a long article
 * does not hold up other requests; when too many are in hand the answer is a 503 with Retry-After.
 */
const LIMIT = {
  // Room for 200,000 characters of any script, JSON-escaped; the schema then counts characters.
  maxBytes: MAX_ARTICLE_CHARS * 4 + 10_000,
  tooLarge:
    `The article is longer than the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters: ` +
    'split it or keep the article body only',
};

/** The article as JSON ({ text, publishedAt? }) or as the plain-text body, with ?published=YYYY-MM-DD. */
async function readRequest(request: Request) {
  if (!/^text\/plain/i.test(request.headers.get('content-type') ?? ''))
    return parseBody(request, extractRequestSchema, LIMIT);
  const text = await readUtf8Body(request, LIMIT);
  if (!text.ok) return text;
  const params = new URL(request.url).searchParams;
  const repeated = repeatedParams(params, ['published', 'publishedAt', 'conflict']);
  const [a, b] = [params.get('published'), params.get('publishedAt')];
  // Two names of one parameter, given both with different days: which one is meant?
  if (a !== null && b !== null && a !== b)
    repeated.push({ param: 'published', message: `Is given as published (“${a}”) and publishedAt (“${b}”): give one` });
  if (repeated.length) return { ok: false as const, response: badRequest(repeated) };
  const plain = new Request(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: text.text,
      publishedAt: params.get('published') ?? params.get('publishedAt'),
      conflict: params.get('conflict') ?? undefined,
    }),
  });
  return parseBody(plain, extractRequestSchema, LIMIT);
}

function busy(err: ExtractionBusyError) {
  return NextResponse.json(
    { error: err.message, errors: [{ param: 'text', message: err.message }] },
    { status: 503, headers: { 'retry-after': String(err.retryAfterSeconds) } },
  );
}

export async function POST(request: Request) {
  const body = await readRequest(request);
  if (!body.ok) return body.response;
  return handle(async () => {
    const db = await getDb();
    const conflictId = await getConflictId({ db, slug: body.value.conflict });
    const { registry, index } = await loadRegistry({ db, conflictId });
    // A page sent as it was saved is read as the /articles page and the command read it: its article's text (on the
    // extraction thread).
    let events: ExtractedEvent[];
    try {
      events = await extractPool().extract(body.value.text, { registry, index, publishedAt: body.value.publishedAt });
    } catch (err) {
      if (ExtractionBusyError.is(err)) return busy(err);
      throw err;
    }
    const matches = await matchStoredEvents({ db, conflictId, events });
    const stored = await matchedEvents({ db, ids: matches });
    const names = await resolveSuggestionNames({ db, suggestions: events });
    return events.map((e, i) => ({
      ...e,
      matchesEventId: matches[i] ?? null,
      matchesEvent: stored.get(matches[i] ?? -1) ?? null,
      ...names[i]!,
    }));
  });
}
