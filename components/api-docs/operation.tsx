// One operation of the API page: its own parameters (the shared filters are referred to, not
// repeated), its request body's fields and its answers, all read from the OpenAPI document.
import { bodyFields, schemaSummary } from '@/lib/api/schema-summary';

export type Param = {
  name: string;
  in: string;
  description?: string;
  example?: string;
  schema?: Record<string, unknown>;
};
export type Operation = {
  summary: string;
  description?: string;
  parameters?: Param[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
};

export const operationId = (method: string, path: string) =>
  `${method}-${path}`
    .replace(/[{}]/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();

export function ParamTable({ params, caption }: { params: Param[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data api-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Type</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {params.map((p) => (
            <tr key={`${p.in}-${p.name}`}>
              <th scope="row">
                <code>{p.name}</code>
                {p.in === 'path' ? <span className="note"> (in the path)</span> : null}
              </th>
              <td>{schemaSummary(p.schema)}</td>
              <td>
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
    </div>
  );
}

function BodyTable({ schema, caption }: { schema: unknown; caption: string }) {
  const fields = bodyFields(schema);
  if (!fields.length) return null;
  return (
    <div className="table-scroll">
      <table className="data api-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Required</th>
            <th scope="col">Type</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <code>{f.name}</code>
              </th>
              <td>{f.required ? 'yes' : 'no'}</td>
              <td>{f.type}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OperationDoc({
  method,
  path,
  op,
  filterNames,
}: {
  method: string;
  path: string;
  op: Operation;
  filterNames: Set<string>;
}) {
  const id = operationId(method, path);
  const params = op.parameters ?? [];
  const takesFilters = params.some((p) => p.name === 'actor') && params.some((p) => filterNames.has(p.name));
  const own = takesFilters ? params.filter((p) => !filterNames.has(p.name)) : params;
  const withoutDates = takesFilters && !params.some((p) => p.name === 'from');
  const [type, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  return (
    <section aria-labelledby={id} className="api-op">
      <h2 id={id}>
        <code>
          {method.toUpperCase()} {path}
        </code>{' '}
        — {op.summary}
      </h2>
      {op.description ? <p>{op.description}</p> : null}
      {takesFilters ? (
        <p>
          Takes <a href="#filters">the filters</a>
          {withoutDates ? ', except from and to' : ''}
          {own.length ? ', and:' : '.'}
        </p>
      ) : null}
      {own.length ? <ParamTable params={own} caption={`Parameters of ${method.toUpperCase()} ${path}`} /> : null}
      {type ? (
        <>
          <h3>Request body</h3>
          {content?.schema ? (
            <BodyTable schema={content.schema} caption={`Body of ${method.toUpperCase()} ${path}`} />
          ) : (
            <p>
              The file itself, as <code>{type}</code>.
            </p>
          )}
        </>
      ) : null}
      <h3>Responses</h3>
      <dl className="api-responses">
        {Object.entries(op.responses ?? {}).map(([status, r]) => (
          <div key={status}>
            <dt>
              <code>{status}</code>
            </dt>
            <dd>{r.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
