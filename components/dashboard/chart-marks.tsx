'use client';
// What the frequency chart draws besides its bars: a tooltip that names types and hides zeros, and
// milestone labels in a row above the plot, placed so that none overprints or runs past another.
import Link from 'next/link';
import { useEffect, useState, type RefObject } from 'react';
import { assignLanes } from '@/lib/charts/span-lanes';
import { formatCount } from '@/lib/charts/ticks';

/** The element's width in px, following resizes (0 before the first layout). */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface TooltipEntry {
  dataKey?: unknown;
  value?: unknown;
  color?: string;
}

export function CountTooltip({
  active,
  payload,
  label,
  labels,
  title,
}: {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  label?: unknown;
  labels: Record<string, string>;
  title: (start: string) => string;
}) {
  if (!active || !payload?.length) return null;
  const shown = payload.filter((p) => typeof p.value === 'number' && p.value > 0);
  const total = shown.reduce((n, p) => n + (p.value as number), 0);
  return (
    <div className="chart-tooltip">
      <strong>{title(String(label))}</strong>
      {shown.length ? (
        <ul>
          {[...shown].reverse().map((p) => (
            <li key={String(p.dataKey)}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              {labels[String(p.dataKey)] ?? String(p.dataKey)}: {formatCount(p.value as number)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No events drawn in this period.</p>
      )}
      {shown.length > 1 ? <p>Total: {formatCount(total)}</p> : null}
    </div>
  );
}

export interface MilestoneMark {
  id: number;
  title: string;
  /** The bucket its line is drawn on. */
  start: string;
  /** Fraction of the plot's width where its line is drawn. */
  at: number;
}

const LABEL_MAX_PX = 150;
const CHAR_PX = 6.2;

/** Milestone labels in at most two rows; those that would overprint are left to the lines and the table. */
export function MilestoneLabels({
  marks,
  plotWidth,
  inset,
  newTab,
}: {
  marks: MilestoneMark[];
  plotWidth: number;
  inset: { left: number; right: number };
  /** In an embed: the event opens in a new tab, outside the article. */
  newTab?: boolean;
}) {
  if (!marks.length || plotWidth <= 0) return null;
  const items = marks.map((m) => {
    const short = m.title.split(':')[0]!;
    const px = Math.min(LABEL_MAX_PX, short.length * CHAR_PX + 10);
    // Anchored at its line, or ending there when it would run past the right edge.
    const width = px / plotWidth;
    const left = Math.max(0, Math.min(m.at, 1 - width));
    return { ...m, short, left, width, px };
  });
  const { placed, lanes } = assignLanes(items, { maxLanes: 2, gap: 6 / plotWidth });
  return (
    <ul
      className="milestone-labels"
      aria-label="Milestones"
      style={{ marginLeft: inset.left, marginRight: inset.right, height: lanes * 18 }}
    >
      {placed.map((m) => (
        <li key={m.id} style={{ left: `${m.left * 100}%`, width: m.px, top: m.lane * 18 }}>
          <Link href={`/events/${m.id}`} title={m.title} {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
            {m.short}
          </Link>
        </li>
      ))}
    </ul>
  );
}
