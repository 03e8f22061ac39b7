'use client';
// Filtered events on an offline map of the region. Places are clustered on a pixel grid that
// shrinks as you zoom in; a place opens its events (it becomes the Location filter). Events with
// no coordinates are counted under the map, never dropped silently.
import { useSuspenseQuery } from '@tanstack/react-query';
import { geoMercator } from 'd3-geo';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { PlaceCount, Places } from '@/db/queries/places';
import { overlaps, placeLabels, textWidth, type Box, type PlacedLabel } from '@/lib/geo/label-layout';
import { placesOptions } from '@/lib/query/options';
import { ImageDownloads } from '@/components/ui/image-download';
import { EmptyState, Widget } from '@/components/ui/widget';
import type { UrlState } from '@/components/dashboard/use-url-state';
import type { ViewShare } from '@/components/dashboard/use-view-share';
import type { Basemap } from './basemap';
import { useWidth } from './use-width';
import { plural } from '@/lib/text/plural';

/** A cluster's cell on screen, in px: the grid shrinks, in map units, as the map zooms in or widens. */
const CELL_PX = 34;
/** On a phone's narrow map, wider cells: fewer circles, each with room for its name. */
const CELL_PX_NARROW = 48;
type Cluster = { x: number; y: number; events: number; places: PlaceCount[] };
type Zoom = { k: number; cx: number; cy: number };
type Projection = ReturnType<typeof geoMercator>;
type View = Box & { w: number; h: number };

const placeName = (p: PlaceCount) => (p.altNames.length ? `${p.name} / ${p.altNames[0]}` : p.name);
/** On screen, whatever the map's width: 12 px labels for places and countries alike. */
const LABEL_PX = 12;
const COUNTRY_PX = 12;

const onMap = (xy: [number, number] | null, basemap: Basemap): xy is [number, number] =>
  !!xy && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= basemap.width && xy[1] <= basemap.height;

/** `share`: the view's caption and file names, for the map's PNG and SVG. Suspends until the places are in. */
export function RegionMap({ state, basemap, share }: { state: UrlState; basemap: Basemap; share?: ViewShare }) {
  const places = useSuspenseQuery(placesOptions(state.filterKey));
  const [zoom, setZoom] = useState<Zoom>({ k: 1, cx: basemap.width / 2, cy: basemap.height / 2 });
  const svg = useRef<SVGSVGElement | null>(null);
  const data = places.data;
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
              disabled={!data.total}
              source={() => svg.current}
              caption={() => share.caption('Map of events')}
              fileName={(ext) => share.fileName('map', ext)}
            />
          ) : null}
        </>
      }
      className="map"
    >
      {data.total === 0 ? (
        <EmptyState>No events match these filters.</EmptyState>
      ) : (
        <>
          <MapSvg state={state} basemap={basemap} places={data.places} zoom={zoom} setZoom={setZoom} imageRef={svg} />
          <MapNote places={data} basemap={basemap} />
        </>
      )}
    </Widget>
  );
}

/** Places clustered on a grid of `size` map units, the biggest clusters first. */
function useClusters(places: PlaceCount[], projection: Projection, size: number, basemap: Basemap): Cluster[] {
  return useMemo(() => {
    const cells = new Map<string, Cluster>();
    for (const p of places) {
      const xy = projection([p.lon, p.lat]);
      if (!onMap(xy, basemap)) continue;
      const key = `${Math.floor(xy[0] / size)}:${Math.floor(xy[1] / size)}`;
      const c = cells.get(key) ?? { x: 0, y: 0, events: 0, places: [] };
      // Event-weighted centre, so a cluster sits where most of its events are.
      c.x = (c.x * c.events + xy[0] * p.events) / (c.events + p.events);
      c.y = (c.y * c.events + xy[1] * p.events) / (c.events + p.events);
      c.events += p.events;
      c.places.push(p);
      cells.set(key, c);
    }
    // Rounded: the server's and the browser's Math.log may differ in the last bit, and the markup must match.
    const round = (v: number) => Math.round(v * 100) / 100;
    return [...cells.values()].map((c) => ({ ...c, x: round(c.x), y: round(c.y) })).sort((a, b) => b.events - a.events);
  }, [places, projection, size, basemap]);
}

