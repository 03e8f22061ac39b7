// One event in the timeline: its date as precisely as it is known, type, actors (each a filter),
// place and first source. Focusable by script only (the feed's Page Down / Page Up), never a Tab stop.
import Link from 'next/link';
import type { EventView } from '@/db/queries/event-shape';
import type { CSSProperties, Ref } from 'react';
import { BADGE_COLOURS } from '@/lib/charts/format';
import { describeDate } from '@/lib/dates/precision';
import { getEventType, getSubType } from '@/lib/taxonomy/taxonomy';

export function TypeBadge({ type, subType }: { type: string; subType: string }) {
  return (
    <span className="badge" style={{ background: BADGE_COLOURS[type] ?? '#495057' }} title={getSubType(subType)?.label}>
      {getEventType(type)?.label ?? type}
    </span>
  );
}

export function EventCard({
  event,
  position,
  size,
  onActor,
  group,
  style,
  ref,
  index,
  viewQuery,
}: {
  event: EventView;
  position: number;
  size: number;
  onActor: (name: string) => void;
  /** The year/month heading shown above the first event of a group. */
  group?: string;
  style?: CSSProperties;
  ref?: Ref<HTMLElement>;
  index?: number;
  /** The dashboard's query, carried to the event's page so that "← Timeline" comes back to this view. */
  viewQuery?: string;
}) {
  const titleId = `event-${event.id}-title`;
  return (
    <article
      ref={ref}
      style={style}
      data-index={index}
      className="event-card"
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-posinset={position}
      aria-setsize={size}
      data-event-id={event.id}
    >
      {group ? <h3 className="timeline-group">{group}</h3> : null}
      <div className="meta">
        <span className="date" data-testid="event-date">
          {describeDate(event)}
        </span>
        <TypeBadge type={event.eventType} subType={event.subType} />
        {event.status !== 'occurred' ? <span>({event.status})</span> : null}
        {event.milestone ? <span title="Milestone">◆ milestone</span> : null}
        {event.location ? <span>{event.location.name}</span> : null}
      </div>
      <h4 id={titleId}>
        <Link href={`/events/${event.id}${viewQuery ? `?${viewQuery}` : ''}`}>{event.title}</Link>
      </h4>
      {event.actors.length ? (
        <div className="actors" aria-label="Actors">
          {event.actors.map((a) => (
            <button
              key={a.id}
              type="button"
              onClick={() => onActor(a.name)}
              title={`Show only events with ${a.name}`}
              data-testid="actor-chip"
            >
              {a.name}
            </button>
          ))}
        </div>
      ) : null}
      <FirstSource event={event} />
    </article>
  );
}

/** The event's first source, linked when it has an address, and how many more there are. */
function FirstSource({ event }: { event: EventView }) {
  const source = event.sources[0];
  if (!source) return null;
  return (
    <p className="source">
      Source:{' '}
      {source.url ? (
        <a href={source.url} rel="noreferrer noopener" target="_blank">
          {source.publisher}
          {source.title ? ` — ${source.title}` : ''}
        </a>
      ) : (
        source.publisher
      )}
      {source.publishedAt ? `, ${source.publishedAt}` : ''}
      {event.sources.length > 1 ? ` (+${event.sources.length - 1} more)` : ''}
    </p>
  );
}
