import { describe, expect, it } from 'vitest';
import { plural, pluralNoun } from './plural';

describe('plural', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(2, 'event')).toBe('2 events');
    expect(plural(1204, 'event')).toBe('1,204 events');
    expect(plural(1.5, 'day')).toBe('1.5 days');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'new entry', 'new entries')).toBe('1 new entry');
    expect(plural(3, 'new entry', 'new entries')).toBe('3 new entries');
    expect(pluralNoun(1, 'batch', 'batches')).toBe('batch');
    expect(pluralNoun(2, 'batch', 'batches')).toBe('batches');
  });
});
