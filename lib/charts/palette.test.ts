// WCAG contrast of every chart series colour in both themes: 3:1 for marks (bars, swatches, time-axis marks)
// against the surfaces they are drawn on, 4.5:1 for the colours used as text, and series far enough apart.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_PALETTE, BADGE_COLOURS, OTHER_COLOUR, TYPE_COLOURS } from './format';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** CIE76 ΔE in CIELAB (D65): ~2.3 is just noticeable; series should be far beyond that. */
const lab = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)] as const;
};
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

/** The theme variables of app/globals.css: `:root` (light) and `:root[data-theme='dark']`. */
function themeVariables(): Record<'light' | 'dark', Record<string, string>> {
  const css = fs.readFileSync(path.join(__dirname, '../../app/globals.css'), 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  };
  return { light: block(':root'), dark: block(":root[data-theme='dark']") };
}

const themes = themeVariables();
const marks = { ...TYPE_COLOURS, ...Object.fromEntries(ACTOR_PALETTE.map((c, i) => [`actor ${i + 1}`, c])) };

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const vars = themes[theme];
  const surfaces = { surface: vars['--surface']!, page: vars['--bg']! };

  it('defines the surfaces the charts are drawn on', () => {
    expect(surfaces.surface).toMatch(/^#/);
    expect(surfaces.page).toMatch(/^#/);
  });

  it.each(Object.entries({ ...marks, other: OTHER_COLOUR }))('series %s (%s) has 3:1 as a mark', (_, colour) => {
    for (const background of Object.values(surfaces)) expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
  });

  it('has 4.5:1 for every event-type colour used as text (--t-*)', () => {
    const text = Object.entries(vars).filter(([name]) => name.startsWith('--t-'));
    expect(text.map(([name]) => name.slice(4)).sort()).toEqual(Object.keys(TYPE_COLOURS).sort());
    for (const [, colour] of text)
      for (const background of Object.values(surfaces))
        expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('series stay apart', () => {
  it('white badge text has 4.5:1 on every type badge', () => {
    for (const colour of Object.values(BADGE_COLOURS)) expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['event types', Object.values(TYPE_COLOURS)],
    ['actors', [...ACTOR_PALETTE, OTHER_COLOUR]],
  ])('%s differ by ΔE ≥ 15 pairwise', (_, colours) => {
    for (const [i, a] of colours.entries())
      for (const b of colours.slice(i + 1)) expect(deltaE(a, b)).toBeGreaterThan(15);
  });

  it('the contrast formula gives WCAG’s reference values', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
