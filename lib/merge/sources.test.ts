import { describe, expect, it } from 'vitest';
import { joinQuotes, mergedSources, sameSource } from './sources';

const src = (publisher: string, url: string | null, title: string | null, quote = '') => ({
  publisher,
  url,
  title,
  quote,
});

describe('one source, cited once after a merge', () => {
  it('is the same source by URL, or by publisher and title when either has no URL', () => {
    expect(sameSource(src('A', 'https://x.org/1', null), src('B', 'https://x.org/1', null))).toBe(true);
    expect(sameSource(src('A', 'https://x.org/1', 'T'), src('A', 'https://x.org/2', 'T'))).toBe(false);
    expect(sameSource(src('Daily ', null, 'Border Clash'), src('daily', 'https://x.org/3', 'border clash'))).toBe(true);
    expect(sameSource(src('Daily', null, null), src('Daily', null, null))).toBe(false);
  });

  it('keeps both quotes, never one twice', () => {
    expect(joinQuotes('Shots at dawn.', 'Shots at dawn.')).toBe('Shots at dawn.');
    expect(joinQuotes('', 'New words.')).toBe('New words.');
    expect(joinQuotes('At dawn.', 'Fire began at dawn. At dawn.')).toBe('Fire began at dawn. At dawn.');
    expect(joinQuotes('One.', 'Two.')).toBe('One. … Two.');
  });

  it('lists the survivor’s sources first, then the other’s new ones', () => {
    const merged = mergedSources(
      [src('Wire', 'https://x.org/1', null, 'One.')],
      [src('Wire', 'https://x.org/1', null, 'Two.'), src('Radio', null, 'R', 'Three.')],
    );
    expect(merged.map((s) => [s.publisher, s.quote])).toEqual([
      ['Wire', 'One. … Two.'],
      ['Radio', 'Three.'],
    ]);
  });
});