/** The part of the map in view at this zoom, kept inside the map. */
function viewOf(zoom: Zoom, basemap: Basemap): View {
  const w = basemap.width / zoom.k;
  const h = basemap.height / zoom.k;
  const x0 = Math.min(Math.max(zoom.cx - w / 2, 0), basemap.width - w);
  const y0 = Math.min(Math.max(zoom.cy - h / 2, 0), basemap.height - h);
  return { x0, y0, x1: x0 + w, y1: y0 + h, w, h };
}

/** Where each country's name sits, with the box its glyphs fill (place labels keep clear of it): at its centre,
 *  or a line or two above or below when a marker sits there. */
function countryLabels(basemap: Basemap, fontSize: number, markers: Box[]) {
  return basemap.countries
    .filter((c) => c.focus && c.label)
    .map((c) => {
      const [x, cy] = c.label!;
      const w = textWidth(c.name, fontSize);
      const at = (y: number) => ({ x0: x - w / 2, y0: y - fontSize * 0.95, x1: x + w / 2, y1: y + fontSize * 0.3 });
      const clear = (y: number) => !markers.some((m) => overlaps(m, at(y)));
      const y = [0, -1.4, 1.4, -2.8, 2.8].map((d) => cy + d * fontSize).find(clear) ?? cy;
      return { name: c.name, x, y, box: at(y) };
    });
}

/** A cluster's circle: its area grows with its events; it keeps its size on screen as the map zooms. */
const radiusOf = (c: Cluster, max: number, k: number) => (5 + 13 * Math.sqrt(c.events / max)) / k;
const circleBox = (c: Cluster, r: number): Box => ({ x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r });

/** Each cluster's label, clear of the others, of the markers and of the country names. */
function useMarkerLabels(clusters: Cluster[], k: number, { x0, y0, x1, y1 }: View, unit: number, obstacles: Box[]) {
  return useMemo(() => {
    const max = Math.max(1, ...clusters.map((c) => c.events));
    const items = clusters.map((c) => {
      const only = c.places.length === 1 ? c.places[0]! : null;
      const texts = only ? [placeName(only), only.name] : [`${c.places.length} places`];
      return { x: c.x, y: c.y, r: radiusOf(c, max, k), texts };
    });
    return placeLabels(items, { fontSize: LABEL_PX * unit, view: { x0, y0, x1, y1 }, obstacles });
  }, [clusters, k, unit, x0, y0, x1, y1, obstacles]);
}

/** A place opens its only event, or becomes the Location filter; a group of places zooms in on it. */
function useOpenCluster(state: UrlState, zoom: Zoom, setZoom: (z: Zoom) => void) {
  const router = useRouter();
  return (c: Cluster) => {
    const only = c.places.length === 1 ? c.places[0]! : null;
    if (only?.onlyEventId) router.push(`/events/${only.onlyEventId}`);
    else if (only) state.update((p) => p.set('location', only.name));
    else setZoom({ k: Math.min(zoom.k * 2, 8), cx: c.x, cy: c.y });
  };
}

