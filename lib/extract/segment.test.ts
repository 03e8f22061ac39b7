// Sentences of a paragraph longer than the segmenter is handed at once (segment.ts reads it in pieces).
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment } from './segment';

describe('a long paragraph', () => {
  it('is read sentence by sentence, none cut where the pieces join, each at its offsets', () => {
    const sentences = Array.from({ length: 4000 }, (_, i) => `Troops clashed near Tegh on ${1 + (i % 28)} May 2021.`);
    const text = sentences.join(' ');
    const read = segment(text);
    expect(read.map((s) => s.text)).toEqual(sentences);
    for (const s of read) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a run-on "sentence" after a semicolon, keeping each piece under the limit', () => {
    const text = Array.from({ length: 300 }, (_, i) => `entry ${i} of the list`).join('; ');
    const read = segment(text);
    expect(read.length).toBeGreaterThan(1);
    for (const s of read) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text).toMatch(/^entry \d+ of the list/);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('cuts a long line of a list-like paragraph too, and never leaves a tiny first piece', () => {
    const line = `Lists; ${Array.from({ length: 200 }, (_, i) => `item ${i}`).join(', ')}`;
    const text = `1 May: Troops clashed near Tegh.\n2 May: Troops clashed near Tegh.\n${line}`;
    const read = segment(text);
    const pieces = read.filter((s) => s.start >= text.indexOf('Lists'));
    expect(pieces.length).toBeGreaterThan(1);
    for (const s of pieces) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text.length).toBeGreaterThan(MAX_SENTENCE / 4);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
