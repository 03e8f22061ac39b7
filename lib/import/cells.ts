// Numbers in CSV cells, read strictly: JavaScript's Number() takes "1e3", "0x10" and "Infinity", which
// no spreadsheet means as a count or a coordinate. Ranges come from the schemas the form and the API use.
import { LATITUDE, LONGITUDE } from '@/lib/validation/primitives';

export type Cell<T> = { ok: true; value: T } | { ok: false; reason: string };

const WHOLE = /^\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A count (fatalities): digits only, or an empty cell for "not known". */
export function wholeNumberCell(column: string, cell: string | undefined): Cell<number | null> {
  const v = cell?.trim() ?? '';
  if (!v) return { ok: true, value: null };
  if (!WHOLE.test(v)) return { ok: false, reason: `${column} "${v}" is not a whole number (digits only, like 12)` };
  return { ok: true, value: Number(v) };
}

function coordinateCell(column: string, cell: string | undefined, schema: typeof LATITUDE): Cell<number | null> {
  const v = cell?.trim() ?? '';
  if (!v) return { ok: true, value: null };
  if (!DECIMAL.test(v)) return { ok: false, reason: `${column} "${v}" is not a decimal number (like 40.18)` };
  const parsed = schema.safeParse(Number(v));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.error.issues[0]!.message };
}

/** Latitude and longitude cells: both or neither (a place may be stored without coordinates). */
export function coordinateCells(
  latitude: string | undefined,
  longitude: string | undefined,
): Cell<{ lat: number | null; lon: number | null }> {
  const lat = coordinateCell('latitude', latitude, LATITUDE);
  if (!lat.ok) return lat;
  const lon = coordinateCell('longitude', longitude, LONGITUDE);
  if (!lon.ok) return lon;
  if ((lat.value === null) !== (lon.value === null)) {
    const missing = lat.value === null ? 'latitude' : 'longitude';
    return { ok: false, reason: `${missing} is missing: give both coordinates or neither` };
  }
  return { ok: true, value: { lat: lat.value, lon: lon.value } };
}
