// What the merge will make: the survivor's fields as chosen, and every source of both, once each.
import type { preview } from './merge-values';

export function MergePreview({ result }: { result: ReturnType<typeof preview> }) {
  const f = result.fields;
  return (
    <section className="merge-preview" aria-labelledby="merge-preview-h" aria-live="polite">
      <h2 id="merge-preview-h">The merged event, #{result.id}</h2>
      <dl>
        <dt>Title</dt>
        <dd>{f.title}</dd>
        <dt>Date</dt>
        <dd>{f.date}</dd>
        <dt>Type</dt>
        <dd>{f.type}</dd>
        <dt>Actors</dt>
        <dd>{result.actors}</dd>
        <dt>Place</dt>
        <dd>{f.location}</dd>
        <dt>Fatalities</dt>
        <dd>{f.fatalities}</dd>
        <dt>Status</dt>
        <dd>{f.status}</dd>
        <dt>Summary</dt>
        <dd>{f.summary}</dd>
      </dl>
      <h3>Sources ({result.sources.length}: every source of both, each once)</h3>
      <ol>
        {result.sources.map((s, i) => (
          <li key={i}>
            {s.title ?? s.url ?? 'Untitled'} <span className="note">— {s.publisher}</span>
            {s.quote ? <blockquote>“{s.quote}”</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
