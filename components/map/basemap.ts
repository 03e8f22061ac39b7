import 'server-only';
// The region's countries as SVG paths, projected and clipped on the server from world-atlas's
// 1:50m boundaries: no tile server, and the browser receives a few kilobytes, not the world.
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';

export interface Basemap {
  width: number;
  height: number;
  /** geoMercator().scale(scale).translate(translate) reproduces the projection in the browser. */
  scale: number;
  translate: [number, number];
  countries: { name: string; d: string; focus: boolean; label: [number, number] | null }[];
}

const WIDTH = 640;
const HEIGHT = 420;
type Frame = [[number, number], [number, number]];
// The South Caucasus with its neighbours' edges: lon 38.5–51.2, lat 37.3–43.9.
const REGION: Frame = [
  [38.5, 37.3],
  [51.2, 43.9],
];
const FOCUS = new Set(['Armenia', 'Azerbaijan', 'Georgia']);

function makeBasemap(frame: Frame, width: number, height: number): Basemap {
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      { type: 'MultiPoint', coordinates: frame },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);
  const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries).features;
  const shapes = all
    .map((f) => ({
      name: f.properties?.name ?? '',
      d: path(f) ?? '',
      focus: FOCUS.has(f.properties?.name ?? ''),
      centroid: path.centroid(f),
    }))
    .filter((c) => c.d.length > 0);
  return {
    width,
    height,
    scale: projection.scale(),
    translate: projection.translate() as [number, number],
    countries: shapes.map((c) => ({
      name: c.name,
      d: c.d,
      focus: c.focus,
      label:
        c.centroid.every((v) => Number.isFinite(v)) &&
        c.centroid[0] > 20 &&
        c.centroid[0] < width - 20 &&
        c.centroid[1] > 12 &&
        c.centroid[1] < height - 12
          ? [Math.round(c.centroid[0]), Math.round(c.centroid[1])]
          : null,
    })),
  };
}

let cached: Basemap | undefined;

export function regionBasemap(): Basemap {
  cached ??= makeBasemap(REGION, WIDTH, HEIGHT);
  return cached;
}

const around = new Map<string, Basemap>();

/**
 * The map for one place: the region when the place is in it, else the few degrees around it (talks
 * in Moscow, Brussels…), drawn once per whole-degree square and kept.
 */
export function placeBasemap(lon: number, lat: number): Basemap {
  const [[w, s], [e, n]] = REGION;
  if (lon >= w && lon <= e && lat >= s && lat <= n) return regionBasemap();
  const key = `${Math.round(lon)}:${Math.round(lat)}`;
  let map = around.get(key);
  if (!map) {
    const cx = Math.round(lon);
    const cy = Math.max(-80, Math.min(80, Math.round(lat)));
    map = makeBasemap(
      [
        [cx - 6, cy - 4],
        [cx + 6, cy + 4],
      ],
      WIDTH,
      HEIGHT,
    );
    if (around.size > 200) around.clear();
    around.set(key, map);
  }
  return map;
}
