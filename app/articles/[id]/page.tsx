// One stored article, with the sentences its events quote highlighted and linked to the events.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { idParamSchema } from '@/lib/validation/primitives';
import { getDb } from '@/db/client';
import { getArticle } from '@/db/queries/articles';
import { QueryError } from '@/db/queries/errors';
import { ArticleText } from '@/components/articles/article-text';
import { describeDate } from '@/lib/dates/precision';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const parsedId = idParamSchema.safeParse(id);
  if (!parsedId.success) notFound();
  try {
    return await getArticle({ db: await getDb(), id: parsedId.data });
  } catch (err) {
    if (err instanceof QueryError && err.code === 'not_found') notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await load((await params).id);
  return { title: `${a.title ?? `Article ${a.id}`} — Faultline` };
}

export default async function ArticlePage({ params }: Props) {
  const a = await load((await params).id);
  const placed = a.evidence.filter((e) => e.spanStart !== null && e.spanEnd !== null && !e.deleted);
  return (
    <main className="page event-page">
      <p>
        <Link href="/articles">← Articles</Link>
      </p>
      <article className="widget" aria-labelledby="article-h">
        <h1 id="article-h">{a.title ?? `Article ${a.id}`}</h1>
        <p className="note">
          {a.publisher}
          {a.publishedAt ? `, ${describeDate({ dateStart: a.publishedAt, dateEnd: null, precision: 'day' })}` : ''}
          {a.url ? (
            <>
              {' '}
              ·{' '}
              <a href={a.url} rel="noreferrer noopener" target="_blank">
                Original
              </a>
            </>
          ) : null}
        </p>
        <section aria-labelledby="article-events-h">
          <h2 id="article-events-h">Events that cite it</h2>
          {a.evidence.length ? (
            <ul className="plain">
              {a.evidence.map((e) => (
                <li key={e.eventId}>
                  <Link href={`/events/${e.eventId}`}>{e.title}</Link>{' '}
                  <span className="note">
                    —{' '}
                    {describeDate({
                      dateStart: e.dateStart,
                      dateEnd: null,
                      precision: e.precision === 'range' ? 'day' : (e.precision as 'day'),
                    })}
                    {e.deleted ? ', deleted' : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="note">No event cites this article yet.</p>
          )}
        </section>
        <section aria-labelledby="article-text-h">
          <h2 id="article-text-h">Text</h2>
          <ArticleText
            text={a.text}
            highlights={placed.map((e) => ({
              start: e.spanStart!,
              end: e.spanEnd!,
              id: String(e.eventId),
              label: `#${e.eventId}`,
              content: <Link href={`/events/${e.eventId}`}>#{e.eventId}</Link>,
            }))}
          />
        </section>
      </article>
    </main>
  );
}
