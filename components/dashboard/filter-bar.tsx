'use client';
// The filter bar: every control reads from and writes to the URL (see use-url-state).
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { parseBound } from '@/lib/dates/precision';
import { actorsOptions, conflictsOptions, placesOptions } from '@/lib/query/options';
import { EVENT_TYPES, getEventType, type DisorderType } from '@/lib/taxonomy/taxonomy';
import { ActorSelect } from './actor-select';
import type { UrlState } from './use-url-state';

const DISORDER_TYPES: DisorderType[] = ['Political violence', 'Demonstrations', 'Strategic developments', 'Diplomacy'];
const FILTER_PARAMS = ['actor', 'actorMatch', 'type', 'subtype', 'from', 'to', 'q', 'location', 'status', 'milestone'];

function DateField({
  label,
  side,
  value,
  onCommit,
}: {
  label: string;
  side: 'from' | 'to';
  value: string;
  onCommit: (v: string) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const v = raw.trim();
    if (v === value) return setError(null);
    if (v && !parseBound(v, side)) return setError('Use YYYY, YYYY-MM or YYYY-MM-DD');
    setError(null);
    onCommit(v);
  };
  return (
    <div className="field date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        key={value}
        defaultValue={value}
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
      {error ? (
        <span id={`${id}-err`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function SearchField({ value, onCommit }: { value: string; onCommit: (v: string) => void }) {
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  return (
    <div className="field search">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        key={value}
        type="search"
        defaultValue={value}
        placeholder="Words in title or summary"
        onChange={(e) => {
          const v = e.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onCommit(v.trim()), 450);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            onCommit(e.currentTarget.value.trim());
          }
        }}
      />
    </div>
  );
}

/** With several actors: whether an event needs any of them or all of them, said in words beside the choice. */
function ActorMatchField({ value, onChange }: { value: 'any' | 'all'; onChange: (v: 'any' | 'all') => void }) {
  const id = useId();
  const hint = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Match</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint}
        onChange={(e) => onChange(e.target.value === 'all' ? 'all' : 'any')}
      >
        <option value="any">Any actor</option>
        <option value="all">All actors</option>
      </select>
      <span id={hint} className="hint" data-testid="actor-match-hint">
        {value === 'all' ? 'Events with every chosen actor' : 'Events with at least one chosen actor'}
      </span>
    </div>
  );
}

export function FilterBar({ state, total }: { state: UrlState; total: number | undefined }) {
  const { params, update, conflict } = state;
  const actors = useQuery(actorsOptions(conflict));
  const conflicts = useQuery(conflictsOptions());
  const datasetId = useId();
  const places = useQuery(placesOptions(conflict ? `conflict=${conflict}` : ''));
  const typeId = useId();
  const subId = useId();
  const locId = useId();
  const type = params.get('type') ?? '';
  const set = (key: string, value: string) => update((p) => (value ? p.set(key, value) : p.delete(key)));
  const chosenActors = params.getAll('actor');
  const hasFilters = FILTER_PARAMS.some((k) => params.has(k));
  const placeList = [...(places.data?.places ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const active = FILTER_PARAMS.filter((k) => k !== 'actorMatch').reduce((n, k) => n + params.getAll(k).length, 0);
  const [open, setOpen] = useState(false);
  const panelId = useId();

  return (
    <form
      id={panelId}
      className={`filters${open ? '' : ' collapsed'}`}
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => e.preventDefault()}
    >
      {/* On a phone the fields fold away behind this button (CSS shows it only there), the count stays. */}
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Filters ({active})
      </button>
      {(conflicts.data?.conflicts.length ?? 0) > 1 ? (
        <div className="field">
          <label htmlFor={datasetId}>Dataset</label>
          {/* Another dataset has other actors and places: start its view afresh. */}
          <select
            id={datasetId}
            value={conflict ?? conflicts.data!.conflicts[0]!.slug}
            onChange={(e) =>
              update((p) => {
                for (const k of [...FILTER_PARAMS, 'conflict']) p.delete(k);
                if (e.target.value !== conflicts.data!.conflicts[0]!.slug) p.set('conflict', e.target.value);
              })
            }
          >
            {conflicts.data!.conflicts.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name} ({c.events.toLocaleString('en')})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ActorSelect
        actors={actors.data?.actors ?? []}
        loading={actors.isPending}
        selected={chosenActors}
        onAdd={(name) => update((p) => p.append('actor', name))}
        onRemove={(name) =>
          update((p) => {
            const rest = p.getAll('actor').filter((a) => a !== name);
            p.delete('actor');
            rest.forEach((a) => p.append('actor', a));
            if (rest.length < 2) p.delete('actorMatch');
          })
        }
      />
      {chosenActors.length > 1 ? (
        <ActorMatchField
          value={params.get('actorMatch') === 'all' ? 'all' : 'any'}
          onChange={(v) => set('actorMatch', v === 'all' ? 'all' : '')}
        />
      ) : null}
      <div className="field">
        <label htmlFor={typeId}>Event type</label>
        <select
          id={typeId}
          value={type}
          onChange={(e) =>
            update((p) => {
              if (e.target.value) p.set('type', e.target.value);
              else p.delete('type');
              p.delete('subtype');
            })
          }
        >
          <option value="">All types</option>
          {DISORDER_TYPES.map((d) => (
            <optgroup key={d} label={d}>
              {EVENT_TYPES.filter((t) => t.disorderType === d).map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {type ? (
        <div className="field">
          <label htmlFor={subId}>Sub-type</label>
          <select id={subId} value={params.get('subtype') ?? ''} onChange={(e) => set('subtype', e.target.value)}>
            <option value="">All sub-types</option>
            {getEventType(type)?.subTypes.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <DateField label="From" side="from" value={params.get('from') ?? ''} onCommit={(v) => set('from', v)} />
      <DateField label="To" side="to" value={params.get('to') ?? ''} onCommit={(v) => set('to', v)} />
      <SearchField value={params.get('q') ?? ''} onCommit={(v) => set('q', v)} />
      <div className="field">
        <label htmlFor={locId}>Location</label>
        <select id={locId} value={params.get('location') ?? ''} onChange={(e) => set('location', e.target.value)}>
          <option value="">Anywhere</option>
          {placeList.map((pl) => (
            <option key={pl.id} value={pl.name}>
              {pl.altNames.length ? `${pl.name} / ${pl.altNames[0]}` : pl.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        disabled={!hasFilters}
        onClick={() => update((p) => FILTER_PARAMS.forEach((k) => p.delete(k)))}
      >
        Clear all
      </button>
      <ExportLinks filterKey={state.filterKey} />
      <p className="count" aria-live="polite" data-testid="event-count">
        {total === undefined ? 'Counting…' : `${total.toLocaleString('en')} ${total === 1 ? 'event' : 'events'}`}
      </p>
    </form>
  );
}

/** The exports of exactly this view; the server names each file after it. */
function ExportLinks({ filterKey }: { filterKey: string }) {
  return (
    <nav className="exports" aria-label="Export these events">
      <span className="hint">Export:</span>{' '}
      {(
        [
          ['acled', 'ACLED CSV'],
          ['json', 'JSON'],
          ['geojson', 'GeoJSON'],
          ['ics', 'Calendar'],
        ] as const
      ).map(([f, label]) => (
        <a key={f} href={`/api/export?format=${f}${filterKey ? `&${filterKey}` : ''}`} download>
          {label}
        </a>
      ))}
    </nav>
  );
}
