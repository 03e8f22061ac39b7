import 'server-only';
// The event's place on the offline map (world-atlas boundaries drawn on the server, no tile server,
// no script): a dot with the place's name. The name is HTML laid over the picture, so it keeps its
// size in pixels whatever the width of the screen.
import { geoMercator } from 'd3-geo';
import { placeBasemap, regionBasemap } from './basemap';

export function EventMap({ name, lat, lon }: { name: string; lat: number; lon: number }) {
  const basemap = placeBasemap(lon, lat);
  const xy = geoMercator().scale(basemap.scale).translate(basemap.translate)([lon, lat]);
  if (!xy) return null;
  const [x, y] = xy;
  const left = (x / basemap.width) * 100;
  const top = (y / basemap.height) * 100;
  return (
    <figure className="map event-map" aria-labelledby="event-map-caption">
      <div className="event-map-frame">
        <svg viewBox={`0 0 ${basemap.width} ${basemap.height}`} role="img" aria-label={`Map: ${name}`}>
          {basemap.countries.map((c) => (
            <path key={c.name} d={c.d} className={c.focus ? 'land focus' : 'land'} />
          ))}
          {basemap.countries
            .filter((c) => c.label)
            .map((c) => (
              <text key={`l-${c.name}`} x={c.label![0]} y={c.label![1]} className="country-label" textAnchor="middle">
                {c.name}
              </text>
            ))}
          <circle cx={x} cy={y} r={7} className="marker" />
        </svg>
        <span
          className={`event-map-label ${left > 60 ? 'to-left' : ''}`}
          style={{ left: `${left}%`, top: `${top}%` }}
          aria-hidden="true"
        >
          {name}
        </span>
      </div>
      <figcaption id="event-map-caption" className="note">
        {name} on the map{basemap === regionBasemap() ? ' of the South Caucasus' : ', with the countries around it'}
      </figcaption>
    </figure>
  );
}
