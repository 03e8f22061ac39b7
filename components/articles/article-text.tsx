// An article's text with the sentences that events were taken from highlighted. Each highlight
// names its events (numbers of the suggestions, or links to stored events); paragraphs keep their
// breaks. The text is rendered as text: nothing in it is ever interpreted as HTML.
import type { ReactNode } from 'react';

export interface Highlight {
  start: number;
  end: number;
  label: string;
  id: string;
  active?: boolean;
  content?: ReactNode;
}

export function ArticleText({
  text,
  highlights,
  onPick,
}: {
  text: string;
  highlights: Highlight[];
  onPick?: (id: string) => void;
}) {
  // One mark per distinct range, in order; a range shared by several events lists them all.
  const ranges = new Map<string, Highlight[]>();
  for (const h of [...highlights].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${h.start}:${h.end}`;
    ranges.set(key, [...(ranges.get(key) ?? []), h]);
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [key, hs] of ranges) {
    const { start, end } = hs[0]!;
    if (start < at) continue; // overlapping ranges: the first one wins
    if (start > at) parts.push(text.slice(at, start));
    const active = hs.some((h) => h.active);
    parts.push(
      <mark
        key={key}
        id={`mark-${hs[0]!.id}`}
        className={active ? 'quote-mark active' : 'quote-mark'}
        data-events={hs.map((h) => h.label).join(' ')}
      >
        {text.slice(start, end)}
        <span className="mark-labels">
          {hs.map((h) =>
            onPick ? (
              <button
                key={h.id}
                type="button"
                className="mark-label"
                onClick={() => onPick(h.id)}
                aria-label={`Go to suggestion ${h.label}`}
              >
                {h.label}
              </button>
            ) : (
              <span key={h.id} className="mark-label">
                {h.content ?? h.label}
              </span>
            ),
          )}
        </span>
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <div className="article-text">{parts}</div>;
}
