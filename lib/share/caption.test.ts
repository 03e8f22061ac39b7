import { describe, expect, it } from 'vitest';
import { captionFooter, captionHeader, wrapText, type Measure } from './caption';

/** Every character 6 px wide. */
const measure: Measure = (text) => text.length * 6;

describe('chart image captions', () => {
  it('wraps words into lines that fit, and cuts a word longer than a line', () => {
    expect(wrapText('events involving Ilham Aliyev, 2020–2021', 120, 'body', measure)).toEqual([
      'events involving', // 16 chars: 96 px
      'Ilham Aliyev,',
      '2020–2021',
    ]);
    const url = `https://faultline.example.org/?${'actor=x&'.repeat(10)}`;
    const lines = wrapText(`Data ${url}`, 120, 'small', measure);
    expect(lines.every((l) => l.length * 6 <= 120)).toBe(true);
    expect(lines.join('').replace(/^Data/, '')).toBe(url);
  });

  it('puts the title above its subtitle, and the legend above the footer, all inside the width', () => {
    const caption = {
      title: 'Incident frequency — Armenia–Azerbaijan conflict',
      subtitle: 'events involving Ilham Aliyev, 2020–2021',
      legend: ['Battles', 'Explosions/Remote violence', 'Protests', 'Diplomacy'].map((label) => ({
        label,
        colour: '#e8590c',
      })),
      footer: 'Data as of 7 Dec 2026, 09:00 UTC · https://faultline.example.org/?actor=Ilham+Aliyev',
    };
    const header = captionHeader(caption, 300, measure);
    const texts = header.items.flatMap((i) => (i.kind === 'text' ? [i] : []));
    expect(texts[0]).toMatchObject({ text: 'Incident frequency — Armenia–Azerbaijan', style: 'title' });
    expect(texts.at(-1)!.y).toBeLessThan(header.height);
    const footer = captionFooter(caption, 300, measure);
    const swatches = footer.items.filter((i) => i.kind === 'swatch');
    expect(swatches).toHaveLength(4);
    // Four labels do not fit in one row of 300 px: the legend wraps.
    expect(new Set(swatches.map((s) => s.y)).size).toBeGreaterThan(1);
    for (const i of footer.items) {
      expect(i.x).toBeGreaterThanOrEqual(0);
      if (i.kind === 'text') expect(i.x + measure(i.text, i.style)).toBeLessThanOrEqual(300);
    }
    const lastLegend = Math.max(...swatches.map((s) => s.y));
    const footerTexts = footer.items.filter((i) => i.kind === 'text' && i.style === 'small');
    expect(Math.min(...footerTexts.map((i) => i.y))).toBeGreaterThan(lastLegend);
  });
});