function MapSvg({
  state,
  basemap,
  places,
  zoom,
  setZoom,
  imageRef,
}: {
  state: UrlState;
  basemap: Basemap;
  places: PlaceCount[];
  zoom: Zoom;
  setZoom: (z: Zoom) => void;
  imageRef: RefObject<SVGSVGElement | null>;
}) {
  const [widthRef, shownWidth] = useWidth<SVGSVGElement>(basemap.width);
  // One element, two users: the image download reads it, the label size follows its width.
  const svgRef = useCallback(
    (el: SVGSVGElement | null) => {
      imageRef.current = el;
      const stop = widthRef(el);
      return () => {
        imageRef.current = null;
        stop?.();
      };
    },
    [widthRef, imageRef],
  );
  const projection = useMemo(() => geoMercator().scale(basemap.scale).translate(basemap.translate), [basemap]);
  const view = viewOf(zoom, basemap);
  // User units per screen pixel: text sized in pixels stays that size at any width and zoom.
  const unit = view.w / shownWidth;
  const clusters = useClusters(places, projection, (shownWidth < 500 ? CELL_PX_NARROW : CELL_PX) * unit, basemap);
  const max = Math.max(1, ...clusters.map((c) => c.events));
  const countries = useMemo(
    () =>
      countryLabels(
        basemap,
        COUNTRY_PX * unit,
        clusters.map((c) => circleBox(c, radiusOf(c, max, zoom.k))),
      ),
    [basemap, unit, clusters, max, zoom.k],
  );
  const obstacles = useMemo(() => countries.map((c) => c.box), [countries]);
  const labels = useMarkerLabels(clusters, zoom.k, view, unit, obstacles);
  const { x0, y0 } = view;

  const open = useOpenCluster(state, zoom, setZoom);

  return (
    <svg
      ref={svgRef}
      viewBox={`${x0} ${y0} ${view.w} ${view.h}`}
      role="group"
      aria-label={`Map of the South Caucasus with ${places.length} places`}
    >
      {basemap.countries.map((c) => (
        <path key={c.name} d={c.d} className={c.focus ? 'land focus' : 'land'}>
          <title>{c.name}</title>
        </path>
      ))}
      {countries.map((c) => (
        <text
          key={`l-${c.name}`}
          x={c.x}
          y={c.y}
          className="country-label"
          style={{ fontSize: COUNTRY_PX * unit }}
          textAnchor="middle"
        >
          {c.name}
        </text>
      ))}
      {clusters.map((c, i) => (
        <Marker key={i} cluster={c} r={radiusOf(c, max, zoom.k)} label={labels[i] ?? null} unit={unit} open={open} />
      ))}
    </svg>
  );
}

function Marker({
  cluster: c,
  r,
  label,
  unit,
  open,
}: {
  cluster: Cluster;
  r: number;
  label: PlacedLabel | null;
  unit: number;
  open: (c: Cluster) => void;
}) {
  const name = c.places.length === 1 ? placeName(c.places[0]!) : `${c.places.length} places`;
  const events = plural(c.events, 'event');
  const description = `${name}: ${events}${c.places.length > 1 ? ' (zoom in)' : ''}`;
  return (
    <g>
      <circle
        cx={c.x}
        cy={c.y}
        r={r}
        className="marker"
        role="button"
        tabIndex={0}
        aria-label={description}
        onClick={() => open(c)}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), open(c))}
      >
        <title>{description}</title>
      </circle>
      {label ? (
        <text
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          className="marker-label"
          style={{ fontSize: LABEL_PX * unit, strokeWidth: 3 * unit }}
          aria-hidden="true"
        >
          {label.text}
        </text>
      ) : null}
    </g>
  );
}

/** What the circles mean, and the events the map cannot show. */
function MapNote({ places, basemap }: { places: Places; basemap: Basemap }) {
  const projection = geoMercator().scale(basemap.scale).translate(basemap.translate);
  const outside = places.places
    .filter((p) => !onMap(projection([p.lon, p.lat]), basemap))
    .reduce((n, p) => n + p.events, 0);
  const count = (n: number) => n.toLocaleString('en');
  return (
    <p className="note">
      Circle area shows the number of events. A place opens its event, or filters the timeline to its events; a group of
      places zooms in.
      {places.withoutCoordinates
        ? ` ${count(places.withoutCoordinates)} of ${count(places.total)} events have no coordinates and are not shown.`
        : ''}
      {outside ? ` ${count(outside)} happened outside this map (talks abroad: Moscow, Washington, Brussels…).` : ''}
    </p>
  );
}

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
