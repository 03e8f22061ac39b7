// The caption drawn inside a chart image: a title and the filters in words above the chart, the legend
// and "Data as of … · URL" below it. Laid out once, in pixels, for both an SVG and a canvas to draw.

export interface ImageCaption {
  /** "Incident frequency — Armenia–Azerbaijan conflict". */
  title: string;
  /** The filters in words. */
  subtitle: string;
  /** Swatches for what the chart colours (recharts draws its legend outside the SVG). */
  legend: { label: string; colour: string }[];
  /** "Data as of 7 Dec 2026, 09:00 UTC · Faultline · https://…". */
  footer: string;
}

export type TextStyle = 'title' | 'body' | 'small';
export const TEXT_SIZE: Record<TextStyle, number> = { title: 15, body: 12, small: 11 };
export const LINE_HEIGHT = 1.4;

export type CaptionItem =
  | { kind: 'text'; x: number; y: number; text: string; style: TextStyle }
  | { kind: 'swatch'; x: number; y: number; size: number; colour: string };

export interface CaptionBlock {
  items: CaptionItem[];
  height: number;
}

/** Width in px of a text in a style (a canvas's measureText in the browser). */
export type Measure = (text: string, style: TextStyle) => number;

const PAD = 12;
const SWATCH = 10;

/** Lines of at most `width` px; a word longer than a line (a URL) is cut where it must be. */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, style) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
    // Too long on its own: cut it into pieces that fit.
    while (measure(line, style) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), style) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

function textLines(text: string, style: TextStyle, width: number, y: number, measure: Measure) {
  const step = TEXT_SIZE[style] * LINE_HEIGHT;
  const lines = wrapText(text, width - 2 * PAD, style, measure);
  // y is each line's baseline.
  const items = lines.map((t, i): CaptionItem => ({ kind: 'text', x: PAD, y: y + step * (i + 0.8), text: t, style }));
  return { items, height: step * lines.length };
}

/** Title and subtitle, above the chart. */
export function captionHeader(c: ImageCaption, width: number, measure: Measure): CaptionBlock {
  const title = textLines(c.title, 'title', width, PAD, measure);
  const subtitle = textLines(c.subtitle, 'body', width, PAD + title.height + 2, measure);
  return { items: [...title.items, ...subtitle.items], height: PAD + title.height + 2 + subtitle.height + 6 };
}

/** The legend, wrapped into rows, and the footer, below the chart. */
export function captionFooter(c: ImageCaption, width: number, measure: Measure): CaptionBlock {
  const items: CaptionItem[] = [];
  const row = TEXT_SIZE.body * LINE_HEIGHT + 2;
  let x = PAD;
  let y = 6;
  for (const { label, colour } of c.legend) {
    const w = SWATCH + 5 + measure(label, 'body') + 14;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += row;
    }
    items.push({ kind: 'swatch', x, y: y + 3, size: SWATCH, colour });
    items.push({ kind: 'text', x: x + SWATCH + 5, y: y + TEXT_SIZE.body, text: label, style: 'body' });
    x += w;
  }
  if (c.legend.length) y += row + 4;
  const footer = textLines(c.footer, 'small', width, y, measure);
  return { items: [...items, ...footer.items], height: y + footer.height + PAD };
}
