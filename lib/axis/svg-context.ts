// The part of a 2D canvas context the time axis draws with (AxisContext), and the same calls written
// as SVG elements instead of pixels: one drawing function makes both the screen and the SVG file.
// Only what drawScene uses is here: rectangles, straight and circular paths, text, alpha, dashes.

export type AxisContext = Pick<
  CanvasRenderingContext2D,
  | 'clearRect'
  | 'fillRect'
  | 'strokeRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'measureText'
  | 'setLineDash'
  | 'save'
  | 'restore'
  | 'globalAlpha'
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
>;

interface State {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  dash: number[];
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (x: number) => String(Math.round(x * 100) / 100);
const paint = (style: unknown) => (typeof style === 'string' ? style : '#000');

export class SvgContext implements AxisContext {
  private state: State = {
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    globalAlpha: 1,
    font: '10px sans-serif',
    dash: [],
  };
  private saved: State[] = [];
  private path = '';
  private parts: string[] = [];

  /** `measure` is a real canvas's measureText (the browser's fonts decide where labels fit). */
  constructor(private readonly measure: (font: string, text: string) => TextMetrics) {}

  get fillStyle(): string {
    return this.state.fillStyle;
  }
  set fillStyle(v: string | CanvasGradient | CanvasPattern) {
    this.state.fillStyle = paint(v);
  }
  get strokeStyle(): string {
    return this.state.strokeStyle;
  }
  set strokeStyle(v: string | CanvasGradient | CanvasPattern) {
    this.state.strokeStyle = paint(v);
  }
  get lineWidth() {
    return this.state.lineWidth;
  }
  set lineWidth(v: number) {
    this.state.lineWidth = v;
  }
  get globalAlpha() {
    return this.state.globalAlpha;
  }
  set globalAlpha(v: number) {
    this.state.globalAlpha = v;
  }
  get font() {
    return this.state.font;
  }
  set font(v: string) {
    this.state.font = v;
  }

  save() {
    this.saved.push({ ...this.state, dash: [...this.state.dash] });
  }
  restore() {
    this.state = this.saved.pop() ?? this.state;
  }
  setLineDash(segments: number[]) {
    this.state.dash = [...segments];
  }
  measureText(text: string): TextMetrics {
    return this.measure(this.state.font, text);
  }

  private alpha(): string {
    return this.state.globalAlpha < 1 ? ` opacity="${n(this.state.globalAlpha)}"` : '';
  }
  private strokeAttrs(): string {
    const dash = this.state.dash.length ? ` stroke-dasharray="${this.state.dash.join(' ')}"` : '';
    return `fill="none" stroke="${escapeXml(this.state.strokeStyle)}" stroke-width="${n(this.state.lineWidth)}"${dash}`;
  }

  /** drawScene clears the whole scene before drawing it: then the file starts empty. */
  clearRect(x: number, y: number, w: number, h: number) {
    if (x <= 0 && y <= 0 && w > 0 && h > 0) this.parts = [];
  }
  fillRect(x: number, y: number, w: number, h: number) {
    const fill = escapeXml(this.state.fillStyle);
    this.parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${this.alpha()}/>`);
  }
  strokeRect(x: number, y: number, w: number, h: number) {
    this.parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" ${this.strokeAttrs()}${this.alpha()}/>`,
    );
  }
  beginPath() {
    this.path = '';
  }
  moveTo(x: number, y: number) {
    this.path += `M${n(x)} ${n(y)}`;
  }
  lineTo(x: number, y: number) {
    this.path += `${this.path ? 'L' : 'M'}${n(x)} ${n(y)}`;
  }
  closePath() {
    if (this.path) this.path += 'Z';
  }
  arc(cx: number, cy: number, r: number, a0: number, a1: number, anticlockwise = false) {
    const at = (a: number) => `${n(cx + r * Math.cos(a))} ${n(cy + r * Math.sin(a))}`;
    this.path += `${this.path ? 'L' : 'M'}${at(a0)}`;
    const sweep = anticlockwise ? 0 : 1;
    const turn = anticlockwise ? a0 - a1 : a1 - a0;
    if (turn >= 2 * Math.PI - 1e-9) {
      // A whole circle: two half arcs (one arc cannot end where it starts).
      this.path += `A${n(r)} ${n(r)} 0 1 ${sweep} ${at(a0 + Math.PI)}A${n(r)} ${n(r)} 0 1 ${sweep} ${at(a0)}`;
      return;
    }
    const large = ((turn % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI) > Math.PI ? 1 : 0;
    this.path += `A${n(r)} ${n(r)} 0 ${large} ${sweep} ${at(a1)}`;
  }
  fill() {
    if (this.path) this.parts.push(`<path d="${this.path}" fill="${escapeXml(this.state.fillStyle)}"${this.alpha()}/>`);
  }
  stroke() {
    if (this.path) this.parts.push(`<path d="${this.path}" ${this.strokeAttrs()}${this.alpha()}/>`);
  }
  fillText(text: string, x: number, y: number) {
    const style = `font:${escapeXml(this.state.font)}`;
    const fill = escapeXml(this.state.fillStyle);
    this.parts.push(
      `<text x="${n(x)}" y="${n(y)}" fill="${fill}" style="${style}"${this.alpha()}>${escapeXml(text)}</text>`,
    );
  }

  /** What was drawn, as the children of an <svg>. */
  body(): string {
    return this.parts.join('');
  }
}
