// The OpenAPI paths of the charts and counts: frequency, the time axis, places, changes, the
// milestone window and the comparison of two periods (see openapi.ts).
import type { z } from 'zod';
import { aroundSchema, frequencySchema } from '@/lib/validation/filters';
import { compareSchema } from '@/lib/validation/compare';
import { asOfSchema } from '@/lib/validation/share';
import { axisSchema } from '@/lib/validation/axis';
import { filters, notFound, ok, queryParams } from './openapi-parts';

/** Counts over time: the frequency chart and the time axis. */
function overTime() {
  return {
    '/api/stats/frequency': {
      get: {
        summary: 'Incident frequency, zero-filled buckets',
        description:
          'At most 5,000 buckets: a larger window for its bucket is a 400 naming the count. from/to accept any ' +
          'valid year and are clamped into the date domain (1800-01-01 to 31 December of the current year + 10). ' +
          'With spans=true, spans lists the range events overlapping the window (the longest 40, in date order, ' +
          'and their total); otherwise it is null. ' +
          'With spread=true a range event that no single bucket holds counts 1/N on each of its N days within ' +
          'the window (UCDP-style; counts become fractional) instead of under imprecise; spread.events says how ' +
          'many.',
        parameters: queryParams(filters, frequencySchema),
        responses: ok(
          '{ bucket, groupBy, from, to, keys, labels, series: [{ start, counts, total }], ' +
            'imprecise: { total, counts }, keyTotals, total, note, ' +
            'spans: { items: [{ id, title, dateStart, dateLast, subType, milestone }], total }, ' +
            'spread: { on, events } }',
        ),
      },
    },
    '/api/stats/axis': {
      get: {
        summary: 'The time axis: a window’s events as dated, or their density',
        description:
          'The window is from/to, or the conflict’s years. Up to 2,000 matching events answer mode "events": each ' +
          'with dateStart and dateLast at its precision (2020, 2020-11, a day; a week from its Monday to its ' +
          'Sunday; a range from its first to its last day). More answer mode "density": per bin of the finest ' +
          'calendar unit with at most `bins` bins, `events` whose whole period lies in the bin and `coarse`, the ' +
          'events dated more coarsely than a bin whose period overlaps it (a month in day bins is in each of its ' +
          'days, never on its first); coarseEvents counts those once. extent is the conflict’s first and last years.',
        parameters: queryParams(filters, axisSchema),
        responses: ok(
          '{ mode: "events" | "density", from, to, extent: { from, to }, total, ' +
            'events: [{ id, title, dateStart, dateLast, precision, subType, milestone }] | null, ' +
            'density: { unit, bins: [{ start, events, coarse }], coarseEvents } | null }',
        ),
      },
    },
  };
}

/** Counts by place, the changes since a time, and two windows side by side. */
function elsewhere() {
  return {
    '/api/stats/places': {
      get: {
        summary: 'Matching events per place',
        parameters: queryParams(filters),
        responses: ok('{ places, withoutCoordinates, total }'),
      },
    },
    '/api/changes': {
      get: {
        summary: 'When the data last changed, and the revisions since asOf to events the filters select',
        parameters: queryParams(filters, asOfSchema),
        responses: ok(
          '{ latest, asOf, total, more, changes: [{ id, at, action, origin, reason, eventId, eventTitle }] }',
        ),
      },
    },
    '/api/stats/around': {
      get: {
        summary: 'Matching events before and after a milestone',
        description:
          'The windows are the days days before and after the milestone’s day (which neither counts), cut to ' +
          'from/to when given (clipped: true then).',
        parameters: queryParams(filters, aroundSchema),
        responses: {
          ...ok(
            '{ milestone: { id, title, dateStart }, days, before: { from, to, events, clipped }, ' +
              'after: { from, to, events, clipped } }',
          ),
          ...notFound('event, or one pending or rejected the caller may not see'),
        },
      },
    },
    '/api/stats/compare': {
      get: {
        summary: 'Matching events per event type in two periods, side by side',
        description:
          'The two periods take the place of from/to; the other filters apply to both. An event counts in a ' +
          'period when its dates overlap it, as in the list.',
        parameters: queryParams(filters, compareSchema as unknown as z.ZodObject).filter(
          (p) => p.name !== 'from' && p.name !== 'to',
        ),
        responses: ok(
          '{ periods: [{ from, to, total }, { from, to, total }], ' +
            'types: [{ type, label, counts: [first, second] }] }',
        ),
      },
    },
  };
}

export function chartPaths() {
  return { ...overTime(), ...elsewhere() };
}
