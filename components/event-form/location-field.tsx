'use client';
// The place: type-ahead over the gazetteer (any of a place's names), or a new place with coordinates.
import { useId, useMemo } from 'react';
import type { Place } from '@/db/queries/locations';
import type { FormLocation } from '@/lib/forms/event-form-state';
import { useCombobox } from '@/components/ui/use-combobox';
import { controlProps, Field, type Errors } from './field';
import { nameCleaningText } from './name-cleaning-note';

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
  const combo = useCombobox(id);
  const text = combo.text;
  const q = text.trim().toLowerCase();
  const options = useMemo(
    () =>
      q
        ? places
            .filter((p) => p.name.toLowerCase().includes(q) || p.altNames.some((n) => n.toLowerCase().includes(q)))
            .slice(0, 10)
        : [],
    [places, q],
  );
  const items = [
    ...options.map((p) => ({ place: p })),
    ...(q && !places.some((p) => p.name.toLowerCase() === q) ? [{ place: null }] : []),
  ];
  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    onChange(item.place ? { id: item.place.id, name: item.place.name } : { newName: text.trim(), lat: '', lon: '' });
    combo.reset();
  };
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
        <div className="filters">
          <Field
            id={`${id}-name`}
            label="Place name"
            param="location.newName"
            errors={errors}
            hint={nameCleaningText(value.newName) ?? undefined}
            required
          >
            <input
              {...controlProps(`${id}-name`, errors, 'location.newName', {
                required: true,
                hint: Boolean(nameCleaningText(value.newName)),
              })}
              value={value.newName}
              onChange={(e) => onChange({ ...value, newName: e.target.value })}
            />
          </Field>
          <Field
            id={`${id}-lat`}
            label="Latitude"
            param="location.lat"
            errors={errors}
            hint="Decimal degrees, −90 to 90 (north positive)"
            required
          >
            <input
              {...controlProps(`${id}-lat`, errors, 'location.lat', { required: true, hint: true })}
              inputMode="decimal"
              value={value.lat}
              onChange={(e) => onChange({ ...value, lat: e.target.value })}
            />
          </Field>
          <Field
            id={`${id}-lon`}
            label="Longitude"
            param="location.lon"
            errors={errors}
            hint="Decimal degrees, −180 to 180 (east positive)"
            required
          >
            <input
              {...controlProps(`${id}-lon`, errors, 'location.lon', { required: true, hint: true })}
              inputMode="decimal"
              value={value.lon}
              onChange={(e) => onChange({ ...value, lon: e.target.value })}
            />
          </Field>
          <div className="field">
            <button type="button" onClick={() => onChange(null)}>
              Don’t add a place
            </button>
            <span className="hint">Leaves the event without a location</span>
          </div>
        </div>
      ) : (
        <div className="field combo">
          <label htmlFor={`${id}-input`}>Place</label>
          <input
            {...combo.inputProps({ count: items.length, onPick: pick })}
            placeholder="Any of its names — or leave empty"
            aria-invalid={err ? true : undefined}
            aria-describedby={err ? `${id}-error` : undefined}
          />
          {combo.open && items.length ? (
            <ul role="listbox" id={combo.listId} aria-label="Places">
              {items.map((item, i) => (
                <li key={item.place?.id ?? 'new'} {...combo.optionProps(i, pick)}>
                  {item.place ? (
                    <span>
                      {item.place.name}
                      {item.place.altNames.length ? (
                        <span className="alias"> / {item.place.altNames.join(' / ')}</span>
                      ) : null}
                    </span>
                  ) : (
                    <span>New place “{text.trim()}”…</span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      {err ? (
        <span id={`${id}-error`} className="field-error">
          {err}
        </span>
      ) : null}
    </fieldset>
  );
}
