// The API, readable: every endpoint and parameter from the OpenAPI document (itself generated from
// the schemas that validate the routes).
import type { Metadata } from 'next';
import { openApiDocument } from '@/lib/api/openapi';

export const metadata: Metadata = { title: 'API — Faultline' };

type Param = { name: string; in: string; description?: string; example?: string; schema?: Record<string, unknown> };

const typeOf = (s: Record<string, unknown> | undefined): string => {
  if (!s) return '';
  if (Array.isArray(s.enum))
    return s.enum.length > 6 ? `one of ${s.enum.length} slugs (GET /api/taxonomy)` : (s.enum as string[]).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items as Record<string, unknown>)} (repeatable)`;
  return String(s.type ?? (s.anyOf ? 'value' : ''));
};

export default function ApiPage() {
  const doc = openApiDocument();
  return (
    <main className="page event-page">
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
        {Object.entries(doc.paths).map(([path, ops]) => (
          <section key={path} aria-labelledby={`p-${path}`}>
            {Object.entries(ops as Record<string, { summary: string; parameters?: Param[] }>).map(([method, op]) => (
              <div key={method}>
                <h2 id={`p-${path}`} style={{ fontSize: '1.05rem' }}>
                  <code>
                    {method.toUpperCase()} {path}
                  </code>{' '}
                  — {op.summary}
                </h2>
                {op.parameters?.length ? (
                  <table className="data">
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">Type</th>
                        <th scope="col" style={{ textAlign: 'left' }}>
                          Meaning
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={p.name}>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td style={{ whiteSpace: 'normal' }}>{typeOf(p.schema)}</td>
                          <td style={{ textAlign: 'left', whiteSpace: 'normal' }}>
                            {p.description}
                            {p.example ? (
                              <>
                                {' '}
                                e.g. <code>{p.example}</code>
                              </>
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </div>
            ))}
          </section>
        ))}
      </article>
    </main>
  );
}
