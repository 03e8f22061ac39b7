// A chart as an image file with its caption inside: an SVG chart (recharts) serialised with its computed
// styles, so it looks the same outside the page, or rasterised to PNG; a canvas chart drawn into a PNG.
import {
  captionFooter,
  captionHeader,
  TEXT_SIZE,
  type CaptionBlock,
  type ImageCaption,
  type Measure,
  type TextStyle,
} from '@/lib/share/caption';

export type ChartSource = SVGSVGElement | HTMLCanvasElement;

/** A recharts chart's SVG inside a container (its legend's icons are SVGs too, after it). */
export const rechartsSvg = (container: Element | null) =>
  container?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? null;

/** What CSS gives an SVG element and the file must carry itself (custom properties resolved). Inherited:
 * written where an element differs from its parent. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'visibility',
];
/** Not inherited: written where not the default. */
const OWN: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };
/** Interactive parts that mean nothing in a picture. */
const DROP = '.recharts-brush, .recharts-tooltip-cursor, .recharts-active-shape';
const PNG_SCALE = 2;

interface Theme {
  background: string;
  text: string;
  muted: string;
  font: string;
}

function themeOf(el: Element): Theme {
  const card = el.closest('.widget') ?? document.body;
  const cs = getComputedStyle(card);
  const root = getComputedStyle(document.documentElement);
  return {
    background: cs.backgroundColor,
    text: cs.color,
    muted: root.getPropertyValue('--muted').trim() || cs.color,
    font: cs.fontFamily,
  };
}

const fontOf = (style: TextStyle, theme: Theme) =>
  `${style === 'title' ? '600 ' : ''}${TEXT_SIZE[style]}px ${theme.font}`;

function measurer(theme: Theme): Measure {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, style) => {
    ctx.font = fontOf(style, theme);
    return ctx.measureText(text).width;
  };
}

function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null) {
  const cs = getComputedStyle(source);
  const style = [
    ...INHERITED.filter((p) => !parent || cs.getPropertyValue(p) !== parent.getPropertyValue(p)).map(
      (p) => `${p}:${cs.getPropertyValue(p)}`,
    ),
    ...Object.entries(OWN)
      .filter(([p, initial]) => cs.getPropertyValue(p) !== initial)
      .map(([p]) => `${p}:${cs.getPropertyValue(p)}`),
  ].join(';');
  if (style) clone.setAttribute('style', style);
  // The page's custom properties mean nothing in a file: the computed values above replace them.
  for (const attr of [...clone.attributes]) if (attr.value.includes('var(')) clone.removeAttribute(attr.name);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, clone.children[i]!, cs);
}

/** The chart's height without the parts dropped below it (the brush). */
function plotHeight(svg: SVGSVGElement): number {
  const full = svg.getBoundingClientRect();
  const brush = svg.querySelector<SVGGraphicsElement>('.recharts-brush');
  return brush ? Math.ceil(brush.getBoundingClientRect().top - full.top) - 2 : full.height;
}

/** The SVG's own coordinates (a map's are not pixels), cut at the new height. */
function croppedViewBox(svg: SVGSVGElement, height: number): string {
  const box = svg.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  if (!vb || !vb.width || !vb.height) return `0 0 ${box.width} ${height}`;
  return `${vb.x} ${vb.y} ${vb.width} ${(vb.height * height) / box.height}`;
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function blockToSvg(block: CaptionBlock, y: number, theme: Theme): string {
  return block.items
    .map((i) =>
      i.kind === 'swatch'
        ? `<rect x="${i.x}" y="${y + i.y}" width="${i.size}" height="${i.size}" rx="2" fill="${escapeXml(i.colour)}"/>`
        : `<text x="${i.x}" y="${y + i.y}" fill="${i.style === 'small' ? theme.muted : theme.text}" ` +
          `style="font:${escapeXml(fontOf(i.style, theme))}">${escapeXml(i.text)}</text>`,
    )
    .join('');
}

/** An SVG document: the caption's header, the chart (`inner`, an <svg> of `width` × `height`), its footer. */
export function captionedSvg({
  inner,
  width,
  height,
  caption,
  within,
}: {
  inner: string;
  width: number;
  height: number;
  caption: ImageCaption;
  /** An element of the page whose card gives the colours and the font. */
  within: Element;
}): string {
  const theme = themeOf(within);
  const measure = measurer(theme);
  const header = captionHeader(caption, width, measure);
  const footer = captionFooter(caption, width, measure);
  const total = Math.ceil(header.height + height + footer.height);
  const placed = inner.replace(/^<svg /, `<svg x="0" y="${header.height}" `);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<rect width="100%" height="100%" fill="${theme.background}"/>` +
    blockToSvg(header, 0, theme) +
    placed +
    blockToSvg(footer, header.height + height, theme) +
    '</svg>'
  );
}

/** The chart as a standalone SVG document, its caption inside. */
export function chartSvg(svg: SVGSVGElement, caption: ImageCaption): string {
  const width = Math.round(svg.getBoundingClientRect().width);
  const height = plotHeight(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  for (const attr of ['role', 'tabindex']) clone.removeAttribute(attr);
  clone.querySelectorAll(DROP).forEach((el) => el.remove());
  for (const [k, v] of Object.entries({ width, height, viewBox: croppedViewBox(svg, height) }))
    clone.setAttribute(k, String(v));
  clone.removeAttribute('class');
  for (const attr of ['x', 'y']) clone.removeAttribute(attr);
  const inner = new XMLSerializer().serializeToString(clone);
  return captionedSvg({ inner, width, height, caption, within: svg });
}

function drawBlock(ctx: CanvasRenderingContext2D, block: CaptionBlock, y: number, theme: Theme) {
  for (const i of block.items) {
    if (i.kind === 'swatch') {
      ctx.fillStyle = i.colour;
      ctx.fillRect(i.x, y + i.y, i.size, i.size);
    } else {
      ctx.font = fontOf(i.style, theme);
      ctx.fillStyle = i.style === 'small' ? theme.muted : theme.text;
      ctx.fillText(i.text, i.x, y + i.y);
    }
  }
}

const toPng = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not make a PNG'))), 'image/png'),
  );

async function svgImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** An SVG document drawn to a PNG at twice its size. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const img = await svgImage(svgText);
  const out = document.createElement('canvas');
  out.width = img.naturalWidth * PNG_SCALE;
  out.height = img.naturalHeight * PNG_SCALE;
  const ctx = out.getContext('2d')!;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.drawImage(img, 0, 0, img.naturalWidth, img.naturalHeight);
  return toPng(out);
}

/** The chart as a PNG (twice the screen's pixels), its caption inside; an SVG or a canvas chart alike. */
export async function chartPng(source: ChartSource, caption: ImageCaption): Promise<Blob> {
  if (source instanceof SVGSVGElement) return svgToPng(chartSvg(source, caption));
  const theme = themeOf(source);
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width);
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const measure = measurer(theme);
  const header = captionHeader(caption, width, measure);
  const footer = captionFooter(caption, width, measure);
  const height = Math.ceil(header.height + box.height + footer.height);
  out.width = width * PNG_SCALE;
  out.height = height * PNG_SCALE;
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  drawBlock(ctx, header, 0, theme);
  ctx.drawImage(source, 0, header.height, width, box.height);
  drawBlock(ctx, footer, header.height + box.height, theme);
  return toPng(out);
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
