// The API, readable: a table of contents, the shared filters once, then every operation with its own
// parameters, request body and answers — all from the OpenAPI document (itself generated from the
// schemas that validate the routes).
import type { Metadata } from 'next';
import { openApiDocument } from '@/lib/api/openapi';
import { OperationDoc, ParamTable, operationId, type Operation } from '@/components/api-docs/operation';

export const metadata: Metadata = { title: 'API — Faultline' };

export default function ApiPage() {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );
  // The filters as GET /api/events lists them, less its paging.
  const filterParams = (
    operations.find((o) => o.path === '/api/events' && o.method === 'get')?.op.parameters ?? []
  ).filter((p) => !['sort', 'limit', 'cursor'].includes(p.name));
  const filterNames = new Set(filterParams.map((p) => p.name));
  return (
    <main className="page event-page api-page">
      <article className="widget">
        <h1>{doc.info.title}</h1>
        <p>{doc.info.description}</p>
        <p>
          Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are{' '}
          <code>400 {'{ error, errors: [{ param, message }] }'}</code>. Example:{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON endpoint, not a page */}
          <a href="/api/events?actor=Ilham%20Aliyev&from=2021-11&to=2021-11">
            <code>/api/events?actor=Ilham Aliyev&amp;from=2021-11&amp;to=2021-11</code>
          </a>
        </p>
        <nav aria-labelledby="api-contents">
          <h2 id="api-contents">Contents</h2>
          <ul className="api-toc">
            <li>
              <a href="#filters">The filters</a> (shared by the lists, counts, map and exports)
            </li>
            {operations.map(({ path, method, op }) => (
              <li key={`${method} ${path}`}>
                <a href={`#${operationId(method, path)}`}>
                  <code>
                    {method.toUpperCase()} {path}
                  </code>
                </a>{' '}
                — {op.summary}
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="filters">
          <h2 id="filters">The filters</h2>
          <p>
            Every endpoint that lists, counts, maps or exports events takes these query parameters, with the same
            meaning: a URL of the dashboard is a view, and the same parameters always select the same events.
          </p>
          <ParamTable params={filterParams} caption="The filters" />
        </section>
        {operations.map(({ path, method, op }) => (
          <OperationDoc key={`${method} ${path}`} method={method} path={path} op={op} filterNames={filterNames} />
        ))}
      </article>
    </main>
  );
}
