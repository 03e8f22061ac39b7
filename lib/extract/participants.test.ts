import { describe, expect, it } from 'vitest';
import { NameIndex } from './registry';
import { segment } from './segment';
import { seedRegistry } from './seed-registry';
import { nearest, partOfName, unknownNames } from './participants';

const index = new NameIndex(seedRegistry());

function unknown(text: string): string[] {
  const [s] = segment(text);
  return unknownNames(s!, index.find(text), index);
}

describe('the participants stage', () => {
  it('proposes people the registry lacks, after a title or as a name compromise reads, not those it knows', () => {
    expect(unknown('Talks were chaired by Foreign Minister Jeyhun Bayramov in Baku.')).toContain('Jeyhun Bayramov');
    const known = unknown('Ilham Aliyev met Nikol Pashinyan in Sochi.');
    expect(known).not.toContain('Ilham Aliyev');
    expect(known).not.toContain('Nikol Pashinyan');
  });

  it('reads a place inside a longer proper name as part of that name, not as where it happened', () => {
    const text = 'Veterans of the Second Nagorno-Karabakh War gathered in Yerevan.';
    const hits = index.find(text).filter((h) => h.place);
    const karabakh = hits.find((h) => text.slice(h.start, h.end).startsWith('Nagorno'));
    const yerevan = hits.find((h) => text.slice(h.start, h.end) === 'Yerevan');
    expect(karabakh && partOfName(text, karabakh)).toBe(true);
    expect(yerevan && partOfName(text, yerevan)).toBe(false);
  });

  it('gives a name to the nearest trigger, before or after it', () => {
    const triggers = [
      { start: 0, end: 5, id: 'first' },
      { start: 40, end: 45, id: 'second' },
    ];
    expect(nearest({ start: 10, end: 15 }, triggers)?.id).toBe('first');
    expect(nearest({ start: 30, end: 35 }, triggers)?.id).toBe('second');
    expect(nearest({ start: 30, end: 35 }, [])).toBeNull();
  });
});
