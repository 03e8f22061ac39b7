'use client';
// Multi-select with type-ahead over actor names and aliases, showing each actor's event count.
import { useId, useMemo } from 'react';
import type { ActorSummary } from '@/db/queries/actors';
import { useCombobox } from '@/components/ui/use-combobox';
import { plural } from '@/lib/text/plural';

const MAX_OPTIONS = 30;

export function ActorSelect({
  actors,
  selected,
  onAdd,
  onRemove,
  loading,
}: {
  actors: ActorSummary[];
  selected: string[];
  onAdd: (name: string) => void;
  onRemove: (name: string) => void;
  loading: boolean;
}) {
  const id = useId();
  const combo = useCombobox(id);
  const text = combo.text;
  const options = useMemo(() => {
    const q = text.trim().toLowerCase();
    const chosen = new Set(selected.map((s) => s.toLowerCase()));
    return actors
      .filter((a) => !chosen.has(a.name.toLowerCase()))
      .map((a) => ({
        actor: a,
        alias:
          q && !a.name.toLowerCase().includes(q)
            ? a.aliases.find((al) => al.alias.toLowerCase().includes(q))?.alias
            : undefined,
      }))
      .filter((o) => !q || o.actor.name.toLowerCase().includes(q) || o.alias)
      .slice(0, MAX_OPTIONS);
  }, [actors, selected, text]);
  const pick = (i: number) => {
    const chosen = options[i];
    if (!chosen) return;
    onAdd(chosen.actor.name);
    combo.reset();
  };
  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`}>Actor</label>
      {selected.length ? (
        <div className="chips" aria-label="Chosen actors">
          {selected.map((name) => (
            <span className="chip" key={name}>
              {name}
              <button type="button" aria-label={`Remove actor ${name}`} onClick={() => onRemove(name)}>
                ×
              </button>
            </span>
          ))}
        </div>
      ) : null}
      <input
        {...combo.inputProps({
          count: options.length,
          onPick: pick,
          onBackspaceEmpty: () => selected.length && onRemove(selected[selected.length - 1]!),
        })}
        placeholder={loading ? 'Loading actors…' : 'Name or alias'}
      />
      {combo.open && options.length > 0 ? (
        <ul {...combo.listProps} aria-label="Actors">
          {options.map((o, i) => (
            <li key={o.actor.id} {...combo.optionProps(i, pick)}>
              <span>
                {o.actor.name}
                {o.alias ? <span className="alias"> — “{o.alias}”</span> : null}
              </span>
              <span className="alias">{plural(o.actor.events, 'event')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
