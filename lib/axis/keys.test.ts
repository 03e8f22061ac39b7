import { describe, expect, it } from 'vitest';
import { axisKeyAction } from './keys';
import { domainView, viewBounds, viewOfBounds, type View } from './scale';

const domain = domainView('2026-12-07');
const extent = viewOfBounds('1988-01-01', '2025-12-31');
const view = viewOfBounds('2000-01-01', '2009-12-31');
const act = (key: string, shift = false) => axisKeyAction(key, { view, domain, extent, shift });
const viewOf = (a: ReturnType<typeof act>): View => {
  if (a?.kind !== 'view') throw new Error(`not a view: ${JSON.stringify(a)}`);
  return a.view;
};

describe('time axis keys', () => {
  it('zooms in and out around the middle', () => {
    expect(viewBounds(viewOf(act('+')))).toEqual({ from: '2002-07-02', to: '2007-07-02' });
    expect(viewOf(act('-')).end - viewOf(act('-')).start).toBe(2 * (view.end - view.start));
    expect(viewOf(act('='))).toEqual(viewOf(act('+')));
  });

  it('moves by a fifth of the view, or a whole view with Shift', () => {
    const span = view.end - view.start;
    expect(viewOf(act('ArrowRight')).start - view.start).toBeCloseTo(span / 5, 6);
    expect(viewOf(act('ArrowLeft', true)).start - view.start).toBeCloseTo(-span, 6);
  });

  it('goes to the first and last years, keeping the zoom', () => {
    expect(viewBounds(viewOf(act('Home'))).from).toBe('1988-01-01');
    expect(viewBounds(viewOf(act('End'))).to).toBe('2025-12-31');
    expect(axisKeyAction('Home', { view, domain, extent: null, shift: false })).toBeNull();
  });

  it('picks and opens events, and ignores other keys', () => {
    expect(act('ArrowDown')).toEqual({ kind: 'pick', step: 1 });
    expect(act('ArrowUp')).toEqual({ kind: 'pick', step: -1 });
    expect(act('Enter')).toEqual({ kind: 'open' });
    expect(act('a')).toBeNull();
    expect(act('Tab')).toBeNull();
  });
});
