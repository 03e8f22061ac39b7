'use client';
// Multi-select with type-ahead over actor names and aliases, showing each actor's event count.
// ARIA 1.2 combobox pattern: the input owns a listbox; arrows move, Enter picks, Escape closes.
import { useId, useMemo, useState } from 'react';
import type { ActorSummary } from '@/db/queries/actors';

const MAX_OPTIONS = 30;

export function ActorSelect({ actors, selected, onAdd, onRemove, loading }: {
  actors: ActorSummary[]; selected: string[]; onAdd: (name: string) => void; onRemove: (name: string) => void; loading: boolean;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => {
    const q = text.trim().toLowerCase();
    const chosen = new Set(selected.map((s) => s.toLowerCase()));
    return actors
      .filter((a) => !chosen.has(a.name.toLowerCase()))
      .map((a) => ({ actor: a, alias: q && !a.name.toLowerCase().includes(q) ? a.aliases.find((al) => al.alias.toLowerCase().includes(q))?.alias : undefined }))
      .filter((o) => !q || o.actor.name.toLowerCase().includes(q) || o.alias)
      .slice(0, MAX_OPTIONS);
  }, [actors, selected, text]);
  const pick = (name: string) => {
    onAdd(name);
    setText('');
    setActive(0);
    setOpen(false);
  };
  const listId = `${id}-list`;
  return (
    <div className="field combo">
      <label htmlFor={`${id}-input`}>Actor</label>
      {selected.length ? (
        <div className="chips" aria-label="Chosen actors">
          {selected.map((name) => (
            <span className="chip" key={name}>
              {name}
              <button type="button" aria-label={`Remove actor ${name}`} onClick={() => onRemove(name)}>×</button>
            </span>
          ))}
        </div>
      ) : null}
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
        placeholder={loading ? 'Loading actors…' : 'Name or alias'}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault();
            pick(options[active].actor.name);
          } else if (e.key === 'Escape') {
            setOpen(false);
          } else if (e.key === 'Backspace' && !text && selected.length) {
            onRemove(selected[selected.length - 1]!);
          }
        }}
      />
      {open && options.length > 0 ? (
        <ul role="listbox" id={listId} aria-label="Actors">
          {options.map((o, i) => (
            <li
              key={o.actor.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o.actor.name)}
            >
              <span>
                {o.actor.name}
                {o.alias ? <span className="alias"> — “{o.alias}”</span> : null}
              </span>
              <span className="alias">{o.actor.events.toLocaleString('en')} events</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
