import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '@/lib/extract/types';
import { toPayload } from './event-form-state';
import { formFromProposal } from './proposal';

const proposal: ExtractedEvent = {
  title: 'Missile strike on Ganja',
  dateStart: '2020-10-17',
  dateEnd: null,
  precision: 'day',
  eventType: 'explosions-remote-violence',
  subType: 'shelling-artillery-missile-attack',
  status: 'occurred',
  actors: ['Armenian Armed Forces'],
  location: 'Ganja',
  locationIsNew: false,
  quote: 'On October 17, 13 people died, more than 53 people were injured.',
  span: [0, 66],
  dateText: 'October 17',
  claimant: null,
  yearInferred: false,
  explanation: 'Dated from the date in its sentence.',
  fatalities: { best: 13, low: null, high: null },
  wounded: { best: 53, low: null, high: null },
  confidence: 0.8,
  matchesEventId: null,
};
const article = { id: 4, publisher: 'Trend', url: 'https://en.trend.az/x', title: 'Ganja', publishedAt: '2020-10-18' };

describe('a suggestion as the event form', () => {
  it('fills the fatalities the text counts, as the form writes them', () => {
    const form = formFromProposal(proposal, [], [{ id: 7, name: 'Ganja' } as never], article);
    expect([form.best, form.low, form.high]).toEqual(['13', '', '']);
    expect(form.location).toEqual({ id: 7, name: 'Ganja' });
  });

  it('leaves the fatalities empty when the text counts none (the wounded have no field)', () => {
    const form = formFromProposal({ ...proposal, fatalities: null }, [], [], article);
    expect([form.best, form.low, form.high]).toEqual(['', '', '']);
  });

  it('offers a place the gazetteer lacks as a new place, its coordinates left for the reviewer', () => {
    const form = formFromProposal({ ...proposal, location: 'Kirants', locationIsNew: true }, [], [], article);
    expect(form.location).toEqual({ newName: 'Kirants', lat: '', lon: '' });
  });
});

describe('a new place as the form sends it', () => {
  const base = formFromProposal({ ...proposal, location: 'Kirants', locationIsNew: true }, [], [], article);

  it('sends both coordinates as null when both are empty: a place not yet on the map', () => {
    expect(toPayload(base, {}).location).toEqual({ newName: 'Kirants', lat: null, lon: null });
  });

  it('sends a half pair as given, so the schema names the missing coordinate', () => {
    const form = { ...base, location: { newName: 'Kirants', lat: '41.2', lon: '' } };
    expect(toPayload(form, {}).location).toEqual({ newName: 'Kirants', lat: 41.2, lon: Number.NaN });
  });
});
