'use client';
// The lane above the frequency bars: range-dated events as bars on the bars' own time axis, each a
// link to its event named by its title, stacked so that none overprints another.
import Link from 'next/link';
import { BADGE_COLOURS } from '@/lib/charts/format';
import { placeSpans } from '@/lib/charts/span-lanes';
import type { Bucket } from '@/lib/dates/buckets';
import { describeDate } from '@/lib/dates/precision';
import { eventTypeOfSubType } from '@/lib/taxonomy/taxonomy';
import type { Spans } from '@/db/queries/spans';

export const LANE_HEIGHT = 20;
const MAX_LANES = 4;
const MIN_LABEL_PX = 48;

export function SpansLane({
  spans,
  buckets,
  bucket,
  inset,
  plotWidth,
  newTab,
}: {
  spans: Spans | null;
  /** The plot's width in px: a bar too narrow for a few letters shows none (its link keeps the title). */
  plotWidth: number;
  buckets: string[];
  bucket: Bucket;
  /** The plot area's left and right insets in px, so the lane shares the bars' axis. */
  inset: { left: number; right: number };
  /** In an embed: the event opens in a new tab, outside the article. */
  newTab?: boolean;
}) {
  if (!spans?.total) return null;
  const { placed, hidden, lanes } = placeSpans(spans.items, buckets, bucket, { maxLanes: MAX_LANES });
  const left = spans.total - spans.items.length + hidden;
  return (
    <div className="spans-lane" style={{ paddingLeft: inset.left, paddingRight: inset.right }}>
      <span className="spans-lane-label" style={{ width: inset.left }} aria-hidden="true">
        Spans
      </span>
      <ul
        aria-label="Events with a date range"
        data-testid="spans-lane"
        style={{ height: lanes * LANE_HEIGHT, position: 'relative' }}
      >
        {placed.map(({ span, lane, left: x, width }) => {
          const type = eventTypeOfSubType(span.subType)?.slug ?? '';
          const when = describeDate({ dateStart: span.dateStart, dateEnd: span.dateLast, precision: 'range' });
          return (
            <li
              key={span.id}
              style={{ left: `${x * 100}%`, width: `${width * 100}%`, top: lane * LANE_HEIGHT }}
              className="span-bar"
            >
              <Link
                href={`/events/${span.id}`}
                {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
                aria-label={span.title}
                title={`${span.title} (${when})`}
                style={{ background: BADGE_COLOURS[type] ?? '#495057' }}
                data-start={span.dateStart}
                data-last={span.dateLast}
              >
                {width * plotWidth >= MIN_LABEL_PX ? span.title : null}
              </Link>
            </li>
          );
        })}
      </ul>
      {left > 0 ? (
        <p className="note">{left.toLocaleString('en')} more range events overlap this period: zoom in to see them.</p>
      ) : null}
    </div>
  );
}
