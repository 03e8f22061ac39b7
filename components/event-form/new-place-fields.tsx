'use client';
// A place the gazetteer does not have yet: its name and, when known, its coordinates (both or neither: without
// them the place is counted under the map until someone adds them), or back to no place at all.
import { controlProps, Field, type Errors } from './field';
import { nameCleaningText } from './name-cleaning-note';

type NewPlace = { newName: string; lat: string; lon: string };

export function NewPlaceFields({
  id,
  value,
  errors,
  onChange,
}: {
  id: string;
  value: NewPlace;
  errors: Errors;
  onChange: (l: NewPlace | null) => void;
}) {
  const cleaning = nameCleaningText(value.newName);
  const coordinate = (key: 'lat' | 'lon', label: string, hint: string) => (
    <Field id={`${id}-${key}`} label={label} param={`location.${key}`} errors={errors} hint={hint}>
      <input
        {...controlProps(`${id}-${key}`, errors, `location.${key}`, { hint: true })}
        inputMode="decimal"
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
    </Field>
  );
  return (
    <div className="filters">
      <Field
        id={`${id}-name`}
        label="Place name"
        param="location.newName"
        errors={errors}
        hint={cleaning ?? undefined}
        required
      >
        <input
          {...controlProps(`${id}-name`, errors, 'location.newName', { required: true, hint: Boolean(cleaning) })}
          value={value.newName}
          onChange={(e) => onChange({ ...value, newName: e.target.value })}
        />
      </Field>
      {coordinate('lat', 'Latitude', 'Decimal degrees, −90 to 90 (north positive); empty if unknown')}
      {coordinate('lon', 'Longitude', 'Decimal degrees, −180 to 180 (east positive); empty if unknown')}
      <div className="field">
        <button type="button" onClick={() => onChange(null)}>
          Don’t add a place
        </button>
        <span className="hint">Leaves the event without a location</span>
      </div>
    </div>
  );
}
