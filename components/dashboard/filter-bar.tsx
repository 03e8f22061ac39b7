'use client';
// The filter bar: every control reads from and writes to the URL (see use-url-state).
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { parseBound } from '@/lib/dates/precision';
import { actorsOptions, conflictsOptions, placesOptions } from '@/lib/query/options';
import { EVENT_TYPES, getEventType, type DisorderType } from '@/lib/taxonomy/taxonomy';
import type { PlaceCount } from '@/db/queries/places';
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

/** `count`: the number of matching events, which streams in on its own (EventCount). */
export function FilterBar({ state, count }: { state: UrlState; count: ReactNode }) {
  const { params, update, conflict } = state;
  const actors = useQuery(actorsOptions(conflict));
  const set = (key: string, value: string) => update((p) => (value ? p.set(key, value) : p.delete(key)));
  const chosenActors = params.getAll('actor');
  const hasFilters = FILTER_PARAMS.some((k) => params.has(k));
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
      <DatasetField state={state} />
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
      <EventTypeFields state={state} />
      <DateField label="From" side="from" value={params.get('from') ?? ''} onCommit={(v) => set('from', v)} />
      <DateField label="To" side="to" value={params.get('to') ?? ''} onCommit={(v) => set('to', v)} />
      <SearchField value={params.get('q') ?? ''} onCommit={(v) => set('q', v)} />
      {/* The gazetteer is the map's own query on an unfiltered view, which the server streams: it waits the
          same way. */}
      {/* An unknown conflict has no places to offer (the banner says why). */}
      <Suspense fallback={<LocationSelect value={params.get('location') ?? ''} places={[]} onChange={() => {}} />}>
        {state.errors.some((e) => e.param === 'conflict') ? null : <LocationField state={state} />}
      </Suspense>
      <button
        type="button"
        disabled={!hasFilters}
        onClick={() => update((p) => FILTER_PARAMS.forEach((k) => p.delete(k)))}
      >
        Clear all
      </button>
      <ExportLinks filterKey={state.filterKey} />
      <p className="count" aria-live="polite" data-testid="event-count">
        {count}
      </p>
    </form>
  );
}

/** Shown when more than one conflict is loaded; another dataset has other actors and places, so its view starts
 *  afresh. */
function DatasetField({ state: { conflict, update } }: { state: UrlState }) {
  const conflicts = useQuery(conflictsOptions());
  const id = useId();
  const all = conflicts.data?.conflicts ?? [];
  if (all.length <= 1) return null;
  const first = all[0]!.slug;
  return (
    <div className="field">
      <label htmlFor={id}>Dataset</label>
      <select
        id={id}
        value={conflict ?? first}
        onChange={(e) =>
          update((p) => {
            for (const k of [...FILTER_PARAMS, 'conflict']) p.delete(k);
            if (e.target.value !== first) p.set('conflict', e.target.value);
          })
        }
      >
        {all.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name} ({c.events.toLocaleString('en')})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Event type, grouped by disorder type, and once one is chosen its sub-types. */
function EventTypeFields({ state: { params, update } }: { state: UrlState }) {
  const typeId = useId();
  const subId = useId();
  const type = params.get('type') ?? '';
  return (
    <>
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
          <select
            id={subId}
            value={params.get('subtype') ?? ''}
            onChange={(e) => update((p) => (e.target.value ? p.set('subtype', e.target.value) : p.delete('subtype')))}
          >
            <option value="">All sub-types</option>
            {getEventType(type)?.subTypes.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

/** The places of the conflict (not only those of the current view), by name. */
function LocationField({ state: { params, update, conflict } }: { state: UrlState }) {
  const places = useSuspenseQuery(placesOptions(conflict ? `conflict=${conflict}` : ''));
  const placeList = [...places.data.places].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <LocationSelect
      value={params.get('location') ?? ''}
      places={placeList}
      onChange={(v) => update((p) => (v ? p.set('location', v) : p.delete('location')))}
    />
  );
}

function LocationSelect({
  value,
  places,
  onChange,
}: {
  value: string;
  places: PlaceCount[];
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Location</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Anywhere</option>
        {/* Until the places are in, the chosen one stays shown. */}
        {value && !places.some((p) => p.name === value) ? <option value={value}>{value}</option> : null}
        {places.map((pl) => (
          <option key={pl.id} value={pl.name}>
            {pl.altNames.length ? `${pl.name} / ${pl.altNames[0]}` : pl.name}
          </option>
        ))}
      </select>
    </div>
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
