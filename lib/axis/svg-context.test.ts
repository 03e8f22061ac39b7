import { describe, expect, it } from 'vitest';
import { SvgContext } from './svg-context';

/** Every character 6 px wide: where labels fit depends only on their length. */
const ctx = () => new SvgContext((_font, text) => ({ width: text.length * 6 }) as TextMetrics);

describe('SvgContext', () => {
  it('writes rectangles with the fill, alpha and dashes in force when drawn', () => {
    const c = ctx();
    c.fillStyle = '#e8590c';
    c.globalAlpha = 0.28;
    c.fillRect(10, 20, 30.333, 7);
    c.globalAlpha = 1;
    c.save();
    c.strokeStyle = '#5a6575';
    c.setLineDash([4, 3]);
    c.strokeRect(0.5, 0.5, 5, 5);
    c.restore();
    c.strokeRect(1, 1, 2, 2);
    expect(c.body()).toBe(
      '<rect x="10" y="20" width="30.33" height="7" fill="#e8590c" opacity="0.28"/>' +
        '<rect x="0.5" y="0.5" width="5" height="5" fill="none" stroke="#5a6575" stroke-width="1" ' +
        'stroke-dasharray="4 3"/>' +
        '<rect x="1" y="1" width="2" height="2" fill="none" stroke="#000" stroke-width="1"/>',
    );
  });

  it('draws a whole circle as two half arcs that close where they began, and a diamond as a closed path', () => {
    const c = ctx();
    c.fillStyle = 'red';
    c.beginPath();
    c.arc(10, 10, 4, 0, Math.PI * 2);
    c.fill();
    c.beginPath();
    c.moveTo(10, 6);
    c.lineTo(14, 10);
    c.lineTo(10, 14);
    c.closePath();
    c.fill();
    expect(c.body()).toBe(
      '<path d="M14 10A4 4 0 1 1 6 10A4 4 0 1 1 14 10" fill="red"/><path d="M10 6L14 10L10 14Z" fill="red"/>',
    );
  });

  it('escapes text, keeps its font, measures it with the given measure, and starts again when cleared', () => {
    const c = ctx();
    c.fillRect(0, 0, 1, 1);
    c.clearRect(0, 0, 100, 100);
    c.font = '600 11px system-ui, "Segoe UI"';
    c.fillStyle = '#17202b';
    expect(c.measureText('Oct 2020').width).toBe(48);
    c.fillText('Talks <Minsk> & "Group"', 3, 12);
    expect(c.body()).toBe(
      '<text x="3" y="12" fill="#17202b" style="font:600 11px system-ui, &quot;Segoe UI&quot;">' +
        'Talks &lt;Minsk&gt; &amp; &quot;Group&quot;</text>',
    );
  });
});
