'use client';
// Filtered events on an offline map of the region. Places are clustered on a pixel grid that
// shrinks as you zoom in; a place opens its events (it becomes the Location filter). Events with
// no coordinates are counted under the map, never dropped silently.
import { useQuery } from '@tanstack/react-query';
import { geoMercator } from 'd3-geo';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PlaceCount } from '@/db/queries/places';
import { placeLabels } from '@/lib/geo/label-layout';
import { placesOptions } from '@/lib/query/options';
import { ImageDownloads } from '@/components/ui/image-download';
import { EmptyState, ErrorState, Skeleton, Widget } from '@/components/ui/widget';
import type { UrlState } from '@/components/dashboard/use-url-state';
import type { ViewShare } from '@/components/dashboard/use-view-share';
import type { Basemap } from './basemap';
import { useWidth } from './use-width';

const CELL = 34;
type Cluster = { x: number; y: number; events: number; places: PlaceCount[] };

const placeName = (p: PlaceCount) => (p.altNames.length ? `${p.name} / ${p.altNames[0]}` : p.name);
/** On screen, whatever the map's width: 12 px labels, 11 px country names. */
const LABEL_PX = 12;
const COUNTRY_PX = 11;

/** `share`: the view's caption and file names, for the map's PNG and SVG. */
export function RegionMap({ state, basemap, share }: { state: UrlState; basemap: Basemap; share?: ViewShare }) {
  const { filterKey, update } = state;
  const router = useRouter();
  const places = useQuery({ ...placesOptions(filterKey), placeholderData: (prev) => prev });
  const [zoom, setZoom] = useState<{ k: number; cx: number; cy: number }>({
    k: 1,
    cx: basemap.width / 2,
    cy: basemap.height / 2,
  });
  const svg = useRef<SVGSVGElement | null>(null);
  const [widthRef, shownWidth] = useWidth<SVGSVGElement>(basemap.width);
  // One element, two users: the image download reads it, the label size follows its width.
  const svgRef = useCallback(
    (el: SVGSVGElement | null) => {
      svg.current = el;
      const stop = widthRef(el);
      return () => {
        svg.current = null;
        stop?.();
      };
    },
    [widthRef],
  );
  const projection = useMemo(() => geoMercator().scale(basemap.scale).translate(basemap.translate), [basemap]);

  const clusters = useMemo(() => {
    const cells = new Map<string, Cluster>();
    const size = CELL / zoom.k;
    for (const p of places.data?.places ?? []) {
      const xy = projection([p.lon, p.lat]);
      if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > basemap.width || xy[1] > basemap.height) continue;
      const key = `${Math.floor(xy[0] / size)}:${Math.floor(xy[1] / size)}`;
      const c = cells.get(key) ?? { x: 0, y: 0, events: 0, places: [] };
      // Event-weighted centre, so a cluster sits where most of its events are.
      c.x = (c.x * c.events + xy[0] * p.events) / (c.events + p.events);
      c.y = (c.y * c.events + xy[1] * p.events) / (c.events + p.events);
      c.events += p.events;
      c.places.push(p);
      cells.set(key, c);
    }
    return [...cells.values()].sort((a, b) => b.events - a.events);
  }, [places.data, projection, zoom.k, basemap]);

  const outside = (places.data?.places ?? [])
    .filter((p) => {
      const xy = projection([p.lon, p.lat]);
      return !xy || xy[0] < 0 || xy[1] < 0 || xy[0] > basemap.width || xy[1] > basemap.height;
    })
    .reduce((n, p) => n + p.events, 0);
  const max = Math.max(1, ...clusters.map((c) => c.events));
  const w = basemap.width / zoom.k;
  const h = basemap.height / zoom.k;
  const vx = Math.min(Math.max(zoom.cx - w / 2, 0), basemap.width - w);
  const vy = Math.min(Math.max(zoom.cy - h / 2, 0), basemap.height - h);

  // User units per screen pixel: text sized in pixels stays that size at any width and zoom.
  const unit = w / shownWidth;
  const labels = useMemo(
    () =>
      placeLabels(
        clusters.map((c) => {
          const r = (5 + 13 * Math.sqrt(c.events / max)) / zoom.k;
          const only = c.places.length === 1 ? c.places[0]! : null;
          return { x: c.x, y: c.y, r, texts: only ? [placeName(only), only.name] : [`${c.places.length} places`] };
        }),
        { fontSize: LABEL_PX * unit, view: { x0: vx, y0: vy, x1: vx + w, y1: vy + h } },
      ),
    [clusters, max, zoom.k, unit, vx, vy, w, h],
  );

  const open = (c: Cluster) => {
    const only = c.places.length === 1 ? c.places[0]! : null;
    if (only?.onlyEventId) router.push(`/events/${only.onlyEventId}`);
    else if (only) update((p) => p.set('location', only.name));
    else setZoom({ k: Math.min(zoom.k * 2, 8), cx: c.x, cy: c.y });
  };

  return (
    <Widget
      title="Map"
      id="map"
      tools={
        <>
          <ZoomTools zoom={zoom} setZoom={setZoom} basemap={basemap} />
          {share ? (
            <ImageDownloads
              name="map"
              disabled={!places.data?.total}
              source={() => svg.current}
              caption={() => share.caption('Map of events')}
              fileName={(ext) => share.fileName('map', ext)}
            />
          ) : null}
        </>
      }
      className="map"
    >
      {places.isPending ? (
        <Skeleton height={300} label="Loading the map" />
      ) : places.isError ? (
        <ErrorState error={places.error} retry={() => places.refetch()} />
      ) : places.data.total === 0 ? (
        <EmptyState>No events match these filters.</EmptyState>
      ) : (
        <>
          <svg
            ref={svgRef}
            viewBox={`${vx} ${vy} ${w} ${h}`}
            role="group"
            aria-label={`Map of the South Caucasus with ${places.data.places.length} places`}
          >
            {basemap.countries.map((c) => (
              <path key={c.name} d={c.d} className={c.focus ? 'land focus' : 'land'}>
                <title>{c.name}</title>
              </path>
            ))}
            {basemap.countries
              .filter((c) => c.focus && c.label)
              .map((c) => (
                <text
                  key={`l-${c.name}`}
                  x={c.label![0]}
                  y={c.label![1]}
                  className="country-label"
                  style={{ fontSize: COUNTRY_PX * unit }}
                  textAnchor="middle"
                >
                  {c.name}
                </text>
              ))}
            {clusters.map((c, i) => {
              const r = (5 + 13 * Math.sqrt(c.events / max)) / zoom.k;
              const name = c.places.length === 1 ? placeName(c.places[0]!) : `${c.places.length} places`;
              const label = `${name}: ${c.events.toLocaleString('en')} ${c.events === 1 ? 'event' : 'events'}${c.places.length > 1 ? ' (zoom in)' : ''}`;
              return (
                <g key={i}>
                  <circle
                    cx={c.x}
                    cy={c.y}
                    r={r}
                    className="marker"
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    onClick={() => open(c)}
                    onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), open(c))}
                  >
                    <title>{label}</title>
                  </circle>
                  {labels[i] ? (
                    <text
                      x={labels[i].x}
                      y={labels[i].y}
                      textAnchor={labels[i].anchor}
                      className="marker-label"
                      style={{ fontSize: LABEL_PX * unit, strokeWidth: 3 * unit }}
                      aria-hidden="true"
                    >
                      {labels[i].text}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
          <p className="note">
            Circle area shows the number of events. A place opens its event, or filters the timeline to its events; a
            group of places zooms in.
            {places.data.withoutCoordinates
              ? ` ${places.data.withoutCoordinates.toLocaleString('en')} of ${places.data.total.toLocaleString('en')} events have no coordinates and are not shown.`
              : ''}
            {outside
              ? ` ${outside.toLocaleString('en')} happened outside this map (talks abroad: Moscow, Washington, Brussels…).`
              : ''}
          </p>
        </>
      )}
    </Widget>
  );
}

type Zoom = { k: number; cx: number; cy: number };

function ZoomTools({ zoom, setZoom, basemap }: { zoom: Zoom; setZoom: (z: Zoom) => void; basemap: Basemap }) {
  return (
    <>
      <button
        type="button"
        onClick={() => setZoom({ ...zoom, k: Math.min(zoom.k * 2, 8) })}
        disabled={zoom.k >= 8}
        aria-label="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => setZoom({ ...zoom, k: Math.max(zoom.k / 2, 1) })}
        disabled={zoom.k <= 1}
        aria-label="Zoom out"
      >
        −
      </button>
      <button
        type="button"
        onClick={() => setZoom({ k: 1, cx: basemap.width / 2, cy: basemap.height / 2 })}
        disabled={zoom.k === 1}
      >
        Reset
      </button>
    </>
  );
}
