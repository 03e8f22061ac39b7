// What a key does on the focused time axis: + and − zoom around the middle, ← and → move by a fifth
// of the view (Shift: a whole view), Home and End go to the first and last years, ↑ and ↓ pick the
// previous or next event, Enter opens it, Escape lets it go.
import { clampView, panView, zoomView, type View } from './scale';

export type KeyAction =
  { kind: 'view'; view: View } | { kind: 'pick'; step: 1 | -1 } | { kind: 'open' } | { kind: 'clear' };

export const AXIS_KEYS_HELP =
  'Keys: + and − zoom, ← and → move in time (with Shift, a whole view), Home and End go to the first and last ' +
  'events, ↑ and ↓ pick the previous or next event and Enter opens it. Scroll or pinch to zoom, drag to move, ' +
  'click an event to open it.';

export function axisKeyAction(
  key: string,
  { view, domain, extent, shift }: { view: View; domain: View; extent: View | null; shift: boolean },
): KeyAction | null {
  const span = view.end - view.start;
  switch (key) {
    case '+':
    case '=':
      return { kind: 'view', view: zoomView(view, 0.5, 0.5, domain) };
    case '-':
    case '_':
      return { kind: 'view', view: zoomView(view, 2, 0.5, domain) };
    case 'ArrowLeft':
      return { kind: 'view', view: panView(view, -span * (shift ? 1 : 0.2), domain) };
    case 'ArrowRight':
      return { kind: 'view', view: panView(view, span * (shift ? 1 : 0.2), domain) };
    case 'Home':
      return extent
        ? { kind: 'view', view: clampView({ start: extent.start, end: extent.start + span }, domain) }
        : null;
    case 'End':
      return extent ? { kind: 'view', view: clampView({ start: extent.end - span, end: extent.end }, domain) } : null;
    case 'ArrowDown':
      return { kind: 'pick', step: 1 };
    case 'ArrowUp':
      return { kind: 'pick', step: -1 };
    case 'Enter':
      return { kind: 'open' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}
