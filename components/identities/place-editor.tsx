'use client';
// An editor's changes to one place: its name, country and coordinates, and another name it goes
// by (the other side's name of a contested place, an older spelling).
import { useState } from 'react';
import { FieldInput } from './field-input';
import { KINDS } from './kinds';
import { DetailsForm, PatchForm } from './patch-form';
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
  const url = `${KINDS.place.api}/${place.id}`;
  const coordinate = (uid: string, key: 'lat' | 'lon', label: string) => (
    <FieldInput
      id={`${uid}-${key}`}
      label={label}
      className="short"
      inputMode="decimal"
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      error={fieldOnly(details.error, `coordinates.${key}`)}
    />
  );
  return (
    <div className="identity-forms">
      <DetailsForm
        write={details}
        url={url}
        changed={changed}
        name={form.name}
        country={form.country}
        countryPlaceholder="AZE"
        set={(field) => setForm({ ...form, ...field })}
        afterCountry={(uid) => (
          <>
            {coordinate(uid, 'lat', 'Latitude')}
            {coordinate(uid, 'lon', 'Longitude')}
          </>
        )}
      />
      <OtherNameForm url={url} />
    </div>
  );
}

/** Another name the place goes by. */
function OtherNameForm({ url }: { url: string }) {
  const [otherName, setOtherName] = useState('');
  const other = useWrite(() => setOtherName(''));
  return (
    <PatchForm title="Add another name" submit="Add name" write={other} url={url} body={{ addName: otherName }}>
      {(uid) => (
        <FieldInput
          id={`${uid}-other-name`}
          label="Other name"
          value={otherName}
          required
          maxLength={200}
          onChange={(e) => setOtherName(e.target.value)}
          error={errorFor(other.error, 'addName')}
        />
      )}
    </PatchForm>
  );
}
