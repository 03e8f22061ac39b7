import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type PlacedLabel } from './label-layout';

const view = { x0: 0, y0: 0, x1: 640, y1: 420 };
const box = (l: PlacedLabel, fontSize: number) => {
  const w = textWidth(l.text, fontSize);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - fontSize * 0.95, y1: l.y + fontSize * 0.3 };
};

describe('map label layout', () => {
  it('labels two close markers without their labels overlapping', () => {
    const labels = placeLabels(
      [
        { x: 300, y: 200, r: 10, texts: ['Kalbajar / Karvachar', 'Kalbajar'] },
        { x: 305, y: 212, r: 8, texts: ['2 places'] },
      ],
      { fontSize: 11, view },
    );
    expect(labels.every(Boolean)).toBe(true);
    const [a, b] = labels.map((l) => box(l!, 11));
    expect(a!.x1 <= b!.x0 || b!.x1 <= a!.x0 || a!.y1 <= b!.y0 || b!.y1 <= a!.y0).toBe(true);
  });

  it('keeps a label near the right edge inside the view by putting it on the left', () => {
    const [label] = placeLabels([{ x: 630, y: 200, r: 6, texts: ['Baku / Bakı'] }], { fontSize: 11, view });
    expect(label).toMatchObject({ anchor: 'end' });
    expect(box(label!, 11).x0).toBeGreaterThanOrEqual(0);
  });

  it('falls back to the shorter name before giving a label up', () => {
    const narrow = { x0: 0, y0: 0, x1: 120, y1: 60 };
    const [label] = placeLabels([{ x: 60, y: 30, r: 4, texts: ['A very long place name / Another', 'Short'] }], {
      fontSize: 11,
      view: narrow,
    });
    expect(label?.text).toBe('Short');
  });

  it('keeps clear of a country name already on the map', () => {
    const country = { x0: 310, y0: 190, x1: 380, y1: 206 };
    const [label] = placeLabels([{ x: 300, y: 200, r: 6, texts: ['Ganja'] }], {
      fontSize: 12,
      view,
      obstacles: [country],
    });
    expect(label).not.toBeNull();
    const b = box(label!, 12);
    expect(b.x1 <= country.x0 || country.x1 <= b.x0 || b.y1 <= country.y0 || country.y1 <= b.y0).toBe(true);
  });
});
