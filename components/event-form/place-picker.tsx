'use client';
// Type-ahead over the gazetteer (any of a place's names), with "new place" for a name it lacks.
import { useMemo } from 'react';
import type { Place } from '@/db/queries/locations';
import type { FormLocation } from '@/lib/forms/event-form-state';
import { useCombobox } from '@/components/ui/use-combobox';

export function PlacePicker({
  id,
  places,
  error,
  onChange,
}: {
  id: string;
  places: Place[];
  error: string | undefined;
  onChange: (l: FormLocation) => void;
}) {
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
  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`}>Place</label>
      <input
        {...combo.inputProps({ count: items.length, onPick: pick })}
        placeholder="Any of its names — or leave empty"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {combo.open && items.length ? (
        <ul {...combo.listProps} aria-label="Places">
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
  );
}
