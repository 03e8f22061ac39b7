// Faultline JSON read back: every nested field of an exported event is checked, and a bad event is
// one row's reason, never the end of the import.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords } from './read';
import type { Mapped } from './record';

const event = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  title: `Restored ${id}`,
  summary: '',
  eventType: 'battles',
  subType: 'armed-clash',
  dateStart: '2021-06-01',
  dateEnd: null,
  precision: 'day',
  status: 'occurred',
  milestone: false,
  fatalities: null,
  actors: [{ id: 1, name: 'Armenia', kind: 'state', role: 'actor-1' }],
  location: null,
  sources: [{ publisher: 'P', url: null, title: null, publishedAt: null, quote: '' }],
  version: 1,
  ...fields,
});

async function read(events: unknown[]): Promise<Mapped[]> {
  const out: Mapped[] = [];
  for await (const m of readRecords(Readable.from([JSON.stringify({ events })]), 'faultline-json')) out.push(m);
  return out;
}

const reasons = (out: Mapped[]) => out.map((m) => (m.ok ? 'ok' : m.reason));

describe('Faultline JSON, field by field', () => {
  it('rejects an event whose lists are not lists, and reads the events around it', async () => {
    const out = await read([event(1), event(2, { actors: 'Armenia' }), event(3, { sources: 'P' }), event(4)]);
    expect(reasons(out)).toEqual(['ok', 'actors: The actors are a list', 'sources: The sources are a list', 'ok']);
  });

  it('checks the place: coordinates in range and in pairs (or none), an id a restore keeps', async () => {
    const at = (location: Record<string, unknown>) => ({ location: { id: 7, name: 'Someplace', ...location } });
    const out = await read([
      event(1, at({ lat: 999, lon: 45 })),
      event(2, at({ lat: 'forty', lon: 45 })),
      event(3, at({ lat: 40 })),
      event(4, at({ id: -5, lat: 40, lon: 45 })),
      event(5, at({})),
      event(6, { location: { lat: 40, lon: 45 } }),
      event(7, at({ lat: 40.5, lon: 45.25, country: 'AZE' })),
    ]);
    expect(reasons(out)).toEqual([
      'location.lat: Latitude is between -90 and 90',
      'location.lat: Latitude: a number from -90 to 90 is required',
      'location.lon: Longitude: a number from -180 to 180 is required',
      'location.id: Not an id a restore keeps: a whole number from 1 to 1,000,000,000',
      'ok',
      'location.name: A place needs its name',
      'ok',
    ]);
    const places = out.flatMap((m) => (m.ok ? [[m.record.place, m.record.restore?.placeId]] : []));
    expect(places).toEqual([
      [{ name: 'Someplace', country: null, admin1: null, lat: null, lon: null, geoPrecision: 1 }, 7],
      [{ name: 'Someplace', country: 'AZE', admin1: null, lat: 40.5, lon: 45.25, geoPrecision: 1 }, 7],
    ]);
  });

  it('checks actors’ kinds and ids, the version and the history before any of it reaches SQL', async () => {
    const actor = (fields: Record<string, unknown>) => ({
      actors: [{ id: 3, name: 'Armenia', kind: 'state', role: 'actor-1', ...fields }],
    });
    const revision = { at: '2021-06-02T10:00:00.000Z', action: 'create', origin: 'form', changes: {} };
    const out = await read([
      event(1, actor({ kind: 'dragon' })),
      event(2, actor({ id: 99_999_999_999 })),
      event(3, { version: 1e12 }),
      event(4, { revisions: [{ at: 'not a time', action: 'explode', origin: 'x', changes: null }] }),
      event(5, { revisions: [revision], ...actor({ id: 3 }) }),
    ]);
    expect(reasons(out)).toEqual([
      'actors.0.kind: The kind is one of person, state, armed-force, organisation, group',
      'actors.0.id: Not an id a restore keeps: a whole number from 1 to 1,000,000,000',
      'version: Not a version: a whole number from 1 to 2,147,483,647',
      'revisions.0.at: A time like 2021-05-03T10:00:00.000Z; ' +
        'revisions.0.action: The action is one of create, update, delete, restore, import, approve, reject, merge, ' +
        'split; revisions.0.origin: The origin is one of seed, form, article, import, api; ' +
        'revisions.0.changes: The changes are an object, field by field',
      'ok',
    ]);
    const restored = out[4]!.ok ? out[4]!.record : null;
    // A revision without a reason is one with none (null), not a hole in the SQL.
    expect(restored?.restore).toEqual({
      version: 1,
      revisions: [{ ...revision, reason: null }],
      actorIds: { Armenia: 3 },
      placeId: null,
    });
    expect(restored?.actorKinds).toEqual({ Armenia: 'state' });
  });
});
