// Where each map marker's label goes: to the right, left, above or below its circle, whichever
// first fits inside the view without covering a label already placed or another marker. Greedy in
// the order given (the biggest clusters first); a shorter text is tried before giving a label up.

export interface LabelItem {
  x: number;
  y: number;
  r: number;
  /** The texts to try, longest first ("Kalbajar / Karvachar", then "Kalbajar"). */
  texts: string[];
}

export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export type Box = { x0: number; y0: number; x1: number; y1: number };
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A generous width estimate for a sans-serif label, so that an estimate never clips a real one. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

/** The box a label's glyphs fill, from its baseline: ascenders above, descenders below. */
function glyphBox(x0: number, baseline: number, w: number, fontSize: number): Box {
  return { x0, y0: baseline - fontSize * 0.95, x1: x0 + w, y1: baseline + fontSize * 0.3 };
}

function candidates(item: LabelItem, text: string, fontSize: number): (PlacedLabel & { box: Box })[] {
  const w = textWidth(text, fontSize);
  const gap = fontSize * 0.3;
  const { x, y, r } = item;
  const side = y + fontSize * 0.35;
  const above = y - r - gap - fontSize * 0.3;
  const below = y + r + gap + fontSize * 0.95;
  return [
    { text, x: x + r + gap, y: side, anchor: 'start', box: glyphBox(x + r + gap, side, w, fontSize) },
    { text, x: x - r - gap, y: side, anchor: 'end', box: glyphBox(x - r - gap - w, side, w, fontSize) },
    { text, x, y: above, anchor: 'middle', box: glyphBox(x - w / 2, above, w, fontSize) },
    { text, x, y: below, anchor: 'middle', box: glyphBox(x - w / 2, below, w, fontSize) },
  ];
}

/** `obstacles`: text already on the map (country names) that no label may cover. */
export function placeLabels(
  items: LabelItem[],
  { fontSize, view, obstacles = [] }: { fontSize: number; view: Box; obstacles?: Box[] },
): (PlacedLabel | null)[] {
  const markers: Box[] = items.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const placed: Box[] = [...obstacles];
  const inside = (b: Box) => b.x0 >= view.x0 && b.y0 >= view.y0 && b.x1 <= view.x1 && b.y1 <= view.y1;
  return items.map((item, i) => {
    for (const text of item.texts) {
      const fit = candidates(item, text, fontSize).find(
        (c) =>
          inside(c.box) &&
          !placed.some((p) => overlaps(p, c.box)) &&
          !markers.some((m, j) => j !== i && overlaps(m, c.box)),
      );
      if (fit) {
        placed.push(fit.box);
        return { text: fit.text, x: fit.x, y: fit.y, anchor: fit.anchor };
      }
    }
    return null;
  });
}
