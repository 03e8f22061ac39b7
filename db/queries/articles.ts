import 'server-only';
// Stored articles: the text an analyst reviewed, kept whole as the source its accepted events
// quote (with the offsets of each quote). Saving the same text twice finds the first.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ArticleInput } from '@/lib/validation/article';
import type { Db } from '../types';
import { QueryError } from './errors';
import { rows } from '../rows';
import { publisherName } from '../names';

export interface ArticleSummary {
  id: number;
  title: string | null;
  publisher: string;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
  events: number;
  characters: number;
}
export interface ArticleEvidence {
  eventId: number;
  title: string;
  dateStart: string;
  precision: string;
  deleted: boolean;
  quote: string;
  spanStart: number | null;
  spanEnd: number | null;
}
export interface Article extends ArticleSummary {
  text: string;
  evidence: ArticleEvidence[];
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export async function saveArticle({
  db,
  conflictId,
  input,
}: {
  db: Db;
  conflictId: number;
  input: ArticleInput;
}): Promise<{ id: number; created: boolean }> {
  const textHash = hash(input.text);
  return db.transaction(async (tx) => {
    const [existing] = await rows<{ id: number }>(
      tx,
      sql`select id from articles where conflict_id = ${conflictId} and text_hash = ${textHash}`,
    );
    if (existing) return { id: existing.id, created: false };
    // A source with this URL already cited elsewhere is the same source.
    const [known] = input.url
      ? await rows<{ id: number }>(tx, sql`select id from sources where url = ${input.url}`)
      : [];
    const [source] = known
      ? [known]
      : await rows<{ id: number }>(
          tx,
          sql`
      insert into sources (publisher, url, title, published_at)
      values (
        ${publisherName(input.publisher)}, ${input.url ?? null}, ${input.title ?? null}, ${input.publishedAt ?? null}
      )
      returning id`,
        );
    const [row] = await rows<{ id: number }>(
      tx,
      sql`
      insert into articles (conflict_id, source_id, text, text_hash)
      values (${conflictId}, ${source!.id}, ${input.text}, ${textHash})
      on conflict (conflict_id, text_hash) do nothing returning id`,
    );
    if (row) return { id: row.id, created: true };
    // Saved by a concurrent request a moment ago.
    const [again] = await rows<{ id: number }>(
      tx,
      sql`select id from articles where conflict_id = ${conflictId} and text_hash = ${textHash}`,
    );
    return { id: again!.id, created: false };
  });
}

const summaryColumns = sql`
  a.id, s.title, s.publisher, s.url, s.published_at::text as "publishedAt", a.created_at as "createdAt",
  length(a.text)::int as characters,
  (select count(distinct es.event_id)::int from event_sources es join events e on e.id = es.event_id
    where es.source_id = a.source_id and e.deleted_at is null and e.review = 'published') as events`;

export async function listArticles({
  db,
  conflictId,
  limit = 200,
}: {
  db: Db;
  conflictId: number;
  limit?: number;
}): Promise<ArticleSummary[]> {
  return rows<ArticleSummary>(
    db,
    sql`
    select ${summaryColumns} from articles a join sources s on s.id = a.source_id
    where a.conflict_id = ${conflictId} order by a.created_at desc, a.id desc limit ${limit}`,
  );
}

export async function getArticle({ db, id }: { db: Db; id: number }): Promise<Article> {
  const [found] = await rows<ArticleSummary & { text: string }>(
    db,
    sql`
    select ${summaryColumns}, a.text from articles a join sources s on s.id = a.source_id where a.id = ${id}`,
  );
  if (!found) throw new QueryError('not_found', `There is no article with id ${id}`);
  const evidence = await rows<ArticleEvidence>(
    db,
    sql`
    select e.id as "eventId", e.title, e.date_start::text as "dateStart", e.precision,
      e.deleted_at is not null as deleted, es.quote, es.span_start as "spanStart", es.span_end as "spanEnd"
    from articles a join event_sources es on es.source_id = a.source_id join events e on e.id = es.event_id
    where a.id = ${id} order by es.span_start nulls last, e.id`,
  );
  return { ...found, evidence };
}

/** The stored articles an event quotes, for links from the event's page to the words in context. */
export async function articlesOfEvent({
  db,
  eventId,
}: {
  db: Db;
  eventId: number;
}): Promise<{ articleId: number; sourceUrl: string | null; publisher: string }[]> {
  return rows(
    db,
    sql`
    select a.id as "articleId", s.url as "sourceUrl", s.publisher from event_sources es
    join articles a on a.source_id = es.source_id join sources s on s.id = es.source_id
    where es.event_id = ${eventId} order by es.position`,
  );
}
