'use client';
// The place: type-ahead over the gazetteer (any of a place's names), or a new place with coordinates.
import { useId, useMemo } from 'react';
import type { Place } from '@/db/queries/locations';
import type { FormLocation } from '@/lib/forms/event-form-state';
import { useCombobox } from '@/components/ui/use-combobox';
import { controlProps, type Errors } from './field';
import { NameCleaningNote } from './name-cleaning-note';

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
          <div className="field">
            <label htmlFor={`${id}-name`}>Place name</label>
            <input
              {...controlProps(`${id}-name`, errors, 'location.newName')}
              value={value.newName}
              onChange={(e) => onChange({ ...value, newName: e.target.value })}
            />
            <NameCleaningNote name={value.newName} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-lat`}>Latitude</label>
            <input
              {...controlProps(`${id}-lat`, errors, 'location.lat')}
              inputMode="decimal"
              value={value.lat}
              placeholder="39.8153"
              onChange={(e) => onChange({ ...value, lat: e.target.value })}
            />
            {errors['location.lat'] ? (
              <span id={`${id}-lat-error`} className="field-error">
                {errors['location.lat']}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-lon`}>Longitude</label>
            <input
              {...controlProps(`${id}-lon`, errors, 'location.lon')}
              inputMode="decimal"
              value={value.lon}
              placeholder="46.7519"
              onChange={(e) => onChange({ ...value, lon: e.target.value })}
            />
            {errors['location.lon'] ? (
              <span id={`${id}-lon-error`} className="field-error">
                {errors['location.lon']}
              </span>
            ) : null}
          </div>
          <button type="button" onClick={() => onChange(null)}>
            No new place
          </button>
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
