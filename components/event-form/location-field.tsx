'use client';
// The place: type-ahead over the gazetteer (any of a place's names), or a new place with coordinates.
import { useId } from 'react';
import type { Place } from '@/db/queries/locations';
import type { FormLocation } from '@/lib/forms/event-form-state';
import type { Errors } from './field';
import { NewPlaceFields } from './new-place-fields';
import { PlacePicker } from './place-picker';

export function LocationField({
  value,
  places,
  errors,
  onChange,
}: {
  value: FormLocation;
  places: Place[];
  errors: Errors;
  onChange: (l: FormLocation) => void;
}) {
  const id = useId();
  const err = errors.location;
  return (
    <fieldset className="form-group">
      <legend>Location</legend>
      {value && 'id' in value ? (
        <p>
          <strong>{value.name}</strong>{' '}
          <button type="button" onClick={() => onChange(null)} aria-label={`Remove place ${value.name}`}>
            Change
          </button>
        </p>
      ) : value ? (
        <NewPlaceFields id={id} value={value} errors={errors} onChange={onChange} />
      ) : (
        <PlacePicker id={id} places={places} error={err} onChange={onChange} />
      )}
      {err ? (
        <span id={`${id}-error`} className="field-error">
          {err}
        </span>
      ) : null}
    </fieldset>
  );
}
