// The stored articles: what analysts pasted or uploaded and accepted events from, newest first.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listArticles } from '@/db/queries/articles';
import { getConflictId } from '@/db/queries/scope';
import { describeDate } from '@/lib/dates/precision';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Articles — Faultline' };

export default async function ArticlesPage() {
  const db = await getDb();
  const articles = await listArticles({ db, conflictId: await getConflictId({ db }) });
  return (
    <main className="page form-page">
      <section className="widget" aria-labelledby="articles-h">
        <div className="review-head">
          <h1 id="articles-h">Articles</h1>
          <Link href="/articles/new" className="button-link primary-link">
            Events from an article
          </Link>
        </div>
        <p className="note">
          Every article an event was accepted from is kept whole, so each event’s quote can be read in context.
        </p>
        {articles.length === 0 ? (
          <p className="empty">
            No articles yet. <Link href="/articles/new">Paste or upload one</Link> to get suggested events.
          </p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Stored articles">
            <table className="data-table">
              <caption className="visually-hidden">Stored articles</caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Publisher</th>
                  <th scope="col">Published</th>
                  <th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                {articles.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/articles/${a.id}`}>{a.title ?? `Article ${a.id}`}</Link>
                    </td>
                    <td>{a.publisher}</td>
                    <td>
                      {a.publishedAt
                        ? describeDate({ dateStart: a.publishedAt, dateEnd: null, precision: 'day' })
                        : '—'}
                    </td>
                    <td>{a.events}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
