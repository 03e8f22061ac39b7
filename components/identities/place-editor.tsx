'use client';
// An editor's changes to one place: its name, country and coordinates, and another name it goes
// by (the other side's name of a contested place, an older spelling).
import { useId, useState } from 'react';
import { FieldInput } from './field-input';
import { errorFor, fieldOnly, useWrite } from './use-write';

interface Props {
  id: number;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** The coordinates typed, as the PATCH body wants them: unchanged, cleared, or a pair of numbers. */
function coordinates(lat: string, lon: string, was: Props) {
  if (lat === String(was.lat ?? '') && lon === String(was.lon ?? '')) return {};
  if (!lat.trim() && !lon.trim()) return { coordinates: null };
  return { coordinates: { lat: lat.trim() ? Number(lat) : null, lon: lon.trim() ? Number(lon) : null } };
}

export function PlaceEditor(place: Props) {
  const uid = useId();
  const details = useWrite();
  const [form, setForm] = useState({
    name: place.name,
    country: place.country ?? '',
    lat: String(place.lat ?? ''),
    lon: String(place.lon ?? ''),
  });
  const changed = {
    ...(form.name.trim() !== place.name ? { name: form.name } : {}),
    ...(form.country.trim() !== (place.country ?? '') ? { country: form.country } : {}),
    ...coordinates(form.lat, form.lon, place),
  };
  const url = `/api/locations/${place.id}`;
  return (
    <div className="identity-forms">
      <form
        className="filters"
        aria-labelledby={`${uid}-details`}
        onSubmit={(e) => {
          e.preventDefault();
          details.mutate({ url, method: 'PATCH', body: changed });
        }}
      >
        <h3 id={`${uid}-details`}>Name and details</h3>
        <FieldInput
          id={`${uid}-name`}
          label="Name"
          value={form.name}
          required
          maxLength={200}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={errorFor(details.error, 'name')}
        />
        <FieldInput
          id={`${uid}-country`}
          label="Country"
          className="short"
          value={form.country}
          maxLength={3}
          placeholder="AZE"
          onChange={(e) => setForm({ ...form, country: e.target.value })}
          error={fieldOnly(details.error, 'country')}
        />
        <FieldInput
          id={`${uid}-lat`}
          label="Latitude"
          className="short"
          inputMode="decimal"
          value={form.lat}
          onChange={(e) => setForm({ ...form, lat: e.target.value })}
          error={fieldOnly(details.error, 'coordinates.lat')}
        />
        <FieldInput
          id={`${uid}-lon`}
          label="Longitude"
          className="short"
          inputMode="decimal"
          value={form.lon}
          onChange={(e) => setForm({ ...form, lon: e.target.value })}
          error={fieldOnly(details.error, 'coordinates.lon')}
        />
        <button type="submit" disabled={details.isPending || !Object.keys(changed).length}>
          Save
        </button>
      </form>
      <OtherNameForm url={url} />
    </div>
  );
}

/** Another name the place goes by. */
function OtherNameForm({ url }: { url: string }) {
  const uid = useId();
  const [otherName, setOtherName] = useState('');
  const other = useWrite(() => setOtherName(''));
  return (
    <form
      className="filters"
      aria-labelledby={`${uid}-other`}
      onSubmit={(e) => {
        e.preventDefault();
        other.mutate({ url, method: 'PATCH', body: { addName: otherName } });
      }}
    >
      <h3 id={`${uid}-other`}>Add another name</h3>
      <FieldInput
        id={`${uid}-other-name`}
        label="Other name"
        value={otherName}
        required
        maxLength={200}
        onChange={(e) => setOtherName(e.target.value)}
        error={errorFor(other.error, 'addName')}
      />
      <button type="submit" disabled={other.isPending}>
        Add name
      </button>
    </form>
  );
}
