// Great-circle distance, for telling whether two records of a place name the same spot.
const EARTH_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Kilometres between two points (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Two points this close are one place under one name (a town's centre as two sources give it). */
export const SAME_PLACE_KM = 25;
