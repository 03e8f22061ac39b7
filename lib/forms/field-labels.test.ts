import { describe, expect, it } from 'vitest';
import { fieldLabel, inFormOrder, withoutFieldName } from './field-labels';

describe('the label of the field behind an error path', () => {
  it('is the label the form shows', () => {
    expect(fieldLabel('title')).toBe('Title');
    expect(fieldLabel('eventType')).toBe('Event type');
    expect(fieldLabel('dateStart')).toBe('Date');
    expect(fieldLabel('dateStart', { range: true })).toBe('Start');
    expect(fieldLabel('location.lon')).toBe('Longitude');
    expect(fieldLabel('fatalities.low')).toBe('Low');
  });

  it('numbers the sources after the first, as their labels do, and names actors by position', () => {
    expect(fieldLabel('sources.0.url')).toBe('Source URL');
    expect(fieldLabel('sources.1.publisher')).toBe('Publisher 2');
    expect(fieldLabel('actors.2.kind')).toBe('Actor 3, kind');
  });

  it('orders errors as the fields stand in the form, and drops a field name the list already gives', () => {
    expect(inFormOrder(['sources.1.url', 'title', 'sources.0.publisher', 'dateStart', 'eventType'])).toEqual([
      'title',
      'eventType',
      'dateStart',
      'sources.0.publisher',
      'sources.1.url',
    ]);
    expect(withoutFieldName('Longitude: a number from -180 to 180 is required', 'Longitude')).toBe(
      'a number from -180 to 180 is required',
    );
    expect(withoutFieldName('Kind: choose what kind of actor the new one is', 'Actor 1, kind')).toBe(
      'choose what kind of actor the new one is',
    );
    expect(withoutFieldName('A title is required', 'Title')).toBe('A title is required');
  });
});
