import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-labels';

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
});
